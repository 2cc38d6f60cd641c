import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ChartBlock } from '../../components/ChartBlock.tsx';
import { XlsxButton } from '../../components/ChartDownload.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { api } from '../../lib/api.ts';
import { formatRate, type ChartSpec } from '../../lib/charts-spec.ts';
import { formatDate } from '../../lib/format.ts';
import { dashboardKeys, type LeadershipView } from './types.ts';
import { numberCell } from '../../lib/table.ts';

/** Red below half on track, amber below 80%, green above: the leadership's reading of a score. */
function scoreColor(score: number | null): string {
  if (score === null) return 'gray';
  if (score < 50) return 'red';
  if (score < 80) return 'yellow';
  return 'green';
}

const scoreHex = (score: number | null) => ({ red: '#fa5252', yellow: '#fab005', green: '#40c057', gray: '#adb5bd' })[scoreColor(score)] ?? '#adb5bd';

function Plans({ view }: { view: LeadershipView }) {
  const label = (p: LeadershipView['plans'][number]) => p.number ?? p.title.slice(0, 40);
  const spec: ChartSpec = {
    kind: 'hbar',
    categories: view.plans.map(label),
    unit: '%',
    max: 100,
    colors: view.plans.map((p) => scoreHex(p.score)),
    series: [{ name: 'Điểm đúng tiến độ', values: view.plans.map((p) => p.score) }],
  };
  return (
    <ChartBlock
      title="Các kế hoạch, kém nhất trước"
      testId="plan-scores"
      stacked
      spec={spec}
      categoryHeader="Kế hoạch"
      height={Math.max(200, 36 * view.plans.length + 40)}
      empty="Chưa có kế hoạch nào đang thực hiện."
      actions={<XlsxButton url="/api/dashboard/leadership.xlsx?view=plans" fileName="tong-quan-ke-hoach.xlsx" />}
      table={
        <Table.ScrollContainer minWidth={480}>
          <Table striped withTableBorder fz="sm" data-testid="plans-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Kế hoạch</Table.Th>
                <Table.Th ta="right">Điểm</Table.Th>
                <Table.Th ta="right">Nhiệm vụ đúng tiến độ</Table.Th>
                <Table.Th ta="right">Báo cáo kỳ gần nhất</Table.Th>
                <Table.Th ta="right">Quá hạn</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.plans.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/ke-hoach/${p.id}/theo-doi`} size="sm" fw={600}>
                      {label(p)}
                    </Anchor>
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {p.title}
                      {p.date ? ` (${formatDate(p.date)})` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td {...numberCell}>
                    <Badge color={scoreColor(p.score)} variant="light" styles={{ root: { overflow: 'visible', flexShrink: 0 }, label: { overflow: 'visible' } }}>
                      {formatRate(p.score)}
                    </Badge>
                  </Table.Td>
                  <Table.Td {...numberCell}>
                    {formatRate(p.dutiesOnTrack)}
                    <Text size="xs" c="dimmed">
                      {p.duties.total} nhiệm vụ
                    </Text>
                  </Table.Td>
                  <Table.Td {...numberCell}>
                    {p.reporting ? `${p.reporting.submitted}/${p.reporting.expected} (${formatRate(p.reporting.rate)})` : '—'}
                    {p.lastClosedPeriod && (
                      <Text size="xs" c="dimmed">
                        {p.lastClosedPeriod.label}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td {...numberCell} c={p.overdue.total ? 'red.7' : undefined} fw={p.overdue.total ? 600 : undefined}>
                    {p.overdue.total}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      }
    />
  );
}

function UnitsBehind({ view }: { view: LeadershipView }) {
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          Đơn vị chậm trễ trên các kế hoạch
        </Title>
        <XlsxButton url="/api/dashboard/leadership.xlsx?view=units" fileName="tong-quan-don-vi.xlsx" />
      </Group>
      {view.unitsBehind.length === 0 ? (
        <Text size="sm">Không có đơn vị nào đang quá hạn.</Text>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table striped withTableBorder fz="sm" data-testid="units-behind">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Đơn vị</Table.Th>
                <Table.Th ta="right">Nhiệm vụ quá hạn</Table.Th>
                <Table.Th ta="right">Báo cáo quá hạn</Table.Th>
                <Table.Th ta="right">Số kế hoạch</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.unitsBehind.map((u) => (
                <Table.Tr key={u.unitId}>
                  <Table.Td>{u.unitName}</Table.Td>
                  <Table.Td {...numberCell}>{u.overdueDuties}</Table.Td>
                  <Table.Td {...numberCell}>{u.overdueObligations}</Table.Td>
                  <Table.Td {...numberCell}>{u.plans}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

/**
 * The leadership view: every active plan with its on-track score (the mean
 * of duties on track and the last closed period's reporting rate), worst
 * first, and the units behind across plans.
 */
export default function OverviewPage() {
  const query = useQuery({ queryKey: dashboardKeys.leadership, queryFn: () => api.get<LeadershipView>('/api/dashboard/leadership'), staleTime: 60_000 });
  return (
    <Stack gap="md">
      <div>
        <Title order={2}>Tổng quan</Title>
        <Text size="sm" c="dimmed">
          Điểm đúng tiến độ: bình quân của tỷ lệ nhiệm vụ đúng tiến độ và tỷ lệ nộp báo cáo kỳ gần nhất đã kết thúc.
        </Text>
      </div>
      <QueryState query={query}>
        {(view) => (
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              Số liệu đến ngày {formatDate(view.today)}.
            </Text>
            <Plans view={view} />
            <UnitsBehind view={view} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
