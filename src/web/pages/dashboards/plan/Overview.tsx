import { Box, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { isPeriodType, periodTypeLabel, type PeriodType } from '../../../../core/period/index.ts';
import { ChartBlock } from '../../../components/ChartBlock.tsx';
import { XlsxButton } from '../../../components/ChartDownload.tsx';
import { formatChartNumber, formatRate, type ChartSpec } from '../../../lib/charts-spec.ts';
import { OFFICE_STATUS_ORDER, officeStatusLabel, statusHex } from '../../../lib/charts-tone.ts';
import { formatDate } from '../../../lib/format.ts';
import { dashboardXlsxUrl, type DashboardFilters } from '../queries.ts';
import type { DashboardSummary } from '../types.ts';
import { StatCard } from '../../../components/StatCard.tsx';
import { numberCell } from '../../../lib/table.ts';

const share = (n: number, total: number) => (total === 0 ? null : Math.round((n / total) * 1000) / 10);

/** Summary cards, the reporting rate over the periods, duties by status: the first thing the office looks at. */
export function Overview({ summary, filters, planId }: { summary: DashboardSummary; filters: DashboardFilters; planId: string }) {
  const file = (view: string) => `bang-dieu-khien-${(summary.plan.number ?? 'ke-hoach').replace(/[^a-z0-9]+/gi, '-')}-${view}.xlsx`;
  const rate = summary.reporting;
  const periodLabel = summary.filters.periodLabel ?? 'kỳ đang xem';
  const types = [...new Set(summary.periods.map((p) => p.type).filter((t): t is PeriodType => t !== null && isPeriodType(t)))];
  const selectedType = summary.periods.find((p) => p.periodId === summary.filters.periodId)?.type ?? types[0] ?? null;
  const [type, setType] = useState<string | null>(selectedType);
  const shown = summary.periods.filter((p) => type === null || p.type === type);
  const total = summary.duties.total;

  const rateSpec: ChartSpec = {
    kind: 'line',
    categories: shown.map((p) => p.label),
    unit: '%',
    max: 100,
    series: [
      { name: 'Tỷ lệ nộp', values: shown.map((p) => p.rate) },
      { name: 'Tỷ lệ đúng hạn', values: shown.map((p) => p.onTimeRate), color: '#40c057' },
    ],
  };
  const statusSpec: ChartSpec = {
    kind: 'pie',
    categories: OFFICE_STATUS_ORDER.map(officeStatusLabel),
    colors: OFFICE_STATUS_ORDER.map(statusHex),
    series: [{ name: 'Số nhiệm vụ', values: OFFICE_STATUS_ORDER.map((s) => summary.duties.byStatus[s]) }],
  };

  return (
    <Stack gap="md">
      <Box>
        <Title order={3} size="h5" mb={6}>
          Báo cáo {periodLabel}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          <StatCard testId="card-expected" label="Phải nộp" value={rate.expected} hint="báo cáo" />
          <StatCard testId="card-submitted" label="Đã nộp" value={`${rate.submitted}/${rate.expected}`} hint={formatRate(rate.rate)} color="#228be6" />
          <StatCard testId="card-on-time" label="Đúng hạn" value={rate.onTime} hint={formatRate(rate.onTimeRate)} color="#40c057" />
          <StatCard testId="card-overdue" label="Đang quá hạn" value={summary.overdue.total} hint={`${summary.overdue.duties} nhiệm vụ, ${summary.overdue.obligations} báo cáo`} color="#fa5252" />
        </SimpleGrid>
      </Box>
      <Box>
        <Title order={3} size="h5" mb={6}>
          Nhiệm vụ ({total}) — {summary.dutiesOnTrack === null ? 'chưa có nhiệm vụ' : `${formatRate(summary.dutiesOnTrack)} đúng tiến độ`}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
          {OFFICE_STATUS_ORDER.map((s) => (
            <StatCard key={s} testId={`card-${s}`} label={officeStatusLabel(s)} value={summary.duties.byStatus[s]} hint={formatRate(share(summary.duties.byStatus[s], total))} color={statusHex(s)} />
          ))}
        </SimpleGrid>
      </Box>

      <ChartBlock
        title="Tỷ lệ nộp báo cáo qua các kỳ"
        testId="rate-trend"
        spec={rateSpec}
        categoryHeader="Kỳ"
        actions={
          <>
            {types.length > 1 && (
              <SegmentedControl size="xs" value={type ?? ''} onChange={setType} data={types.map((t) => ({ value: t, label: `Kỳ ${periodTypeLabel(t)}` }))} aria-label="Loại kỳ" />
            )}
            <XlsxButton url={dashboardXlsxUrl(planId, 'rates', filters)} fileName={file('rates')} />
          </>
        }
        table={
          <Table.ScrollContainer minWidth={360}>
            <Table striped withTableBorder fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Kỳ</Table.Th>
                  <Table.Th ta="right">Đã nộp</Table.Th>
                  <Table.Th ta="right">Đúng hạn</Table.Th>
                  <Table.Th ta="right">So với kỳ trước</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((p) => (
                  <Table.Tr key={p.periodId} fw={p.periodId === summary.filters.periodId ? 700 : undefined}>
                    <Table.Td>
                      {p.label}
                      {p.open && p.dueDate && (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          (hạn {formatDate(p.dueDate)})
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td {...numberCell}>
                      {p.submitted}/{p.expected} ({formatRate(p.rate)})
                    </Table.Td>
                    <Table.Td {...numberCell}>
                      {p.onTime} ({formatRate(p.onTimeRate)})
                    </Table.Td>
                    <Table.Td {...numberCell}>{p.delta === null ? '—' : `${p.delta > 0 ? '+' : ''}${formatChartNumber(p.delta)} điểm`}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        }
      />

      <ChartBlock
        title="Nhiệm vụ theo tình trạng"
        testId="status-chart"
        spec={statusSpec}
        categoryHeader="Tình trạng"
        empty="Kế hoạch chưa có nhiệm vụ trong phạm vi đang xem."
        actions={<XlsxButton url={dashboardXlsxUrl(planId, 'status', filters)} fileName={file('status')} />}
        table={
          <Table striped withTableBorder fz="sm" data-testid="status-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Tình trạng</Table.Th>
                <Table.Th ta="right">Số nhiệm vụ</Table.Th>
                <Table.Th ta="right">Tỷ lệ</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {OFFICE_STATUS_ORDER.map((s) => (
                <Table.Tr key={s}>
                  <Table.Td>
                    <Box component="span" display="inline-block" w={10} h={10} mr={6} style={{ background: statusHex(s), borderRadius: 2 }} />
                    {officeStatusLabel(s)}
                  </Table.Td>
                  <Table.Td {...numberCell}>{summary.duties.byStatus[s]}</Table.Td>
                  <Table.Td {...numberCell}>{formatRate(share(summary.duties.byStatus[s], total))}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr fw={700}>
                <Table.Td>Cộng</Table.Td>
                <Table.Td {...numberCell}>{total}</Table.Td>
                <Table.Td {...numberCell}>{total ? '100%' : '—'}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        }
      />
    </Stack>
  );
}
