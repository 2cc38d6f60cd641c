/**
 * The charts of the app, described as plain data (`ChartSpec`) and turned
 * into ECharts options here. Only the parts in use are registered with
 * `echarts/core` (line, bar, pie; grid, tooltip, legend, title; canvas):
 * the whole library would add ~600 KB to a phone's download. This module is
 * imported only by the lazily loaded ChartCanvas, so pages without charts
 * never fetch ECharts.
 */
import { BarChart, LineChart, PieChart, type BarSeriesOption, type LineSeriesOption, type PieSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent, type GridComponentOption, type LegendComponentOption, type TitleComponentOption, type TooltipComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { formatChartNumber, type ChartSpec } from './charts-spec.ts';

echarts.use([LineChart, BarChart, PieChart, GridComponent, TooltipComponent, LegendComponent, TitleComponent, CanvasRenderer]);

export { echarts };

export type ChartOption = ComposeOption<LineSeriesOption | BarSeriesOption | PieSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption | TitleComponentOption>;

/** Mantine's palette (the 6th shade), so charts match the badges beside them. */
export const SERIES_COLORS = ['#228be6', '#40c057', '#fab005', '#fa5252', '#7950f2', '#15aabf', '#fd7e14', '#e64980', '#82c91e', '#868e96'];

const FONT = "'Be Vietnam Pro', 'Segoe UI', Roboto, Arial, sans-serif";

/** Long unit names wrap instead of overlapping on a phone. */
function wrapLabel(text: string, width: number): string {
  if (text.length <= width) return text;
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && (line + ' ' + w).length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.slice(0, 3).join('\n');
}

export function chartOption(spec: ChartSpec): ChartOption {
  const unit = spec.unit ?? '';
  const valueLabel = (v: unknown) => (typeof v === 'number' ? `${formatChartNumber(v)}${unit}` : '—');
  const colorOf = (i: number, given?: string) => given ?? SERIES_COLORS[i % SERIES_COLORS.length] ?? '#228be6';
  const common = {
    textStyle: { fontFamily: FONT },
    animation: false,
    tooltip: { trigger: spec.kind === 'pie' ? ('item' as const) : ('axis' as const), valueFormatter: valueLabel, confine: true },
    legend: spec.series.length > 1 || spec.kind === 'pie' ? { type: 'scroll' as const, bottom: 0, textStyle: { fontFamily: FONT } } : undefined,
  };
  if (spec.kind === 'pie') {
    const s = spec.series[0];
    const data = spec.categories.map((name, i) => ({ name, value: s?.values[i] ?? 0, itemStyle: { color: spec.colors?.[i] ?? colorOf(i) } })).filter((d) => d.value > 0);
    return {
      ...common,
      series: [{ type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'], data, label: { formatter: '{b}: {c}', fontFamily: FONT }, avoidLabelOverlap: true }],
    };
  }
  const horizontal = spec.kind === 'hbar';
  const categoryAxis = {
    type: 'category' as const,
    data: spec.categories.map((c) => wrapLabel(c, horizontal ? 22 : 14)),
    axisLabel: { interval: 0, fontSize: 11, hideOverlap: !horizontal },
  };
  const valueAxis = { type: 'value' as const, max: spec.max, axisLabel: { formatter: (v: number) => `${formatChartNumber(v)}${unit}` } };
  return {
    ...common,
    grid: { left: 8, right: 16, top: 16, bottom: common.legend ? 40 : 8, containLabel: true },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: spec.series.map((s, i) =>
      spec.kind === 'line'
        ? { type: 'line' as const, name: s.name, data: s.values, connectNulls: false, symbolSize: 7, color: colorOf(i, s.color) }
        : {
            type: 'bar' as const,
            name: s.name,
            // One series with a colour per category (plan scores, statuses): colour each bar.
            data: spec.colors && spec.series.length === 1 ? s.values.map((value, k) => ({ value, itemStyle: { color: spec.colors?.[k] } })) : s.values,
            stack: spec.stacked ? 'all' : undefined,
            color: colorOf(i, s.color),
            barMaxWidth: 36,
          },
    ),
  };
}
