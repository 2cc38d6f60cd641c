import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { ChartBlock } from '../../../components/ChartBlock.tsx';
import { XlsxButton } from '../../../components/ChartDownload.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { formatRate, type ChartSpec } from '../../../lib/charts-spec.ts';
import { dashboardXlsxUrl, useDashboardView, type DashboardFilters } from '../queries.ts';
import type { AreasView } from '../types.ts';
import { numberCell } from '../../../lib/table.ts';

function Coverage({ view, planId, filters, fileBase }: { view: AreasView; planId: string; filters: DashboardFilters; fileBase: string }) {
  const spec: ChartSpec = {
    kind: 'hbar',
    categories: view.areas.map((a) => `${a.number}. ${a.title}`),
    unit: '%',
    max: 100,
    series: [{ name: 'Tỷ lệ báo cáo có nội dung', values: view.areas.map((a) => a.rate) }],
  };
  return (
    <Stack gap="sm">
      <ChartBlock
        title={`Các nội dung của kế hoạch được báo cáo, ${view.periodLabel ?? ''}`}
        spec={spec}
        categoryHeader="Nội dung"
        height={Math.max(220, 44 * view.areas.length + 40)}
        empty={`Chưa có báo cáo nào được gửi trong ${view.periodLabel ?? 'kỳ này'}.`}
        actions={<XlsxButton url={dashboardXlsxUrl(planId, 'areas', filters)} fileName={`${fileBase}-areas.xlsx`} />}
        table={
          <Table striped withTableBorder fz="sm" data-testid="areas">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Nội dung</Table.Th>
                <Table.Th ta="right">Báo cáo có viết</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.areas.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    {a.number}. {a.title}
                  </Table.Td>
                  <Table.Td {...numberCell}>
                    {a.covered}/{a.reports} ({formatRate(a.rate)})
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        }
      />
      {filters.contentAreaId && (
        <Paper withBorder p="sm">
          <Title order={4} size="h6" mb="xs">
            Đơn vị đã gửi báo cáo và nội dung này
          </Title>
          {view.units.length === 0 ? (
            <Text size="sm">Chưa có báo cáo nào được gửi.</Text>
          ) : (
            <Stack gap={6}>
              {view.units.map((u) => (
                <div key={u.unitId}>
                  <Text size="sm" fw={600}>
                    {u.unitName}{' '}
                    <Badge size="xs" variant="light" color={u.covered ? 'green' : 'gray'} tt="none">
                      {u.covered ? 'Có viết' : 'Không viết'}
                    </Badge>
                  </Text>
                  {u.excerpt && (
                    <Text size="sm" c="dimmed" lineClamp={3}>
                      {u.excerpt}
                    </Text>
                  )}
                </div>
              ))}
            </Stack>
          )}
        </Paper>
      )}
    </Stack>
  );
}

/** How many of the period's reports wrote on each content area of the plan. */
export function Areas({ planId, filters, fileBase }: { planId: string; filters: DashboardFilters; fileBase: string }) {
  const query = useDashboardView<AreasView>(planId, 'areas', filters);
  return <QueryState query={query}>{(view) => <Coverage view={view} planId={planId} filters={filters} fileBase={fileBase} />}</QueryState>;
}
