import { Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ChartBlock } from '../../../components/ChartBlock.tsx';
import { XlsxButton } from '../../../components/ChartDownload.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { formatChartNumber, type ChartSpec } from '../../../lib/charts-spec.ts';
import { dashboardXlsxUrl, useDashboardView, type DashboardFilters } from '../queries.ts';
import type { IndicatorSeries, IndicatorsView } from '../types.ts';
import { numberCell } from '../../../lib/table.ts';

function unitsTable(ind: IndicatorSeries, periods: IndicatorsView['periods']) {
  const suffix = ind.type === 'percent' ? '%' : '';
  const cell = (v: number | null) => (v === null ? '—' : `${formatChartNumber(v)}${suffix}`);
  return (
    <Table.ScrollContainer minWidth={200 + periods.length * 90}>
      <Table striped withTableBorder withColumnBorders fz="sm" data-testid="indicator-units">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Đơn vị</Table.Th>
            {periods.map((p) => (
              <Table.Th key={p.periodId} ta="right">
                {p.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr fw={700}>
            <Table.Td>{ind.aggregate === 'mean' ? 'Bình quân' : 'Tổng'}</Table.Td>
            {ind.totals.map((v, i) => (
              <Table.Td key={i} {...numberCell}>
                {cell(v)}
              </Table.Td>
            ))}
          </Table.Tr>
          {ind.series.map((s) => (
            <Table.Tr key={s.unitId}>
              <Table.Td>{s.unitName}</Table.Td>
              {s.values.map((v, i) => (
                <Table.Td key={i} {...numberCell}>
                  {cell(v)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function IndicatorCharts({ view, planId, filters, fileBase }: { view: IndicatorsView; planId: string; filters: DashboardFilters; fileBase: string }) {
  const [code, setCode] = useState<string | null>(view.indicators[0]?.code ?? null);
  const ind = view.indicators.find((i) => i.code === code) ?? view.indicators[0];
  if (!ind) return <Text size="sm">Mẫu báo cáo không có chỉ tiêu số.</Text>;
  const unit = ind.type === 'percent' ? '%' : '';
  const last = view.periods.length - 1;
  const byPeriod: ChartSpec = {
    kind: ind.type === 'percent' ? 'line' : 'bar',
    categories: view.periods.map((p) => p.label),
    unit,
    max: ind.type === 'percent' ? 100 : undefined,
    series: [{ name: ind.aggregate === 'mean' ? 'Bình quân các đơn vị' : 'Tổng các đơn vị', values: ind.totals }],
  };
  const byUnit: ChartSpec = {
    kind: 'hbar',
    categories: ind.series.map((s) => s.unitName),
    unit,
    max: ind.type === 'percent' ? 100 : undefined,
    series: [{ name: view.periods[last]?.label ?? '', values: ind.series.map((s) => s.values[last] ?? null) }],
  };
  const xlsx = <XlsxButton url={dashboardXlsxUrl(planId, 'indicators', filters)} fileName={`${fileBase}-indicators.xlsx`} />;
  const title = `${ind.label}${ind.unit && ind.type !== 'percent' ? ` (${ind.unit})` : unit ? ' (%)' : ''}`;
  return (
    <Stack gap="sm">
      <Select label="Chỉ tiêu" data={view.indicators.map((i) => ({ value: i.code, label: i.label }))} value={ind.code} onChange={setCode} allowDeselect={false} maw={480} />
      <ChartBlock title={`${title} — qua các kỳ`} spec={byPeriod} categoryHeader="Kỳ" actions={xlsx} testId="indicator-periods" />
      <ChartBlock
        title={`${title} — theo đơn vị, ${view.periods[last]?.label ?? ''}`}
        spec={byUnit}
        categoryHeader="Đơn vị"
        height={Math.max(220, 28 * ind.series.length + 40)}
        table={unitsTable(ind, view.periods)}
        actions={xlsx}
        testId="indicator-units-chart"
      />
    </Stack>
  );
}

/** Indicator values of the submitted reports, by period and by unit. */
export function Indicators({ planId, filters, fileBase }: { planId: string; filters: DashboardFilters; fileBase: string }) {
  // All periods, not just the one chosen: this view is about the trend.
  const scope = { unitId: filters.unitId };
  const query = useDashboardView<IndicatorsView>(planId, 'indicators', scope);
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          Số liệu chỉ tiêu
        </Title>
      </Group>
      <QueryState query={query}>
        {(view) =>
          view.periods.length === 0 ? (
            <Text size="sm">Chưa có báo cáo nào được gửi, chưa có số liệu.</Text>
          ) : (
            <IndicatorCharts view={view} planId={planId} filters={scope} fileBase={fileBase} />
          )
        }
      </QueryState>
    </Paper>
  );
}
