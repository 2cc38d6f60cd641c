/**
 * The consolidated report's tables as an Excel workbook, one sheet per view:
 * a title row, the header frozen, Vietnamese headers, numbers as numbers
 * (`#,##0`; rates `0.0"%"` since they are stored as 0–100, not fractions),
 * civil dates as dates (dd/mm/yyyy).
 */
import ExcelJS from 'exceljs';
import { assertNever } from '../../core/assert-never.ts';
import { civilParts, type CivilDate } from '../../core/civil-date.ts';
import { DUTY_STATUSES, dutyStatusLabel } from '../../core/duty/index.ts';
import { numericValue, type ConsolidationTables, type IndicatorColumn, type LateUnit, type MissingUnit, type PeriodTables, type ReviewTables } from '../../core/consolidation/index.ts';
import { reportStatusLabel } from '../../core/reporting/index.ts';
import { periodName } from '../../core/period/index.ts';

type Format = 'text' | 'integer' | 'number' | 'percent' | 'date';
type Cell = string | number | Date | null;

interface SheetColumn {
  header: string;
  width: number;
  format: Format;
}

interface SheetSpec {
  name: string;
  title: string;
  subtitle: string;
  columns: SheetColumn[];
  rows: Cell[][];
  /** Rows (0-based in `rows`) printed in bold: totals. */
  boldRows?: number[];
}

const NUM_FMT: Record<Format, string | undefined> = {
  text: undefined,
  integer: '#,##0',
  number: '#,##0.##',
  percent: '0.0"%"',
  date: 'dd/mm/yyyy',
};

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function addSheet(book: ExcelJS.Workbook, spec: SheetSpec): void {
  // Title, subtitle, a blank row, then the header: rows 1–4 stay in view.
  const sheet = book.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 4, xSplit: 0 }], pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const last = Math.max(1, spec.columns.length);
  sheet.columns = spec.columns.map((c) => ({ width: c.width }));
  sheet.mergeCells(1, 1, 1, last);
  sheet.mergeCells(2, 1, 2, last);
  const title = sheet.getCell(1, 1);
  title.value = spec.title;
  title.font = { name: 'Times New Roman', size: 14, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  sheet.getRow(1).height = 48;
  const subtitle = sheet.getCell(2, 1);
  subtitle.value = spec.subtitle;
  subtitle.font = { name: 'Times New Roman', size: 12, italic: true };
  subtitle.alignment = { horizontal: 'center' };
  const header = sheet.getRow(4);
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: 'Times New Roman', size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
  });
  header.height = 36;
  spec.rows.forEach((values, r) => {
    const row = sheet.getRow(5 + r);
    const bold = spec.boldRows?.includes(r) ?? false;
    spec.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.value = values[i] ?? null;
      const fmt = NUM_FMT[c.format];
      if (fmt) cell.numFmt = fmt;
      cell.font = { name: 'Times New Roman', size: 12, bold };
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: c.format === 'text', horizontal: c.format === 'text' ? 'left' : 'right' };
    });
  });
}

function dateCell(date: CivilDate): Date {
  const { year, month, day } = civilParts(date);
  return new Date(Date.UTC(year, month - 1, day));
}

function formatOf(c: IndicatorColumn): Format {
  switch (c.type) {
    case 'number':
      return 'integer';
    case 'percent':
      return 'percent';
    case 'text':
      return 'text';
    default:
      return assertNever(c.type, 'loại chỉ tiêu');
  }
}

const valueCell = (c: IndicatorColumn, v: unknown): Cell => (c.type === 'text' ? (v === null || v === undefined ? null : String(v)) : numericValue(v as never));
const headerOf = (c: IndicatorColumn) => (c.type === 'percent' ? `${c.label} (%)` : c.unit ? `${c.label} (${c.unit})` : c.label);

function lateAndMissing(late: readonly LateUnit[], missing: readonly MissingUnit[]): Cell[][] {
  return [
    ...late.map((l): Cell[] => [l.unitName, periodName(l.periodId), dateCell(l.dueDate), dateCell(l.submittedOn), l.daysLate, 'Gửi chậm']),
    ...missing.map((m): Cell[] => [m.unitName, periodName(m.periodId), dateCell(m.dueDate), null, null, m.status ? `Chưa gửi (${reportStatusLabel(m.status).toLocaleLowerCase('vi')})` : 'Chưa gửi']),
  ];
}

const LATE_COLUMNS: SheetColumn[] = [
  { header: 'Đơn vị', width: 38, format: 'text' },
  { header: 'Kỳ báo cáo', width: 24, format: 'text' },
  { header: 'Hạn nộp', width: 13, format: 'date' },
  { header: 'Ngày gửi', width: 13, format: 'date' },
  { header: 'Số ngày chậm', width: 12, format: 'integer' },
  { header: 'Tình trạng', width: 28, format: 'text' },
];

function periodSheets(book: ExcelJS.Workbook, title: string, t: PeriodTables, columns: readonly IndicatorColumn[]): void {
  const label = t.rate.label;
  addSheet(book, {
    name: 'Tổng hợp',
    title,
    subtitle: `Tổng hợp các chỉ tiêu, ${label} (số: cộng các đơn vị; tỷ lệ: bình quân các đơn vị báo cáo)`,
    columns: [
      { header: 'TT', width: 6, format: 'integer' },
      { header: 'Chỉ tiêu', width: 50, format: 'text' },
      { header: 'Đơn vị tính', width: 14, format: 'text' },
      { header: 'Kết quả', width: 16, format: 'number' },
      { header: 'Cách tính', width: 12, format: 'text' },
      { header: 'Số đơn vị báo cáo', width: 14, format: 'integer' },
    ],
    rows: t.indicators
      .filter((x) => x.type !== 'text')
      .map((x, i) => [i + 1, x.label, x.type === 'percent' ? '%' : (x.unit ?? ''), x.value, x.type === 'percent' ? 'Bình quân' : 'Tổng', x.reporting]),
  });
  // The "Kết quả" column mixes sums and rates: format each cell by its indicator.
  const summary = book.getWorksheet('Tổng hợp');
  t.indicators
    .filter((x) => x.type !== 'text')
    .forEach((x, i) => {
      const cell = summary?.getRow(5 + i).getCell(4);
      if (cell) cell.numFmt = NUM_FMT[formatOf(x)] ?? '';
    });
  addSheet(book, {
    name: 'Theo đơn vị',
    title,
    subtitle: `Số liệu các chỉ tiêu theo đơn vị, ${label}`,
    columns: [{ header: 'TT', width: 6, format: 'integer' }, { header: 'Đơn vị', width: 36, format: 'text' }, ...columns.map((c) => ({ header: headerOf(c), width: c.type === 'text' ? 30 : 16, format: formatOf(c) }))],
    rows: [
      ...t.byUnit.map((u, i): Cell[] => [i + 1, u.unitName, ...columns.map((c) => valueCell(c, u.values[c.code]))]),
      [null, 'Tổng cộng', ...columns.map((c) => (c.type === 'text' ? null : (t.indicators.find((x) => x.code === c.code)?.value ?? null)))],
    ],
    boldRows: [t.byUnit.length],
  });
  addSheet(book, { name: 'Chậm, chưa báo cáo', title, subtitle: `Đơn vị gửi báo cáo chậm và chưa gửi báo cáo, ${label}`, columns: LATE_COLUMNS, rows: lateAndMissing(t.late, t.missing) });
}

function reviewSheets(book: ExcelJS.Workbook, title: string, t: ReviewTables): void {
  const labels = t.periods.map((p) => p.label);
  const numeric = t.trends.filter((x) => x.type !== 'text');
  addSheet(book, {
    name: 'Theo kỳ',
    title,
    subtitle: 'Các chỉ tiêu qua các kỳ (số: cộng các đơn vị; tỷ lệ: bình quân)',
    columns: [
      { header: 'Chỉ tiêu', width: 46, format: 'text' },
      { header: 'Đơn vị tính', width: 12, format: 'text' },
      ...labels.map((l) => ({ header: l, width: 16, format: 'number' as const })),
      { header: 'Cộng / bình quân', width: 16, format: 'number' },
    ],
    rows: numeric.map((x) => [x.label, x.type === 'percent' ? '%' : (x.unit ?? ''), ...x.perPeriod, x.total]),
  });
  addSheet(book, {
    name: 'Theo đơn vị',
    title,
    subtitle: 'Các chỉ tiêu theo đơn vị, qua các kỳ',
    columns: [
      { header: 'Chỉ tiêu', width: 40, format: 'text' },
      { header: 'Đơn vị', width: 34, format: 'text' },
      ...labels.map((l) => ({ header: l, width: 16, format: 'number' as const })),
      { header: 'Cộng / bình quân', width: 16, format: 'number' },
    ],
    rows: numeric.flatMap((x) => x.byUnit.map((u): Cell[] => [x.label, u.unitName, ...u.values, u.total])),
  });
  addSheet(book, {
    name: 'Tỷ lệ báo cáo',
    title,
    subtitle: 'Tỷ lệ báo cáo và báo cáo đúng hạn qua các kỳ',
    columns: [
      { header: 'Kỳ báo cáo', width: 28, format: 'text' },
      { header: 'Phải báo cáo', width: 14, format: 'integer' },
      { header: 'Đã báo cáo', width: 14, format: 'integer' },
      { header: 'Tỷ lệ', width: 12, format: 'percent' },
      { header: 'Đúng hạn', width: 14, format: 'integer' },
      { header: 'Tỷ lệ đúng hạn', width: 14, format: 'percent' },
    ],
    rows: t.rates.map((r) => [r.label, r.expected, r.submitted, r.rate, r.onTime, r.onTimeRate]),
  });
  addSheet(book, {
    name: 'Nhiệm vụ',
    title,
    subtitle: 'Kết quả thực hiện nhiệm vụ theo đơn vị',
    columns: [{ header: 'Đơn vị', width: 36, format: 'text' }, ...DUTY_STATUSES.map((s) => ({ header: dutyStatusLabel(s), width: 16, format: 'integer' as const })), { header: 'Tổng số', width: 12, format: 'integer' }],
    rows: [
      ...t.duties.byUnit.map((u): Cell[] => [u.unitName, ...DUTY_STATUSES.map((s) => u.counts[s]), DUTY_STATUSES.reduce((n, s) => n + u.counts[s], 0)]),
      ['Tổng cộng', ...DUTY_STATUSES.map((s) => t.duties.counts[s]), DUTY_STATUSES.reduce((n, s) => n + t.duties.counts[s], 0)],
    ],
    boldRows: [t.duties.byUnit.length],
  });
  addSheet(book, { name: 'Chậm, chưa báo cáo', title, subtitle: 'Đơn vị gửi báo cáo chậm và chưa gửi báo cáo, các kỳ', columns: LATE_COLUMNS, rows: lateAndMissing(t.late, t.missing) });
}

export async function consolidationXlsx(input: { title: string; tables: ConsolidationTables; columns: readonly IndicatorColumn[] }): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'thucthi';
  switch (input.tables.kind) {
    case 'period':
      periodSheets(book, input.title, input.tables, input.columns);
      break;
    case 'review':
      reviewSheets(book, input.title, input.tables);
      break;
    default:
      assertNever(input.tables, 'loại bảng');
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
