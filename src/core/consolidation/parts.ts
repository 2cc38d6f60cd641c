/**
 * Parts shared by the period draft and the reviews: the opening paragraph,
 * the reporting situation in words, and the content areas' passages.
 */
import { parsePeriodId, type Period, periodName } from '../period/index.ts';
import { citedDate, planReference, planSubject } from './frame.ts';
import { joinVi, passages, section, sortPeriodIds } from './gather.ts';
import { escapeHtml } from './html.ts';
import { formatNumber } from './indicators.ts';
import type { DraftInput, DraftSection, LateUnit, MissingUnit, PeriodRate, PlanInfo, UnitReport } from './types.ts';

export const NO_PASSAGE_HTML = '<p><em>Chưa có đơn vị báo cáo nội dung này.</em></p>';

export function periodsOf(ids: readonly string[]): Period[] {
  return sortPeriodIds(ids)
    .map(parsePeriodId)
    .filter((p): p is Period => p !== null);
}

/** "Thực hiện Kế hoạch số … của Ban Bí thư, Ban Tuyên giáo Tỉnh ủy báo cáo kết quả … như sau:". */
export function openingHtml(plan: PlanInfo, issuerName: string, what: string): string {
  const subject = planSubject(plan.title);
  return `<p>${escapeHtml(`Thực hiện ${planReference(plan)}${subject ? ` ${subject}` : ''}, ${issuerName} báo cáo ${what} như sau:`)}</p>`;
}

/** "có 3/21 đơn vị gửi báo cáo (đạt 14,3%), trong đó 2 đơn vị gửi đúng hạn". */
export function ratePhrase(rate: PeriodRate): string {
  if (rate.submitted === 0) return `chưa có đơn vị nào gửi báo cáo (0/${rate.expected} đơn vị)`;
  const head = `có ${rate.submitted}/${rate.expected} đơn vị gửi báo cáo${rate.rate === null ? '' : ` (đạt ${formatNumber(rate.rate)}%)`}`;
  if (rate.onTime === rate.submitted) return `${head}, đều đúng hạn`;
  if (rate.onTime === 0) return `${head}, không có đơn vị nào gửi đúng hạn`;
  return `${head}, trong đó ${rate.onTime} đơn vị gửi đúng hạn`;
}

/** The reporting situation in words: rate (a review gives its rates by period instead), who was late (by how many days), who has not reported. */
export function situationHtml(rate: PeriodRate | null, late: readonly LateUnit[], missing: readonly MissingUnit[], today: DraftInput['today'], withPeriod: boolean): string {
  const label = (u: { unitName: string; periodId: string }) => (withPeriod ? `${u.unitName} (${periodName(u.periodId)})` : u.unitName);
  const parts = rate ? [`<p>${escapeHtml(`Đến ngày ${citedDate(today)}, ${ratePhrase(rate)}.`)}</p>`] : [];
  if (late.length) parts.push(`<p>${escapeHtml(`Đơn vị gửi báo cáo chậm: ${joinVi(late.map((l) => `${label(l)} (chậm ${l.daysLate} ngày)`))}.`)}</p>`);
  if (missing.length) parts.push(`<p>${escapeHtml(`Đơn vị chưa gửi báo cáo: ${joinVi(missing.map(label))}.`)}</p>`);
  return parts.join('');
}

export function areaSections(input: DraftInput, reports: readonly UnitReport[], withPeriod: boolean): DraftSection[] {
  return input.plan.areas.map((a) => section(a.key, a.title, 2, passages(reports, a.key, withPeriod) || NO_PASSAGE_HTML));
}

