/**
 * A unit's own periodic report as an official document: the unit's header,
 * its narratives under the plan's content areas, its indicators as a table,
 * its difficulties and proposals. It goes through the same document model
 * (and so the same Word export) as the consolidated report.
 */
import { parsePeriodId, periodTitle } from '../period/index.ts';
import type { Indicator, ReportContent } from '../reporting/index.ts';
import { consolidationTitle } from './frame.ts';
import { section, SECTION_KEYS } from './gather.ts';
import { textToHtml } from './html.ts';
import { numberedBody, type DocTable, type OfficialDocument } from './document.ts';
import { formatValue } from './indicators.ts';
import { openingHtml } from './parts.ts';
import type { DocumentFrame, DraftSection, PlanInfo } from './types.ts';

export interface UnitReportInput {
  plan: PlanInfo;
  frame: DocumentFrame;
  unitName: string;
  periodId: string;
  indicators: Indicator[];
  content: ReportContent;
  year: number;
}

function indicatorTable(indicators: readonly Indicator[], content: ReportContent): DocTable {
  return {
    caption: null,
    columns: [
      { title: 'TT', align: 'center', width: 6 },
      { title: 'Chỉ tiêu', align: 'left', width: 56 },
      { title: 'Đơn vị tính', align: 'center', width: 16 },
      { title: 'Kết quả', align: 'right', width: 22 },
    ],
    rows: indicators.map((ind, i) => [String(i + 1), ind.label, ind.type === 'percent' ? '%' : (ind.unit ?? ''), formatValue(ind.type, content.indicators[ind.code])]),
    boldRows: [],
  };
}

export function unitReportSections(input: UnitReportInput): DraftSection[] {
  const period = parsePeriodId(input.periodId);
  const K = SECTION_KEYS;
  const text = (key: string) => textToHtml(input.content.narratives[key] ?? '');
  return [
    section(
      K.opening,
      'Mở đầu',
      0,
      openingHtml(input.plan, input.unitName, `kết quả thực hiện ${period ? periodTitle(period) : input.periodId}`),
    ),
    section(K.results, 'KẾT QUẢ THỰC HIỆN', 1, ''),
    ...input.plan.areas.map((a) => section(a.key, a.title, 2, text(a.key))),
    section(K.indicators, 'Kết quả các chỉ tiêu', 2, ''),
    section(K.difficulties, 'KHÓ KHĂN, VƯỚNG MẮC', 1, text(K.difficulties)),
    section(K.proposals, 'ĐỀ XUẤT, KIẾN NGHỊ', 1, text(K.proposals)),
  ];
}

export function unitReportDocument(input: UnitReportInput): OfficialDocument {
  const period = parsePeriodId(input.periodId);
  const after: Record<string, DocTable[]> = input.indicators.length ? { [SECTION_KEYS.indicators]: [indicatorTable(input.indicators, input.content)] } : {};
  return {
    frame: input.frame,
    typeName: 'BÁO CÁO',
    subject: consolidationTitle(input.plan, 'period', period ? [period] : []),
    body: numberedBody(unitReportSections(input), after),
    appendices: [],
    issuerName: input.unitName,
    year: input.year,
  };
}
