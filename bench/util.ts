import { performance } from 'node:perf_hooks';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The same-run reference the ratio is taken against. */
  baseline: number | null;
  baselineName: string;
  target: string;
}

export function timeIt(fn: () => unknown, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export async function timeAsync(fn: () => Promise<unknown>, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

export const median = (values: number[]) => percentile(values, 50);

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toFixed(4));

export function printTable(rows: BenchRow[]): string {
  const lines = ['| measure | value | baseline (same run) | ratio | target |', '| --- | --- | --- | --- | --- |'];
  for (const r of rows) {
    const ratio = r.baseline ? r.value / r.baseline : null;
    lines.push(`| ${r.name} | ${fmt(r.value)} ${r.unit} | ${r.baseline === null ? '—' : `${fmt(r.baseline)} (${r.baselineName})`} | ${ratio === null ? '—' : `${fmt(ratio)}×`} | ${r.target} |`);
  }
  return lines.join('\n');
}
