/**
 * The report form of a plan: one narrative section per content area, plus
 * "Khó khăn, vướng mắc" and "Đề xuất, kiến nghị"; and the quantitative
 * indicators the coordinator defines, with rules within and across fields.
 */
import { assertNever } from '../assert-never.ts';

export const INDICATOR_TYPES = ['number', 'percent', 'text'] as const;
export type IndicatorType = (typeof INDICATOR_TYPES)[number];

export interface Indicator {
  /** Stable key within the plan ("so_hoi_nghi"); values are stored under it. */
  code: string;
  label: string;
  type: IndicatorType;
  /** Unit of measure shown after the value ("hội nghị", "lượt người"). */
  unit: string | null;
  required: boolean;
  min: number | null;
  max: number | null;
}

export const RULE_OPERATORS = ['<=', '<', '>=', '>', '='] as const;
export type RuleOperator = (typeof RULE_OPERATORS)[number];

/** A rule across fields: `left op right`, e.g. đảng viên tham dự ≤ tổng số đảng viên. */
export interface IndicatorRule {
  left: string;
  op: RuleOperator;
  right: string;
  message: string;
}

export interface FormSection {
  /** "area:<content area id>", "kho-khan" or "de-xuat". */
  key: string;
  title: string;
}

export interface ReportForm {
  sections: FormSection[];
  indicators: Indicator[];
  rules: IndicatorRule[];
}

export type IndicatorValue = number | string | null;

export interface ReportContent {
  narratives: Record<string, string>;
  indicators: Record<string, IndicatorValue>;
}

export const DIFFICULTIES_KEY = 'kho-khan';
export const PROPOSALS_KEY = 'de-xuat';

export function emptyContent(): ReportContent {
  return { narratives: {}, indicators: {} };
}

export function formSections(areas: readonly { id: string; number: string; title: string }[]): FormSection[] {
  return [
    ...areas.map((a) => ({ key: `area:${a.id}`, title: `${a.number}. ${a.title}` })),
    { key: DIFFICULTIES_KEY, title: 'Khó khăn, vướng mắc' },
    { key: PROPOSALS_KEY, title: 'Đề xuất, kiến nghị' },
  ];
}

/** Indicators a plan with a dissemination (quán triệt) duty starts with. */
export const DISSEMINATION_INDICATORS: Indicator[] = [
  { code: 'so_hoi_nghi', label: 'Số hội nghị quán triệt, triển khai', type: 'number', unit: 'hội nghị', required: true, min: 0, max: null },
  { code: 'luot_can_bo', label: 'Số lượt cán bộ tham dự', type: 'number', unit: 'lượt', required: false, min: 0, max: null },
  { code: 'luot_dang_vien', label: 'Số lượt đảng viên tham dự', type: 'number', unit: 'lượt', required: true, min: 0, max: null },
  { code: 'luot_nhan_dan', label: 'Số lượt quần chúng nhân dân tham dự', type: 'number', unit: 'lượt', required: false, min: 0, max: null },
  { code: 'tong_dang_vien', label: 'Tổng số đảng viên của đơn vị', type: 'number', unit: 'đảng viên', required: true, min: 0, max: null },
  { code: 'ty_le_dang_vien', label: 'Tỷ lệ đảng viên tham gia học tập, quán triệt', type: 'percent', unit: '%', required: false, min: 0, max: 100 },
];

export const DISSEMINATION_RULES: IndicatorRule[] = [
  { left: 'luot_dang_vien', op: '<=', right: 'tong_dang_vien', message: 'Số đảng viên tham dự không thể lớn hơn tổng số đảng viên (mỗi đảng viên tính một lần mỗi hội nghị: nếu nhiều hội nghị, hãy ghi số đảng viên khác nhau đã tham gia).' },
];

export interface ContentIssue {
  field: string;
  code: 'REQUIRED' | 'NOT_A_NUMBER' | 'BELOW_MIN' | 'ABOVE_MAX' | 'RULE' | 'TOO_LONG';
  message: string;
}

function numeric(value: IndicatorValue): number | null {
  if (value === null || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : Number.NaN;
  const n = Number(String(value).replace(/\s/g, '').replace(',', '.'));
  return Number.isFinite(n) ? n : Number.NaN;
}

function compare(a: number, op: RuleOperator, b: number): boolean {
  switch (op) {
    case '<=':
      return a <= b;
    case '<':
      return a < b;
    case '>=':
      return a >= b;
    case '>':
      return a > b;
    case '=':
      return a === b;
    default:
      return assertNever(op, 'phép so sánh');
  }
}

const MAX_NARRATIVE = 100_000;

/**
 * Problems with a report's content. For a draft (`forSubmit` false) missing
 * required values are not problems yet: a draft may be incomplete.
 */
export function validateContent(form: ReportForm, content: ReportContent, { forSubmit }: { forSubmit: boolean }): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const s of form.sections) {
    if ((content.narratives[s.key] ?? '').length > MAX_NARRATIVE) issues.push({ field: s.key, code: 'TOO_LONG', message: `Mục "${s.title}" quá dài.` });
  }
  const values = new Map<string, number>();
  for (const ind of form.indicators) {
    const raw = content.indicators[ind.code] ?? null;
    const empty = raw === null || raw === '';
    if (empty) {
      if (forSubmit && ind.required) issues.push({ field: ind.code, code: 'REQUIRED', message: `Chưa nhập "${ind.label}".` });
      continue;
    }
    if (ind.type === 'text') continue;
    const n = numeric(raw);
    if (n === null || Number.isNaN(n)) {
      issues.push({ field: ind.code, code: 'NOT_A_NUMBER', message: `"${ind.label}" phải là số.` });
      continue;
    }
    const min = ind.min ?? (ind.type === 'percent' ? 0 : null);
    const max = ind.max ?? (ind.type === 'percent' ? 100 : null);
    if (min !== null && n < min) issues.push({ field: ind.code, code: 'BELOW_MIN', message: `"${ind.label}" không được nhỏ hơn ${min}.` });
    if (max !== null && n > max) issues.push({ field: ind.code, code: 'ABOVE_MAX', message: `"${ind.label}" không được lớn hơn ${max}.` });
    values.set(ind.code, n);
  }
  for (const rule of form.rules) {
    const a = values.get(rule.left);
    const b = values.get(rule.right);
    if (a !== undefined && b !== undefined && !compare(a, rule.op, b)) issues.push({ field: rule.left, code: 'RULE', message: rule.message });
  }
  return issues;
}

/**
 * Normalises numbers typed with Vietnamese decimal commas before storing.
 * Values of fields no longer in the form are kept, never dropped.
 */
export function normaliseContent(form: ReportForm, content: ReportContent): ReportContent {
  const indicators: Record<string, IndicatorValue> = { ...content.indicators };
  for (const ind of form.indicators) {
    delete indicators[ind.code];
    const raw = content.indicators[ind.code] ?? null;
    if (raw === null || raw === '') continue;
    if (ind.type === 'text') indicators[ind.code] = String(raw);
    else {
      const n = numeric(raw);
      indicators[ind.code] = n === null || Number.isNaN(n) ? String(raw) : n;
    }
  }
  const narratives: Record<string, string> = {};
  for (const [key, text] of Object.entries(content.narratives)) if (text) narratives[key] = text;
  return { narratives, indicators };
}
