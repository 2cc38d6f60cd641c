/**
 * The draft of a consolidated report for one period, generated from the
 * units' reports: an opening paragraph, the reporting situation, each content
 * area with the units' passages marked by unit (ready to be condensed), the
 * indicators, difficulties and proposals. The coordinator edits the sections;
 * the tables are always regenerated (refresh.ts).
 */
import { assertNever } from '../assert-never.ts';
import { parsePeriodId, periodTitle } from '../period/index.ts';
import { consolidationTitle } from './frame.ts';
import { counts, lateUnits, missingUnits, passages, rateOf, section, SECTION_KEYS, sortPeriodIds, sortReports } from './gather.ts';
import { escapeHtml } from './html.ts';
import { formatWithUnit, totalOf } from './indicators.ts';
import { areaSections, openingHtml, periodsOf, situationHtml } from './parts.ts';
import { buildReview } from './review.ts';
import type { ConsolidationKind, ConsolidationTables, DraftInput, DraftSection, IndicatorTotal, PeriodTables } from './types.ts';

export interface Draft {
  title: string;
  periodIds: string[];
  sections: DraftSection[];
  tables: ConsolidationTables;
}

/** Generates the whole draft: sections (as generated, not edited) and tables. */
export function buildConsolidation(input: DraftInput, kind: ConsolidationKind): Draft {
  const periodIds = sortPeriodIds(input.periodIds);
  const title = consolidationTitle(input.plan, kind, periodsOf(periodIds));
  switch (kind) {
    case 'period':
      return { title, periodIds, ...buildPeriodDraft(input, periodIds[0] ?? '') };
    case 'so-ket':
    case 'tong-ket':
      return { title, periodIds, ...buildReview(input, kind, periodIds) };
    default:
      return assertNever(kind, 'loại báo cáo');
  }
}

function indicatorsHtml(totals: readonly IndicatorTotal[]): string {
  if (totals.length === 0) return '';
  const items = totals.map((t) => {
    if (t.type === 'text') {
      const listed = t.texts.map((x) => `${x.unitName}: ${x.text}`);
      return `<li>${escapeHtml(`${t.label}: ${listed.length ? listed.join('; ') : 'chưa có số liệu'}`)}</li>`;
    }
    const how = t.type === 'percent' ? `bình quân của ${t.reporting} đơn vị` : `${t.reporting} đơn vị báo cáo`;
    return `<li>${escapeHtml(`${t.label}: ${formatWithUnit(t, t.value)}${t.value === null ? '' : ` (${how})`}`)}</li>`;
  });
  return `<ul>${items.join('')}</ul><p>${escapeHtml('(Chi tiết tại biểu tổng hợp và phụ lục số liệu theo đơn vị kèm theo.)')}</p>`;
}

function buildPeriodDraft(input: DraftInput, periodId: string): { sections: DraftSection[]; tables: PeriodTables } {
  const reports = sortReports(input.reports.filter((r) => r.periodId === periodId));
  const counted = reports.filter(counts);
  const indicators = input.indicators.map((ind) => totalOf(ind, counted.map((r) => ({ unitName: r.unitName, value: r.content?.indicators[ind.code] }))));
  const byUnit = counted.map((r) => ({
    unitId: r.unitId,
    unitName: r.unitName,
    values: Object.fromEntries(input.indicators.map((ind) => [ind.code, r.content?.indicators[ind.code] ?? null])),
  }));
  const rate = rateOf(periodId, reports);
  const late = lateUnits(reports);
  const missing = missingUnits(reports);
  const period = parsePeriodId(periodId);
  const K = SECTION_KEYS;
  const sections: DraftSection[] = [
    section(K.opening, 'Mở đầu', 0, openingHtml(input.plan, input.issuerName, `kết quả thực hiện ${period ? periodTitle(period) : periodId}`)),
    section(K.results, 'KẾT QUẢ THỰC HIỆN', 1, situationHtml(rate, late, missing, input.today, false)),
    ...areaSections(input, reports, false),
  ];
  if (input.indicators.length) sections.push(section(K.indicators, 'Kết quả các chỉ tiêu', 2, indicatorsHtml(indicators)));
  sections.push(
    section(K.difficulties, 'KHÓ KHĂN, VƯỚNG MẮC', 1, passages(reports, K.difficulties, false)),
    section(K.proposals, 'ĐỀ XUẤT, KIẾN NGHỊ', 1, passages(reports, K.proposals, false)),
    // Written by the coordinator: nothing in the units' reports to generate it from.
    section(K.nextSteps, 'PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI', 1, ''),
  );
  return { sections, tables: { kind: 'period', periodId, rate, indicators, byUnit, late, missing } };
}
