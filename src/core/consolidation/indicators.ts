/**
 * Adding up the units' indicators.
 *
 * - `number`: the sum over the units that gave a value.
 * - `percent`: the unweighted mean over the units that gave a value, to one
 *   decimal. A unit's rate cannot be weighted without its denominator (which
 *   the form may not ask for), and offices report "bình quân" this way
 *   *(practice)*; the number of units behind the mean is given beside it.
 * - `text`: listed by unit, never combined.
 *
 * Values that are not numbers (kept from an older form, see
 * `normaliseContent`) are left out of sums and means.
 */
import { assertNever } from '../assert-never.ts';
import type { Indicator, IndicatorValue } from '../reporting/index.ts';
import type { IndicatorColumn, IndicatorTotal } from './types.ts';

export function numericValue(value: IndicatorValue | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const n = Number(value.replace(/\s/g, '').replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** Rounds to one decimal, as rates are written ("90,5%"). */
export function roundOne(n: number): number {
  return Math.round(n * 10) / 10;
}

export function columnOf(ind: Indicator): IndicatorColumn {
  return { code: ind.code, label: ind.label, type: ind.type, unit: ind.unit };
}

/** Combines numbers by the indicator's rule (sum or mean); null when there are none. */
export function combine(type: Indicator['type'], numbers: readonly number[]): number | null {
  if (numbers.length === 0) return null;
  switch (type) {
    case 'number':
      // Summing in order keeps float error out of whole-number sums; round away what remains.
      return Math.round(numbers.reduce((a, b) => a + b, 0) * 1e6) / 1e6;
    case 'percent':
      return roundOne(numbers.reduce((a, b) => a + b, 0) / numbers.length);
    case 'text':
      return null;
    default:
      return assertNever(type, 'loại chỉ tiêu');
  }
}

export interface UnitValue {
  unitName: string;
  value: IndicatorValue | undefined;
}

export function totalOf(ind: Indicator, values: readonly UnitValue[]): IndicatorTotal {
  const texts: { unitName: string; text: string }[] = [];
  const numbers: number[] = [];
  for (const v of values) {
    if (v.value === null || v.value === undefined || v.value === '') continue;
    if (ind.type === 'text') texts.push({ unitName: v.unitName, text: String(v.value) });
    else {
      const n = numericValue(v.value);
      if (n !== null) numbers.push(n);
    }
  }
  return { ...columnOf(ind), value: combine(ind.type, numbers), reporting: ind.type === 'text' ? texts.length : numbers.length, texts };
}

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** "1.200", "90,5": Vietnamese grouping and decimal comma. */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** A value as printed in a table: numbers grouped, rates with "%", text as is, "—" when empty. */
export function formatValue(type: Indicator['type'], value: IndicatorValue | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  switch (type) {
    case 'number': {
      const n = numericValue(value);
      return n === null ? String(value) : formatNumber(n);
    }
    case 'percent': {
      const n = numericValue(value);
      return n === null ? String(value) : `${formatNumber(n)}%`;
    }
    case 'text':
      return String(value);
    default:
      return assertNever(type, 'loại chỉ tiêu');
  }
}

/** "12 hội nghị", "90,5%", with the unit of measure. */
export function formatWithUnit(ind: IndicatorColumn, value: number | null): string {
  if (value === null) return 'chưa có số liệu';
  const text = formatValue(ind.type, value);
  if (ind.type === 'percent' || !ind.unit || ind.unit === '%') return text;
  return `${text} ${ind.unit}`;
}
