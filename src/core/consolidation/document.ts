/**
 * The official document as the exports lay it out (Word, a template, plain
 * text): frame, type name and subject, numbered headings, the sections'
 * HTML, tables with their cells already written the Vietnamese way, and
 * appendices. One model for the consolidated report and for a unit's own
 * report, so both come out of the same export path.
 */
import { assertNever } from '../assert-never.ts';
import { citedDate } from './frame.ts';
import { formatNumber, formatValue } from './indicators.ts';
import type { ConsolidationTables, DocumentFrame, DraftSection, IndicatorColumn, IndicatorTotal, IndicatorTrend, PeriodRate, UnitIndicatorRow } from './types.ts';

export type Align = 'left' | 'center' | 'right';

export interface DocTable {
  /** Printed in bold above the table. */
  caption: string | null;
  columns: { title: string; align: Align; /** relative width */ width: number }[];
  rows: string[][];
  /** Indexes of rows printed in bold (totals). */
  boldRows: number[];
}

export type DocPart =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'html'; key: string; html: string }
  | { kind: 'table'; table: DocTable };

export interface Appendix {
  title: string;
  subtitle: string | null;
  tables: DocTable[];
  /** Wide tables go on a landscape page. */
  landscape: boolean;
}

export interface OfficialDocument {
  frame: DocumentFrame;
  /** "BÁO CÁO". */
  typeName: string;
  /** The subject line (trích yếu), lower case after the type name. */
  subject: string;
  body: DocPart[];
  appendices: Appendix[];
  /** The issuing body in running text ("Ban Tuyên giáo Tỉnh ủy"). */
  issuerName: string;
  /** The year printed in a blank date line. */
  year: number;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

export function roman(n: number): string {
  return ROMAN[n - 1] ?? String(n);
}

/** Whether the HTML shows any text: tags stripped, white space (and &nbsp;) ignored. Cheaper than parsing. */
export function hasText(html: string): boolean {
  return /[^\s\u00a0]/.test(html.replace(/<[^>]*>/g, '').replace(/&nbsp;|&#160;|&#xa0;/gi, ' '));
}

/**
 * Headings numbered the way 82-KH/TU numbers its parts: "I- KẾT QUẢ …" for
 * level 1, "1. …" for level 2 within it. Sections with no text are left out
 * (and a level-1 part with neither text nor printed sub-parts), so numbering
 * has no gaps; a section with a table after it counts as printed. The
 * opening (level 0) has no heading.
 */
export function numberedBody(sections: readonly DraftSection[], after: Record<string, DocTable[]> = {}): DocPart[] {
  const own = (s: DraftSection | undefined) => !!s && (hasText(s.html) || (after[s.key]?.length ?? 0) > 0);
  const printed = sections.map((s, i) => {
    if (own(s)) return true;
    if (s.level !== 1) return false;
    for (let j = i + 1; j < sections.length && sections[j]?.level === 2; j++) if (own(sections[j])) return true;
    return false;
  });
  const out: DocPart[] = [];
  let one = 0;
  let two = 0;
  sections.forEach((s, i) => {
    const tables = after[s.key] ?? [];
    if (!printed[i]) return;
    switch (s.level) {
      case 0:
        break;
      case 1:
        one += 1;
        two = 0;
        out.push({ kind: 'heading', level: 1, text: `${roman(one)}- ${s.title.toLocaleUpperCase('vi')}` });
        break;
      case 2:
        two += 1;
        out.push({ kind: 'heading', level: 2, text: `${two}. ${s.title}` });
        break;
      default:
        assertNever(s.level, 'cấp đề mục');
    }
    if (hasText(s.html)) out.push({ kind: 'html', key: s.key, html: s.html });
    for (const table of tables) out.push({ kind: 'table', table });
  });
  return out;
}

const unitOf = (c: IndicatorColumn) => (c.type === 'percent' ? '%' : (c.unit ?? ''));

/** The numeric indicators' totals; text indicators are listed in the section's text instead. */
export function totalsTable(totals: readonly IndicatorTotal[], caption: string | null): DocTable {
  const shown = totals.filter((t) => t.type !== 'text');
  return {
    caption,
    columns: [
      { title: 'TT', align: 'center', width: 6 },
      { title: 'Chỉ tiêu', align: 'left', width: 50 },
      { title: 'Đơn vị tính', align: 'center', width: 14 },
      { title: 'Kết quả', align: 'right', width: 16 },
      { title: 'Số đơn vị báo cáo', align: 'center', width: 14 },
    ],
    rows: shown.map((t, i) => [String(i + 1), t.type === 'percent' ? `${t.label} (bình quân)` : t.label, unitOf(t), formatValue(t.type, t.value), String(t.reporting)]),
    boldRows: [],
  };
}

/** Units × indicators, with the total row (sums; means for rates). */
export function byUnitTable(columns: readonly IndicatorColumn[], rows: readonly UnitIndicatorRow[], totals: readonly IndicatorTotal[], caption: string | null): DocTable {
  const shown = columns.filter((c) => c.type !== 'text');
  return {
    caption,
    columns: [
      { title: 'TT', align: 'center', width: 5 },
      { title: 'Đơn vị', align: 'left', width: 30 },
      ...shown.map((c) => ({ title: unitOf(c) ? `${c.label} (${unitOf(c)})` : c.label, align: 'right' as const, width: 65 / Math.max(1, shown.length) })),
    ],
    rows: [
      ...rows.map((r, i) => [String(i + 1), r.unitName, ...shown.map((c) => formatValue(c.type, r.values[c.code]))]),
      ['', 'Tổng cộng', ...shown.map((c) => formatValue(c.type, totals.find((t) => t.code === c.code)?.value ?? null))],
    ],
    boldRows: [rows.length],
  };
}

export function ratesTable(rates: readonly PeriodRate[], caption: string | null): DocTable {
  const pct = (v: number | null) => (v === null ? '—' : `${formatNumber(v)}%`);
  return {
    caption,
    columns: [
      { title: 'Kỳ báo cáo', align: 'left', width: 30 },
      { title: 'Phải báo cáo', align: 'center', width: 14 },
      { title: 'Đã báo cáo', align: 'center', width: 14 },
      { title: 'Tỷ lệ', align: 'center', width: 14 },
      { title: 'Đúng hạn', align: 'center', width: 14 },
      { title: 'Tỷ lệ đúng hạn', align: 'center', width: 14 },
    ],
    rows: rates.map((r) => [r.label, String(r.expected), String(r.submitted), pct(r.rate), String(r.onTime), pct(r.onTimeRate)]),
    boldRows: [],
  };
}

export function trendsTable(trends: readonly IndicatorTrend[], labels: readonly string[], caption: string | null): DocTable {
  const shown = trends.filter((t) => t.type !== 'text');
  return {
    caption,
    columns: [
      { title: 'Chỉ tiêu', align: 'left', width: 34 },
      { title: 'ĐVT', align: 'center', width: 8 },
      ...labels.map((l) => ({ title: l, align: 'right' as const, width: 46 / Math.max(1, labels.length) })),
      { title: 'Cộng / bình quân', align: 'right', width: 12 },
    ],
    rows: shown.map((t) => [t.label, unitOf(t), ...t.perPeriod.map((v) => formatValue(t.type, v)), formatValue(t.type, t.total)]),
    boldRows: [],
  };
}

function unitTrendTable(t: IndicatorTrend, labels: readonly string[]): DocTable {
  return {
    caption: `${t.label}${unitOf(t) ? ` (${unitOf(t)})` : ''}`,
    columns: [
      { title: 'TT', align: 'center', width: 5 },
      { title: 'Đơn vị', align: 'left', width: 35 },
      ...labels.map((l) => ({ title: l, align: 'right' as const, width: 48 / Math.max(1, labels.length) })),
      { title: t.type === 'percent' ? 'Bình quân' : 'Cộng', align: 'right', width: 12 },
    ],
    rows: [
      ...t.byUnit.map((u, i) => [String(i + 1), u.unitName, ...u.values.map((v) => formatValue(t.type, v)), formatValue(t.type, u.total)]),
      ['', 'Toàn tỉnh', ...t.perPeriod.map((v) => formatValue(t.type, v)), formatValue(t.type, t.total)],
    ],
    boldRows: [t.byUnit.length],
  };
}

/** The tables placed in the body after their section, and the appendices. */
export function tablesLayout(tables: ConsolidationTables, columns: readonly IndicatorColumn[]): { after: Record<string, DocTable[]>; appendices: Appendix[] } {
  switch (tables.kind) {
    case 'period': {
      if (!tables.indicators.some((t) => t.type !== 'text')) return { after: {}, appendices: [] };
      return {
        after: { 'chi-tieu': [totalsTable(tables.indicators, 'Biểu tổng hợp kết quả các chỉ tiêu')] },
        appendices: [
          {
            title: 'PHỤ LỤC',
            subtitle: `Số liệu các chỉ tiêu theo đơn vị, ${tables.rate.label}`,
            tables: [byUnitTable(columns, tables.byUnit, tables.indicators, null)],
            landscape: columns.length > 4,
          },
        ],
      };
    }
    case 'review': {
      const labels = tables.periods.map((p) => p.label);
      const numeric = tables.trends.filter((t) => t.type !== 'text');
      return {
        after: {
          'ket-qua': [ratesTable(tables.rates, 'Tỷ lệ báo cáo qua các kỳ')],
          ...(numeric.length ? { 'chi-tieu': [trendsTable(tables.trends, labels, 'Biểu tổng hợp các chỉ tiêu qua các kỳ')] } : {}),
        },
        appendices: numeric.length
          ? [{ title: 'PHỤ LỤC', subtitle: 'Số liệu các chỉ tiêu theo đơn vị qua các kỳ', tables: numeric.map((t) => unitTrendTable(t, labels)), landscape: labels.length > 3 }]
          : [],
      };
    }
    default:
      return assertNever(tables, 'loại bảng');
  }
}

export function consolidationDocument(input: {
  frame: DocumentFrame;
  issuerName: string;
  title: string;
  sections: readonly DraftSection[];
  tables: ConsolidationTables;
  columns: readonly IndicatorColumn[];
  year: number;
}): OfficialDocument {
  const { after, appendices } = tablesLayout(input.tables, input.columns);
  return { frame: input.frame, typeName: 'BÁO CÁO', subject: input.title, body: numberedBody(input.sections, after), appendices, issuerName: input.issuerName, year: input.year };
}

/** "(Kèm theo Báo cáo số 125-BC/BTGTU, ngày 10/7/2020 của Ban Tuyên giáo Tỉnh ủy)", under an appendix's title. */
export function appendixReference(doc: Pick<OfficialDocument, 'frame' | 'issuerName' | 'typeName'>): string {
  const { frame } = doc;
  const number = frame.number?.trim() ? `${frame.number.trim()}-${frame.symbol}` : `     -${frame.symbol}`;
  const type = doc.typeName.charAt(0) + doc.typeName.slice(1).toLocaleLowerCase('vi');
  return `(Kèm theo ${type} số ${number}${frame.date ? `, ngày ${citedDate(frame.date)}` : ''} của ${doc.issuerName})`;
}
