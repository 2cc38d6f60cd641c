import { Alert, Anchor, Badge, Card, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { XlsxButton } from '../../../components/ChartDownload.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useWide } from '../../../lib/use-wide.ts';
import { dashboardXlsxUrl, useDashboardView, type DashboardFilters } from '../queries.ts';
import type { OverdueView, Responsible } from '../types.ts';
import { itemLink } from './Matrix.tsx';

const ROLE_LABEL: Record<string, string> = { leader: 'lãnh đạo', reporter: 'báo cáo' };

function People({ people }: { people: Responsible[] }) {
  if (people.length === 0)
    return (
      <Text size="xs" c="dimmed">
        Chưa có tài khoản phụ trách
      </Text>
    );
  return (
    <Stack gap={0}>
      {people.map((p) => (
        <Text size="xs" key={p.userId}>
          {p.name} ({ROLE_LABEL[p.role] ?? p.role})
          {p.email && (
            <>
              {' · '}
              <Anchor href={`mailto:${p.email}`} size="xs">
                {p.email}
              </Anchor>
            </>
          )}
        </Text>
      ))}
    </Stack>
  );
}

/** What is overdue now, most overdue first, with who to call about it. */
export function Overdue({ planId, filters, fileBase }: { planId: string; filters: DashboardFilters; fileBase: string }) {
  const wide = useWide();
  const query = useDashboardView<OverdueView>(planId, 'overdue', filters);
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          Quá hạn và người phụ trách
        </Title>
        <XlsxButton url={dashboardXlsxUrl(planId, 'overdue', filters)} fileName={`${fileBase}-overdue.xlsx`} />
      </Group>
      <QueryState query={query}>
        {(o) =>
          o.items.length === 0 ? (
            <Text size="sm">Không có việc nào quá hạn.</Text>
          ) : (
            <Stack gap="xs">
              {o.truncated && <Alert color="yellow">Danh sách dài, chỉ hiện một phần. Hãy lọc theo đơn vị hoặc tải .xlsx.</Alert>}
              <Text size="sm" c="dimmed">
                {o.items.length} việc quá hạn đến ngày {formatDate(o.today)}.
              </Text>
              {wide ? (
                <Table striped withTableBorder fz="sm" data-testid="overdue">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Đơn vị</Table.Th>
                      <Table.Th>Việc</Table.Th>
                      <Table.Th>Hạn</Table.Th>
                      <Table.Th ta="right">Quá (ngày)</Table.Th>
                      <Table.Th>Người phụ trách</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {o.items.map((i) => (
                      <Table.Tr key={`${i.kind}-${i.id}`}>
                        <Table.Td>{i.unitName}</Table.Td>
                        <Table.Td>
                          <Anchor component={Link} to={itemLink(i.kind, i.id)} size="sm" lineClamp={2}>
                            {i.title}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{formatDate(i.dueDate)}</Table.Td>
                        <Table.Td ta="right" fw={600} c="red.7">
                          {i.daysOverdue}
                        </Table.Td>
                        <Table.Td>
                          <People people={i.responsible} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              ) : (
                o.items.map((i) => (
                  <Card key={`${i.kind}-${i.id}`} withBorder padding="xs" data-testid="overdue-card">
                    <Group justify="space-between" wrap="nowrap" gap="xs">
                      <Text size="sm" fw={600}>
                        {i.unitName}
                      </Text>
                      <Badge color="red" variant="light" tt="none" style={{ flexShrink: 0 }}>
                        quá {i.daysOverdue} ngày
                      </Badge>
                    </Group>
                    <Anchor component={Link} to={itemLink(i.kind, i.id)} size="sm" lineClamp={3}>
                      {i.title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      Hạn {formatDate(i.dueDate)}
                    </Text>
                    <People people={i.responsible} />
                  </Card>
                ))
              )}
            </Stack>
          )
        }
      </QueryState>
    </Paper>
  );
}
