/**
 * Consolidated report speed, in memory (no database, no LibreOffice): from
 * 500 synthetic unit reports to the packed Party .docx (core consolidation,
 * document model, docx packing), beside packing an almost empty Party .docx
 * in the same run; the core step alone beside `JSON.stringify` of the same
 * reports; and the Excel tables.
 */
import type { CivilDate } from '../src/core/civil-date.ts';
import { buildConsolidation, columnOf, consolidationDocument, defaultFrame, type DraftInput, type UnitReport } from '../src/core/consolidation/index.ts';
import { DISSEMINATION_INDICATORS } from '../src/core/reporting/index.ts';
import { partyDocx } from '../src/server/exports/party-docx.ts';
import { consolidationXlsx } from '../src/server/exports/xlsx.ts';
import { median, timeAsync, timeIt, type BenchRow } from './util.ts';

const UNITS = 500;
const AREAS = Array.from({ length: 6 }, (_, i) => ({ key: `area:${i + 1}`, number: String(i + 1), title: `Nội dung thứ ${i + 1} của kế hoạch` }));
const PASSAGE =
  'Ban Thường vụ đã ban hành kế hoạch thực hiện, tổ chức hội nghị quán triệt cho cán bộ, đảng viên; lồng ghép tuyên truyền trong sinh hoạt chi bộ và các buổi họp thôn, bản. ';

export function syntheticInput(): DraftInput {
  const reports: UnitReport[] = Array.from({ length: UNITS }, (_, i) => {
    const late = i % 7 === 0;
    const missing = i % 11 === 0;
    return {
      unitId: `u${i}`,
      unitName: `Đảng ủy xã số ${i + 1}`,
      sortOrder: i,
      periodId: '2020H1',
      status: missing ? null : 'submitted',
      dueDate: '2020-06-16' as CivilDate,
      firstSubmittedOn: missing ? null : ((late ? '2020-06-20' : '2020-06-15') as CivilDate),
      content: missing
        ? null
        : {
            narratives: Object.fromEntries([...AREAS.slice(0, 3).map((a) => [a.key, PASSAGE.repeat(2)]), ['kho-khan', 'Kinh phí còn hạn hẹp.'], ['de-xuat', 'Đề nghị cấp tài liệu.']]),
            indicators: { so_hoi_nghi: 1 + (i % 4), luot_can_bo: 20 + i, luot_dang_vien: 100 + i, luot_nhan_dan: 300 + i, tong_dang_vien: 200 + i, ty_le_dang_vien: 60 + (i % 40) },
          },
    };
  });
  return {
    plan: { number: '82-KH/TU', type: 'Kế hoạch', date: '2019-08-27' as CivilDate, title: 'thực hiện Kết luận số 51-KL/TW, ngày 30/5/2019 của Ban Bí thư về giáo dục', issuedBy: 'Ban Thường vụ Tỉnh ủy', areas: AREAS },
    issuerName: 'Ban Tuyên giáo Tỉnh ủy',
    indicators: DISSEMINATION_INDICATORS,
    periodIds: ['2020H1'],
    reports,
    duties: [],
    today: '2020-06-25' as CivilDate,
  };
}

const FRAME = defaultFrame({
  issuer: { name: 'Ban Tuyên giáo Tỉnh ủy', shortName: null, kind: 'tham-muu' },
  parent: { name: 'Tỉnh ủy Điện Biên', shortName: 'Tỉnh ủy', kind: 'cap-uy' },
  place: 'Điện Biên',
  recipients: ['Ban Thường vụ Tỉnh ủy (b/c)'],
});

export function documentOf(input: DraftInput) {
  const draft = buildConsolidation(input, 'period');
  return { draft, doc: consolidationDocument({ frame: FRAME, issuerName: input.issuerName, title: draft.title, sections: draft.sections, tables: draft.tables, columns: input.indicators.map(columnOf), year: 2020 }) };
}

export async function benchConsolidation(): Promise<BenchRow[]> {
  const input = syntheticInput();
  const empty = documentOf({ ...input, reports: [], indicators: [], plan: { ...input.plan, areas: [] } }).doc;
  for (let i = 0; i < 2; i++) await partyDocx(documentOf(input).doc); // warm-up: JIT, docx's XML builders
  const full = median(await timeAsync(() => partyDocx(documentOf(input).doc), 5));
  const emptyDocx = median(await timeAsync(() => partyDocx(empty), 5));
  const core = median(timeIt(() => documentOf(input), 10));
  const json = median(timeIt(() => JSON.stringify(input.reports), 10));
  const { draft } = documentOf(input);
  const xlsx = median(await timeAsync(() => consolidationXlsx({ title: draft.title, tables: draft.tables, columns: input.indicators.map(columnOf) }), 5));
  return [
    { name: `consolidated .docx from ${UNITS} reports (core + docx packing)`, value: full, unit: 'ms', baseline: emptyDocx, baselineName: 'empty Party .docx', target: '< 2000 ms' },
    { name: `core consolidation of ${UNITS} reports`, value: core, unit: 'ms', baseline: json, baselineName: 'JSON.stringify(reports)', target: '< 200 ms' },
    { name: `consolidated .xlsx from ${UNITS} reports`, value: xlsx, unit: 'ms', baseline: json, baselineName: 'JSON.stringify(reports)', target: '< 2000 ms' },
  ];
}
