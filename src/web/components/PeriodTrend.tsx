import { Box, Group, Text } from '@mantine/core';
import type { PeriodRate } from '../pages/reporting/types.ts';
import { formatPercent } from '../pages/reporting/format.ts';

const BAR = 22;
const GAP = 14;
const HEIGHT = 90;

/**
 * The reporting rate of each period as paired bars (submitted, on time), the
 * chosen period outlined. Plain SVG: a handful of bars needs no chart library.
 */
export function PeriodTrend({ periods, selected, onSelect }: { periods: PeriodRate[]; selected: string | null; onSelect?: (periodId: string) => void }) {
  if (periods.length === 0) return null;
  const width = periods.length * (BAR * 2 + GAP) + GAP;
  const h = (rate: number | null) => ((rate ?? 0) / 100) * HEIGHT;
  const summary = periods.map((p) => `${p.label}: ${p.submitted}/${p.expected} đã nộp, ${p.onTime} đúng hạn`).join('; ');
  return (
    <Box>
      <Box style={{ overflowX: 'auto' }}>
        <svg width={width} height={HEIGHT + 20} role="img" aria-label={`Tỷ lệ báo cáo qua các kỳ — ${summary}`} style={{ display: 'block' }}>
          <line x1={0} x2={width} y1={HEIGHT} y2={HEIGHT} stroke="var(--mantine-color-gray-4)" />
          {periods.map((p, i) => {
            const x = GAP + i * (BAR * 2 + GAP);
            const on = p.periodId === selected;
            return (
              <g key={p.periodId} onClick={onSelect ? () => onSelect(p.periodId) : undefined} style={{ cursor: onSelect ? 'pointer' : undefined }}>
                <title>{`${p.label}: nộp ${formatPercent(p.rate)}, đúng hạn ${formatPercent(p.onTimeRate)}`}</title>
                {on && <rect x={x - 4} y={0} width={BAR * 2 + 8} height={HEIGHT + 18} fill="var(--mantine-color-red-0)" rx={3} />}
                <rect x={x} y={HEIGHT - h(p.rate)} width={BAR} height={h(p.rate)} fill="var(--mantine-color-blue-5)" />
                <rect x={x + BAR} y={HEIGHT - h(p.onTimeRate)} width={BAR} height={h(p.onTimeRate)} fill="var(--mantine-color-green-6)" />
                <text x={x + BAR} y={HEIGHT + 13} fontSize={10} textAnchor="middle" fill="var(--mantine-color-gray-7)">
                  {p.periodId}
                </text>
              </g>
            );
          })}
        </svg>
      </Box>
      <Group gap="md" mt={4}>
        <Group gap={4}>
          <Box w={10} h={10} bg="blue.5" />
          <Text size="xs">Tỷ lệ nộp</Text>
        </Group>
        <Group gap={4}>
          <Box w={10} h={10} bg="green.6" />
          <Text size="xs">Tỷ lệ đúng hạn</Text>
        </Group>
      </Group>
    </Box>
  );
}
