import { Group, Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatValue } from '../../../core/consolidation/indicators.ts';
import type { IndicatorColumn, LateUnit, MissingUnit, PeriodRate, PeriodTables } from '../../../core/consolidation/types.ts';
import { reportStatusLabel } from '../../../core/reporting/index.ts';
import { formatRate } from '../../lib/charts-spec.ts';
import { formatDate } from '../../lib/format.ts';
import { periodName } from '../../../core/period/index.ts';
import { numberCell } from '../../lib/table.ts';

export function Block({ title, children, actions, testId }: { title: string; children: ReactNode; actions?: ReactNode; testId?: string }) {
  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Group justify="space-between" gap="xs" mb="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Paper>
  );
}

export function RateCards({ rate }: { rate: PeriodRate }) {
  const card = (label: string, value: string, hint: string) => (
    <Paper withBorder p="xs">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg">
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Paper>
  );
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" role="group" aria-label={`Tình hình báo cáo ${rate.label}`}>
      {card('Phải báo cáo', String(rate.expected), 'đơn vị')}
      {card('Đã gửi', `${rate.submitted}/${rate.expected}`, formatRate(rate.rate))}
      {card('Đúng hạn', String(rate.onTime), formatRate(rate.onTimeRate))}
      {card('Chưa gửi', String(rate.expected - rate.submitted), 'đơn vị')}
    </SimpleGrid>
  );
}

/** Totals across units: numbers summed, rates averaged (the unit count beside), texts listed by unit. */
export function IndicatorTotals({ tables }: { tables: PeriodTables }) {
  const numeric = tables.indicators.filter((i) => i.type !== 'text');
  const texts = tables.indicators.filter((i) => i.type === 'text' && i.texts.length > 0);
  if (tables.indicators.length === 0) return <Text size="sm">Mẫu báo cáo không có chỉ tiêu số liệu.</Text>;
  return (
    <>
      <Table.ScrollContainer minWidth={520}>
        <Table striped withTableBorder fz="sm" data-testid="indicator-totals">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>TT</Table.Th>
              <Table.Th>Chỉ tiêu</Table.Th>
              <Table.Th>Đơn vị tính</Table.Th>
              <Table.Th ta="right">Kết quả</Table.Th>
              <Table.Th>Cách tính</Table.Th>
              <Table.Th ta="right">Số đơn vị báo cáo</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {numeric.map((i, n) => (
              <Table.Tr key={i.code}>
                <Table.Td>{n + 1}</Table.Td>
                <Table.Td>{i.label}</Table.Td>
                <Table.Td>{i.type === 'percent' ? '%' : (i.unit ?? '')}</Table.Td>
                <Table.Td {...numberCell}>{formatValue(i.type, i.value)}</Table.Td>
                <Table.Td>{i.type === 'percent' ? 'Bình quân' : 'Tổng'}</Table.Td>
                <Table.Td {...numberCell}>{i.reporting}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {texts.map((i) => (
        <div key={i.code}>
          <Text size="sm" fw={600} mt="sm">
            {i.label}
          </Text>
          {i.texts.map((t) => (
            <Text size="sm" key={t.unitName}>
              <strong>{t.unitName}:</strong> {t.text}
            </Text>
          ))}
        </div>
      ))}
    </>
  );
}

export function ByUnitTable({ columns, rows }: { columns: IndicatorColumn[]; rows: PeriodTables['byUnit'] }) {
  const numeric = columns.filter((c) => c.type !== 'text');
  if (rows.length === 0) return <Text size="sm">Chưa có đơn vị nào gửi báo cáo.</Text>;
  return (
    <Table.ScrollContainer minWidth={240 + numeric.length * 110}>
      <Table striped withTableBorder withColumnBorders fz="sm" data-testid="indicator-by-unit">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Đơn vị</Table.Th>
            {numeric.map((c) => (
              <Table.Th key={c.code} ta="right">
                {c.label}
                {c.type === 'percent' ? ' (%)' : c.unit ? ` (${c.unit})` : ''}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.unitId}>
              <Table.Td>{r.unitName}</Table.Td>
              {numeric.map((c) => (
                <Table.Td key={c.code} {...numberCell}>
                  {formatValue(c.type, r.values[c.code])}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function LateTable({ late, withPeriod }: { late: LateUnit[]; withPeriod: boolean }) {
  if (late.length === 0) return <Text size="sm">Không có đơn vị gửi chậm.</Text>;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped withTableBorder fz="sm" data-testid="late-units">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Đơn vị</Table.Th>
            {withPeriod && <Table.Th>Kỳ</Table.Th>}
            <Table.Th>Hạn nộp</Table.Th>
            <Table.Th>Ngày gửi</Table.Th>
            <Table.Th ta="right">Chậm (ngày)</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {late.map((l) => (
            <Table.Tr key={`${l.unitId}-${l.periodId}`}>
              <Table.Td>{l.unitName}</Table.Td>
              {withPeriod && <Table.Td>{periodName(l.periodId)}</Table.Td>}
              <Table.Td>{formatDate(l.dueDate)}</Table.Td>
              <Table.Td>{formatDate(l.submittedOn)}</Table.Td>
              <Table.Td {...numberCell}>{l.daysLate}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function MissingTable({ missing, withPeriod }: { missing: MissingUnit[]; withPeriod: boolean }) {
  if (missing.length === 0) return <Text size="sm">Tất cả các đơn vị đã gửi báo cáo.</Text>;
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table striped withTableBorder fz="sm" data-testid="missing-units">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Đơn vị</Table.Th>
            {withPeriod && <Table.Th>Kỳ</Table.Th>}
            <Table.Th>Hạn nộp</Table.Th>
            <Table.Th>Tình trạng</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {missing.map((m) => (
            <Table.Tr key={`${m.unitId}-${m.periodId}`}>
              <Table.Td>{m.unitName}</Table.Td>
              {withPeriod && <Table.Td>{periodName(m.periodId)}</Table.Td>}
              <Table.Td>{formatDate(m.dueDate)}</Table.Td>
              <Table.Td>{m.status ? reportStatusLabel(m.status) : 'Chưa soạn'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
