/**
 * What a chart shows, as data: the same spec feeds the ECharts canvas and the
 * table beside it, so the two can never disagree. Kept apart from charts.ts
 * so that building a spec (and its table) does not load ECharts.
 */

export type ChartKind = 'line' | 'bar' | 'hbar' | 'pie';

export interface ChartSeries {
  name: string;
  values: (number | null)[];
  color?: string;
}

export interface ChartSpec {
  kind: ChartKind;
  /** Labels along the category axis (periods, units), or the slices of a pie. */
  categories: string[];
  series: ChartSeries[];
  /** Appended to values: "%". */
  unit?: string;
  /** Axis maximum (100 for rates). */
  max?: number;
  stacked?: boolean;
  /** Per-category colours (pie slices by status). */
  colors?: string[];
}

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** "1.234", "87,5": numbers as Vietnamese offices write them. */
export function formatChartNumber(n: number | null | undefined): string {
  return typeof n === 'number' && Number.isFinite(n) ? numberFormat.format(n) : '—';
}

/** "87,5%", or a dash when there is nothing to divide. */
export function formatRate(n: number | null | undefined): string {
  return typeof n === 'number' ? `${formatChartNumber(n)}%` : '—';
}

/** A one-sentence description for screen readers: "Hằng tháng: 3; Hằng quý: 5". */
export function describeSpec(spec: ChartSpec): string {
  return spec.series
    .map((s) => {
      const parts = spec.categories.map((c, i) => `${c}: ${formatChartNumber(s.values[i] ?? null)}${spec.unit ?? ''}`);
      return spec.series.length > 1 ? `${s.name} — ${parts.join('; ')}` : parts.join('; ');
    })
    .join('. ');
}
