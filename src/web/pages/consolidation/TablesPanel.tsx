import { Group, Stack, Table, Text } from '@mantine/core';
import type { ConsolidationTables, IndicatorTrend, ReviewTables } from '../../../core/consolidation/types.ts';
import { ChartBlock } from '../../components/ChartBlock.tsx';
import { XlsxButton } from '../../components/ChartDownload.tsx';
import { formatChartNumber, formatRate, type ChartSpec } from '../../lib/charts-spec.ts';
import { OFFICE_STATUS_ORDER, officeStatusLabel, statusHex } from '../../lib/charts-tone.ts';
import { formatDate } from '../../lib/format.ts';
import { Block, ByUnitTable, IndicatorTotals, LateTable, MissingTable, RateCards } from './UnitTables.tsx';
import { periodName } from '../../../core/period/index.ts';
import { numberCell } from '../../lib/table.ts';

function TrendTable({ trend, periods }: { trend: IndicatorTrend; periods: ReviewTables['periods'] }) {
  const unit = trend.type === 'percent' ? '%' : '';
  const cell = (v: number | null) => (v === null ? '—' : `${formatChartNumber(v)}${unit}`);
  return (
    <Table.ScrollContainer minWidth={200 + periods.length * 90}>
      <Table striped withTableBorder withColumnBorders fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Đơn vị</Table.Th>
            {periods.map((p) => (
              <Table.Th key={p.periodId} ta="right">
                {p.label}
              </Table.Th>
            ))}
            <Table.Th ta="right">{trend.type === 'percent' ? 'Bình quân' : 'Cộng'}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr fw={700}>
            <Table.Td>Toàn tỉnh</Table.Td>
            {trend.perPeriod.map((v, i) => (
              <Table.Td key={i} {...numberCell}>
                {cell(v)}
              </Table.Td>
            ))}
            <Table.Td {...numberCell}>{cell(trend.total)}</Table.Td>
          </Table.Tr>
          {trend.byUnit.map((u) => (
            <Table.Tr key={u.unitId}>
              <Table.Td>{u.unitName}</Table.Td>
              {u.values.map((v, i) => (
                <Table.Td key={i} {...numberCell}>
                  {cell(v)}
                </Table.Td>
              ))}
              <Table.Td {...numberCell}>{cell(u.total)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function DutyLines({ lines, empty }: { lines: ReviewTables['duties']['late']; empty: string }) {
  if (lines.length === 0) return <Text size="sm">{empty}</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped withTableBorder fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Đơn vị</Table.Th>
            <Table.Th>Nhiệm vụ</Table.Th>
            <Table.Th>Hạn</Table.Th>
            <Table.Th>Hoàn thành</Table.Th>
            <Table.Th ta="right">Quá hạn (ngày)</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((d, i) => (
            <Table.Tr key={i}>
              <Table.Td>{d.unitName}</Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={3}>
                  {d.text}
                </Text>
              </Table.Td>
              <Table.Td>{formatDate(d.deadline)}</Table.Td>
              <Table.Td>{formatDate(d.completedOn, 'Chưa')}</Table.Td>
              <Table.Td {...numberCell}>{d.daysLate}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ReviewPanel({ tables, xlsx }: { tables: ReviewTables; xlsx: { url: string; fileName: string } }) {
  const labels = tables.periods.map((p) => p.label);
  const rateSpec: ChartSpec = {
    kind: 'line',
    categories: labels,
    unit: '%',
    max: 100,
    series: [
      { name: 'Tỷ lệ gửi báo cáo', values: tables.rates.map((r) => r.rate) },
      { name: 'Tỷ lệ đúng hạn', values: tables.rates.map((r) => r.onTimeRate), color: '#40c057' },
    ],
  };
  const dutySpec: ChartSpec = {
    kind: 'bar',
    categories: OFFICE_STATUS_ORDER.map(officeStatusLabel),
    colors: OFFICE_STATUS_ORDER.map(statusHex),
    series: [{ name: 'Số nhiệm vụ', values: OFFICE_STATUS_ORDER.map((s) => tables.duties.counts[s]) }],
  };
  const action = <XlsxButton url={xlsx.url} fileName={xlsx.fileName} />;
  return (
    <Stack>
      <ChartBlock
        title="Tình hình gửi báo cáo qua các kỳ"
        spec={rateSpec}
        categoryHeader="Kỳ báo cáo"
        actions={action}
        table={
          <Table striped withTableBorder fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Kỳ</Table.Th>
                <Table.Th ta="right">Đã gửi</Table.Th>
                <Table.Th ta="right">Đúng hạn</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tables.rates.map((r) => (
                <Table.Tr key={r.periodId}>
                  <Table.Td>{r.label}</Table.Td>
                  <Table.Td {...numberCell}>
                    {r.submitted}/{r.expected} ({formatRate(r.rate)})
                  </Table.Td>
                  <Table.Td {...numberCell}>
                    {r.onTime} ({formatRate(r.onTimeRate)})
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        }
      />
      {tables.trends
        .filter((t) => t.type !== 'text')
        .map((t) => (
          <ChartBlock
            key={t.code}
            testId={`trend-${t.code}`}
            title={`${t.label}${t.type === 'percent' ? ' (%)' : t.unit ? ` (${t.unit})` : ''}`}
            categoryHeader="Kỳ báo cáo"
            spec={{ kind: t.type === 'percent' ? 'line' : 'bar', categories: labels, unit: t.type === 'percent' ? '%' : '', series: [{ name: t.type === 'percent' ? 'Bình quân' : 'Tổng', values: t.perPeriod }] }}
            table={<TrendTable trend={t} periods={tables.periods} />}
            actions={action}
          />
        ))}
      <ChartBlock title="Nhiệm vụ theo tình trạng" spec={dutySpec} categoryHeader="Tình trạng" actions={action} />
      <Block title="Nhiệm vụ hoàn thành quá hạn">
        <DutyLines lines={tables.duties.late} empty="Không có nhiệm vụ hoàn thành quá hạn." />
      </Block>
      <Block title="Nhiệm vụ quá hạn chưa hoàn thành">
        <DutyLines lines={tables.duties.overdue} empty="Không có nhiệm vụ quá hạn." />
      </Block>
      <Block title="Đơn vị gửi báo cáo chậm">
        <LateTable late={tables.late} withPeriod />
      </Block>
      <Block title="Đơn vị chưa gửi báo cáo">
        <MissingTable missing={tables.missing} withPeriod />
      </Block>
    </Stack>
  );
}

/** The tables of the report (always regenerated from the reports): the appendix of the Word file and the Excel workbook. */
export function TablesPanel({ tables, xlsx }: { tables: ConsolidationTables; xlsx: { url: string; fileName: string } }) {
  if (tables.kind === 'review') return <ReviewPanel tables={tables} xlsx={xlsx} />;
  const action = <XlsxButton url={xlsx.url} fileName={xlsx.fileName} />;
  const columns = tables.indicators.map((i) => ({ code: i.code, label: i.label, type: i.type, unit: i.unit }));
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Số liệu {periodName(tables.periodId)}, tính từ các báo cáo đã gửi hoặc đã tiếp nhận.
        </Text>
        {action}
      </Group>
      <RateCards rate={tables.rate} />
      <Block title="Tổng hợp các chỉ tiêu">
        <IndicatorTotals tables={tables} />
      </Block>
      <Block title="Số liệu theo đơn vị">
        <ByUnitTable columns={columns} rows={tables.byUnit} />
      </Block>
      <Block title="Đơn vị gửi báo cáo chậm">
        <LateTable late={tables.late} withPeriod={false} />
      </Block>
      <Block title="Đơn vị chưa gửi báo cáo">
        <MissingTable missing={tables.missing} withPeriod={false} />
      </Block>
    </Stack>
  );
}
