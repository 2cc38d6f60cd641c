/**
 * The data object an office's Word template is filled with (documented for
 * template authors; placeholders are written `{{name}}`):
 *
 *   typeName        "BÁO CÁO"
 *   title           the subject line (trích yếu)
 *   superior        "TỈNH ỦY ĐIỆN BIÊN" (empty when none)
 *   issuer          "BAN TUYÊN GIÁO"
 *   issuerName      "Ban Tuyên giáo Tỉnh ủy"
 *   number          "125-BC/BTGTU" ("      -BC/BTGTU" when not numbered)
 *   numberLine      "Số 125-BC/BTGTU"
 *   place, date     "Điện Biên", "ngày 10 tháng 7 năm 2020"
 *   placeAndDate    "Điện Biên, ngày 10 tháng 7 năm 2020"
 *   sections[]      { heading ("I- KẾT QUẢ THỰC HIỆN", "" for the opening), level (0–2), text, paragraphs[] }
 *   indicators[]    { stt, label, unit, value, reporting } — formatted text, numeric indicators
 *   indicatorHeaders[]  headers of the by-unit columns
 *   units[]         { stt, name, values[] } — by-unit values, same order as indicatorHeaders
 *   late[]          { stt, unitName, period, dueDate, submittedOn, daysLate }
 *   missing[]       { stt, unitName, period }
 *   recipients[]    the distribution, one per line (without "- ")
 *   archive         "Lưu Văn phòng"
 *   signer          { lines[] (e.g. "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"), authority, title, name }
 *
 * Example: `{{FOR s IN sections}}{{$s.heading}} {{$s.text}}{{END-FOR s}}`.
 */
import { assertNever } from '../../core/assert-never.ts';
import { citedDate, formatValue, htmlToText, numberLine, placeAndDate, signerLines, type ConsolidationTables, type IndicatorColumn, type OfficialDocument } from '../../core/consolidation/index.ts';
import { periodName } from '../../core/period/index.ts';

export interface TemplateSection {
  heading: string;
  level: number;
  text: string;
  paragraphs: string[];
}

function sectionsOf(doc: OfficialDocument): TemplateSection[] {
  const out: TemplateSection[] = [];
  let current: TemplateSection = { heading: '', level: 0, text: '', paragraphs: [] };
  const push = () => {
    current.text = current.paragraphs.join('\n');
    if (current.heading || current.paragraphs.length) out.push(current);
  };
  for (const part of doc.body) {
    switch (part.kind) {
      case 'heading':
        push();
        current = { heading: part.text, level: part.level, text: '', paragraphs: [] };
        break;
      case 'html':
        current.paragraphs.push(...htmlToText(part.html).split('\n').filter(Boolean));
        break;
      case 'table':
        for (const row of part.table.rows) current.paragraphs.push(row.filter(Boolean).join(' | '));
        break;
      default:
        assertNever(part, 'phần văn bản');
    }
  }
  push();
  return out;
}

function tableData(tables: ConsolidationTables | null, columns: readonly IndicatorColumn[]) {
  if (!tables) return { indicators: [], indicatorHeaders: [], units: [], late: [], missing: [] };
  const numeric = columns.filter((c) => c.type !== 'text');
  const unitOf = (c: IndicatorColumn) => (c.type === 'percent' ? '%' : (c.unit ?? ''));
  const late = tables.late.map((l, i) => ({ stt: String(i + 1), unitName: l.unitName, period: periodName(l.periodId), dueDate: citedDate(l.dueDate), submittedOn: citedDate(l.submittedOn), daysLate: String(l.daysLate) }));
  const missing = tables.missing.map((m, i) => ({ stt: String(i + 1), unitName: m.unitName, period: periodName(m.periodId) }));
  const indicatorHeaders = numeric.map((c) => (unitOf(c) ? `${c.label} (${unitOf(c)})` : c.label));
  switch (tables.kind) {
    case 'period':
      return {
        indicators: tables.indicators.filter((t) => t.type !== 'text').map((t, i) => ({ stt: String(i + 1), label: t.label, unit: unitOf(t), value: formatValue(t.type, t.value), reporting: String(t.reporting) })),
        indicatorHeaders,
        units: tables.byUnit.map((u, i) => ({ stt: String(i + 1), name: u.unitName, values: numeric.map((c) => formatValue(c.type, u.values[c.code])) })),
        late,
        missing,
      };
    case 'review': {
      const trends = tables.trends.filter((t) => t.type !== 'text');
      const names = [...new Map(trends.flatMap((t) => t.byUnit.map((u) => [u.unitId, u.unitName] as const))).entries()];
      return {
        indicators: trends.map((t, i) => ({ stt: String(i + 1), label: t.label, unit: unitOf(t), value: formatValue(t.type, t.total), reporting: '' })),
        indicatorHeaders: trends.map((t) => (unitOf(t) ? `${t.label} (${unitOf(t)})` : t.label)),
        units: names.map(([id, name], i) => ({ stt: String(i + 1), name, values: trends.map((t) => formatValue(t.type, t.byUnit.find((u) => u.unitId === id)?.total ?? null)) })),
        late,
        missing,
      };
    }
    default:
      return assertNever(tables, 'loại bảng');
  }
}

export function templateData(doc: OfficialDocument, tables: ConsolidationTables | null, columns: readonly IndicatorColumn[]): Record<string, unknown> {
  const { frame } = doc;
  const line = placeAndDate(frame.place, frame.date, doc.year);
  const lines = signerLines(frame.signer);
  return {
    typeName: doc.typeName,
    title: doc.subject,
    superior: frame.superior ?? '',
    issuer: frame.issuer,
    issuerName: doc.issuerName,
    number: numberLine(frame).replace(/^Số /, ''),
    numberLine: numberLine(frame),
    place: frame.place,
    date: line.slice(frame.place.length + 2),
    placeAndDate: line,
    sections: sectionsOf(doc),
    ...tableData(tables, columns),
    recipients: [...frame.recipients],
    archive: frame.archive,
    signer: { lines, authority: lines.length > 1 ? (lines[0] ?? '') : '', title: lines[lines.length - 1] ?? '', name: frame.signer.name },
  };
}
