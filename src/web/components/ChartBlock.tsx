import './ChartBlock.css';
import { Box, Group, Paper, SegmentedControl, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { formatChartNumber, type ChartSpec } from '../lib/charts-spec.ts';
import { useWide } from '../lib/use-wide.ts';
import { Loading } from './QueryState.tsx';

const ChartCanvas = lazy(() => import('./ChartCanvas.tsx'));

/** The chart's numbers as a table: categories down, series across. */
export function ChartTable({ spec, categoryHeader }: { spec: ChartSpec; categoryHeader: string }) {
  return (
    <Table.ScrollContainer minWidth={spec.series.length > 3 ? 480 : 0}>
      <Table striped withTableBorder fz="sm" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{categoryHeader}</Table.Th>
            {spec.series.map((s) => (
              <Table.Th key={s.name} ta="right">
                {s.name}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {spec.categories.map((c, i) => (
            <Table.Tr key={`${c}-${i}`}>
              <Table.Td>{c}</Table.Td>
              {spec.series.map((s) => (
                <Table.Td key={s.name} ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatChartNumber(s.values[i] ?? null)}
                  {typeof s.values[i] === 'number' ? (spec.unit ?? '') : ''}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * A chart with its table: side by side on wide screens (`stacked`: the table
 * below the chart, for tables too wide to sit beside it); on a phone one at a
 * time with a toggle. Printing shows both. `table` replaces the generated
 * table where a richer one exists.
 */
export function ChartBlock({
  title,
  spec,
  categoryHeader,
  table,
  actions,
  height,
  empty,
  testId,
  stacked = false,
}: {
  title: string;
  spec: ChartSpec;
  categoryHeader: string;
  table?: ReactNode;
  /** Beside the title: the "Tải .xlsx" button. */
  actions?: ReactNode;
  height?: number;
  /** Shown instead of the chart when there is nothing to draw. */
  empty?: string;
  testId?: string;
  stacked?: boolean;
}) {
  const wide = useWide();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const nothing = spec.categories.length === 0 || spec.series.every((s) => s.values.every((v) => v === null || v === 0));
  const chart = nothing ? (
    <Text size="sm" c="dimmed" py="md">
      {empty ?? 'Chưa có số liệu để vẽ biểu đồ.'}
    </Text>
  ) : (
    <Suspense fallback={<Loading label="Đang tải biểu đồ…" />}>
      <ChartCanvas spec={spec} height={height} />
    </Suspense>
  );
  const tableNode = table ?? <ChartTable spec={spec} categoryHeader={categoryHeader} />;
  return (
    <Paper withBorder p="sm" data-testid={testId} className="chart-block">
      <Group justify="space-between" gap="xs" mb="xs" wrap="wrap">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Group gap={4} className="no-print">
          {!wide && (
            <SegmentedControl
              size="xs"
              value={view}
              onChange={(v) => setView(v === 'table' ? 'table' : 'chart')}
              data={[
                { value: 'chart', label: 'Biểu đồ' },
                { value: 'table', label: 'Bảng' },
              ]}
              aria-label={`Cách xem: ${title}`}
            />
          )}
          {actions}
        </Group>
      </Group>
      {wide ? (
        <Box style={{ display: 'grid', gridTemplateColumns: stacked ? 'minmax(0, 1fr)' : 'minmax(0, 3fr) minmax(0, 2fr)', gap: 'var(--mantine-spacing-md)', alignItems: 'start' }}>
          <Box>{chart}</Box>
          <Box>{tableNode}</Box>
        </Box>
      ) : (
        <>
          <Box className={view === 'chart' ? undefined : 'print-only'}>{chart}</Box>
          <Box className={view === 'table' ? undefined : 'print-only'}>{tableNode}</Box>
        </>
      )}
    </Paper>
  );
}
