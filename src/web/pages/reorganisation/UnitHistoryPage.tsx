import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { UNIT_KIND_LABELS } from '../../../core/org/vocab.ts';
import { PeriodStatusBadge } from '../../components/PeriodStatusBadge.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { ReportStatusBadge } from '../../components/ReportStatusBadge.tsx';
import { api } from '../../lib/api.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { useUnits } from '../../lib/registry.ts';
import { useSession } from '../../lib/session.tsx';
import { JsonDiff } from '../admin/JsonDiff.tsx';
import { useObligations } from '../reporting/queries.ts';
import { ConfirmedBadge } from './SuccessionsPanel.tsx';
import { TransferPanel } from './TransferPanel.tsx';
import { reorganisationKeys, successionKindLabel, type Succession, type UnitHistory } from './types.ts';

const AUDIT_LABELS: Record<string, string> = {
  'unit.create': 'Tạo đơn vị',
  'unit.update': 'Sửa thông tin',
  'unit.end': 'Kết thúc hiệu lực',
  'unit.delete': 'Xóa đơn vị',
  'registry.import': 'Nhập từ danh mục',
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function SuccessionList({ items, other }: { items: Succession[]; other: (s: Succession) => { id: string; name: string } }) {
  if (items.length === 0) return <Text size="sm" c="dimmed">Không có.</Text>;
  return (
    <Stack gap={6}>
      {items.map((s) => {
        const o = other(s);
        return (
          <Group key={s.id} gap="xs" wrap="wrap">
            <Anchor component={Link} to={`/to-chuc/don-vi/${o.id}`} size="sm">
              {o.name}
            </Anchor>
            <Text size="xs" c="dimmed">
              {successionKindLabel(s.kind)} · từ {formatDate(s.effectiveDate)}
            </Text>
            <ConfirmedBadge s={s} />
          </Group>
        );
      })}
    </Stack>
  );
}

/** The unit's reports by period, past ones included: they stay with the unit that made them. */
function UnitReports({ unitId }: { unitId: string }) {
  const query = useObligations({ unitId });
  return (
    <QueryState query={query}>
      {({ obligations }) =>
        obligations.length === 0 ? (
          <Text size="sm" c="dimmed">
            Đơn vị không có kỳ báo cáo nào.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table fz="sm" verticalSpacing={4} striped data-testid="unit-reports">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Kỳ báo cáo</Table.Th>
                  <Table.Th>Kế hoạch</Table.Th>
                  <Table.Th>Hạn nộp</Table.Th>
                  <Table.Th>Tình trạng</Table.Th>
                  <Table.Th>Báo cáo</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...obligations]
                  .sort((a, b) => a.windowEnd.localeCompare(b.windowEnd))
                  .map((o) => (
                    <Table.Tr key={o.id} data-testid="unit-report-row">
                      <Table.Td>
                        <Anchor component={Link} to={`/bao-cao/${o.id}`} size="sm">
                          {o.periodLabel}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{o.planNumber ?? '—'}</Table.Td>
                      <Table.Td>{formatDate(o.dueDate)}</Table.Td>
                      <Table.Td>
                        <PeriodStatusBadge timing={o.timing} size="sm" />
                      </Table.Td>
                      <Table.Td>
                        <ReportStatusBadge status={o.reportStatus} size="sm" />
                      </Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )
      }
    </QueryState>
  );
}

function Changes({ changes }: { changes: UnitHistory['changes'] }) {
  if (changes.length === 0) return <Text size="sm" c="dimmed">Chưa có thay đổi nào được ghi.</Text>;
  return (
    <Timeline bulletSize={12} lineWidth={2}>
      {changes.map((c) => (
        <Timeline.Item key={c.id} title={`${AUDIT_LABELS[c.action] ?? c.action} · ${c.actorName} · ${formatDateTime(c.at)}`}>
          <details>
            <summary>
              <Text span size="xs" c="dimmed">
                Xem trước, sau
              </Text>
            </summary>
            <JsonDiff before={c.before} after={c.after} />
          </details>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

function History({ data }: { data: UnitHistory }) {
  const { can } = useSession();
  const units = useUnits();
  const { unit } = data;
  const parent = unit.parentId ? units.data?.find((u) => u.id === unit.parentId) : undefined;
  const predecessors = data.successions.filter((s) => s.successorId === unit.id);
  const successors = data.successions.filter((s) => s.predecessorId === unit.id);
  return (
    <Stack>
      <Anchor component={Link} to="/to-chuc/sap-xep" size="sm">
        ← Sắp xếp tổ chức
      </Anchor>
      <Stack gap={4}>
        <Group gap="xs">
          <Title order={2}>{unit.name}</Title>
          {unit.validTo ? (
            <Badge color="gray" variant="light" tt="none">
              Đã kết thúc ngày {formatDate(unit.validTo)}
            </Badge>
          ) : (
            <Badge color="green" variant="light" tt="none">
              Đang hoạt động
            </Badge>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs" maw={820}>
          <Text size="sm">
            <Text span c="dimmed">
              Loại:
            </Text>{' '}
            {UNIT_KIND_LABELS[unit.kind]}
          </Text>
          <Text size="sm">
            <Text span c="dimmed">
              Hiệu lực:
            </Text>{' '}
            {formatDate(unit.validFrom, '…')} – {formatDate(unit.validTo, 'nay')}
          </Text>
          <Text size="sm">
            <Text span c="dimmed">
              Cấp trên:
            </Text>{' '}
            {parent?.name ?? '—'}
          </Text>
        </SimpleGrid>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Section title="Kế thừa từ">
          <SuccessionList items={predecessors} other={(s) => ({ id: s.predecessorId, name: s.predecessorName })} />
        </Section>
        <Section title="Đơn vị kế thừa">
          <SuccessionList items={successors} other={(s) => ({ id: s.successorId, name: s.successorName })} />
        </Section>
      </SimpleGrid>
      {unit.validTo && successors.length > 0 && <TransferPanel unitId={unit.id} unitName={unit.name} canManage={can('registry.manage')} />}
      {data.transfers.length > 0 && (
        <Section title="Đã chuyển giao">
          <Stack gap={4} data-testid="unit-transfers">
            {data.transfers.map((t) => (
              <Text key={t.id} size="sm">
                Hiệu lực {formatDate(t.effectiveDate)}: {t.details.duties ?? 0} nhiệm vụ, {t.details.obligations ?? 0} kỳ báo cáo chuyển đi; {t.details.kept ?? 0} mục ở lại ({formatDateTime(t.createdAt)}).
              </Text>
            ))}
          </Stack>
        </Section>
      )}
      <Section title="Báo cáo theo kỳ">
        <UnitReports unitId={unit.id} />
      </Section>
      <Section title="Thay đổi đã ghi nhận">
        <Changes changes={data.changes} />
      </Section>
    </Stack>
  );
}

export default function UnitHistoryPage() {
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: reorganisationKeys.history(id), queryFn: () => api.get<UnitHistory>(`/api/registry/units/${id}/history`) });
  return <QueryState query={query}>{(data) => <History data={data} />}</QueryState>;
}
