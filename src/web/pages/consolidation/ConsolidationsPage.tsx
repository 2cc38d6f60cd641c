import { Anchor, Badge, Breadcrumbs, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { api } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useSession } from '../../lib/session.tsx';
import { useWide } from '../../lib/use-wide.ts';
import { usePlanSummary } from '../dashboards/queries.ts';
import { NewConsolidationForm } from './NewConsolidationForm.tsx';
import { consolidationKeys, kindLabel, type ConsolidationListItem } from './types.ts';

function StaleBadge({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <Badge color="orange" variant="light" tt="none">
      {count} mục có báo cáo mới
    </Badge>
  );
}

function List({ items }: { items: ConsolidationListItem[] }) {
  const wide = useWide();
  if (items.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        Chưa có báo cáo tổng hợp nào của kế hoạch này.
      </Text>
    );
  }
  if (!wide) {
    return (
      <Stack gap="xs">
        {items.map((c) => (
          <Card key={c.id} withBorder padding="sm" component={Link} to={`/tong-hop/${c.id}`} data-testid="consolidation-card">
            <Group justify="space-between" gap="xs">
              <Text fw={600}>{c.periodLabel}</Text>
              <Badge variant="light" tt="none">
                {kindLabel(c.kind)}
              </Badge>
            </Group>
            <Text size="sm" lineClamp={2}>
              Báo cáo {c.title}
            </Text>
            <Group gap="xs" mt={4}>
              <Text size="xs" c="dimmed">
                Sửa lúc {formatDateTime(c.updatedAt)} · {c.versionCount} phiên bản
              </Text>
              <StaleBadge count={c.staleSections} />
            </Group>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table striped highlightOnHover withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Kỳ</Table.Th>
          <Table.Th>Loại</Table.Th>
          <Table.Th>Trích yếu</Table.Th>
          <Table.Th>Sửa lần cuối</Table.Th>
          <Table.Th>Phiên bản</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((c) => (
          <Table.Tr key={c.id} data-testid="consolidation-row">
            <Table.Td>
              <Anchor component={Link} to={`/tong-hop/${c.id}`} fw={500}>
                {c.periodLabel}
              </Anchor>
            </Table.Td>
            <Table.Td>{kindLabel(c.kind)}</Table.Td>
            <Table.Td>
              <Text size="sm" lineClamp={2}>
                Báo cáo {c.title}
              </Text>
              <StaleBadge count={c.staleSections} />
            </Table.Td>
            <Table.Td>{formatDateTime(c.updatedAt)}</Table.Td>
            <Table.Td>{c.versionCount}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The consolidated reports of a plan, and drafting a new one. */
export default function ConsolidationsPage() {
  const { id = '' } = useParams();
  const { can } = useSession();
  const manage = can('consolidation.manage');
  const list = useQuery({
    queryKey: consolidationKeys.list(id),
    queryFn: async () => (await api.get<{ consolidations: ConsolidationListItem[] }>(`/api/plans/${id}/consolidations`)).consolidations,
  });
  // Plan head and its periods (with their reporting rates) come with the dashboard summary.
  const summary = usePlanSummary(id, {}, can('dashboard.read'));
  const plan = summary.data?.plan;
  return (
    <Stack>
      <Breadcrumbs className="no-print">
        <Anchor component={Link} to="/ke-hoach">
          Kế hoạch
        </Anchor>
        <Anchor component={Link} to={`/ke-hoach/${id}`}>
          {plan?.number ?? 'Kế hoạch'}
        </Anchor>
        <Text size="sm">Báo cáo tổng hợp</Text>
      </Breadcrumbs>
      <div>
        <Title order={2}>Báo cáo tổng hợp</Title>
        {plan && (
          <Text size="sm" c="dimmed" lineClamp={2}>
            Kế hoạch số {plan.number ?? '—'}: {plan.title}
          </Text>
        )}
      </div>
      <QueryState query={list}>
        {(items) => (
          <>
            {manage &&
              (summary.isError ? (
                <Text size="sm" c="red">
                  Không tải được danh sách kỳ báo cáo để lập dự thảo.
                </Text>
              ) : (
                summary.data && <NewConsolidationForm planId={id} periods={summary.data.periods} existing={items} />
              ))}
            <Title order={3} size="h4">
              Đã lập
            </Title>
            <List items={items} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
