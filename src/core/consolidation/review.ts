/**
 * Reviews across several periods: sơ kết (interim, e.g. the plan's first two
 * years) and tổng kết (final, its whole life). Besides the period draft's
 * parts they give each indicator's trend (per period, total and by unit), the
 * reporting rate of every period, and how the plan's duties were done — on
 * time, late, or not at all — in the vocabulary of Quyết định 42/2014/QĐ-TTg
 * (src/core/duty).
 */
import { DUTY_STATUSES, daysOverdue, dutyStatus, dutyStatusLabel, type DutyStatus } from '../duty/index.ts';
import type { Indicator } from '../reporting/index.ts';
import { citedDate, reviewWord, spanPhrase } from './frame.ts';
import { byUnitOrder, counts, lateUnits, missingUnits, passages, rateOf, section, SECTION_KEYS, sortReports } from './gather.ts';
import { areaSections, openingHtml, periodsOf, situationHtml } from './parts.ts';
import { escapeHtml } from './html.ts';
import { columnOf, combine, formatNumber, formatWithUnit, numericValue, totalOf } from './indicators.ts';
import type { DraftInput, DraftSection, DutyFact, DutyLine, DutySummary, IndicatorTrend, PeriodRate, ReviewKind, ReviewTables, UnitReport } from './types.ts';
import { periodName } from '../period/index.ts';

function emptyCounts(): Record<DutyStatus, number> {
  return Object.fromEntries(DUTY_STATUSES.map((s) => [s, 0])) as Record<DutyStatus, number>;
}

export function summariseDuties(duties: readonly DutyFact[], today: DraftInput['today']): DutySummary {
  const counts = emptyCounts();
  const units = new Map<string, DutySummary['byUnit'][number] & { sortOrder: number }>();
  const late: DutyLine[] = [];
  const overdue: DutyLine[] = [];
  for (const d of [...duties].sort(byUnitOrder)) {
    const status = dutyStatus(d, { today });
    counts[status]++;
    const u = units.get(d.unitId) ?? { unitId: d.unitId, unitName: d.unitName, sortOrder: d.sortOrder, counts: emptyCounts() };
    u.counts[status]++;
    units.set(d.unitId, u);
    const line: DutyLine = { unitName: d.unitName, text: d.text, deadline: d.deadline, completedOn: d.completedOn, status, daysLate: daysOverdue(d, { today }) };
    if (status === 'hoan-thanh-qua-han') late.push(line);
    if (status === 'qua-han') overdue.push(line);
  }
  return { counts, byUnit: [...units.values()].map(({ sortOrder: _s, ...u }) => u), late, overdue };
}

export function trendOf(ind: Indicator, periodIds: readonly string[], counted: readonly UnitReport[]): IndicatorTrend {
  const perPeriod = periodIds.map((p) => totalOf(ind, counted.filter((r) => r.periodId === p).map((r) => ({ unitName: r.unitName, value: r.content?.indicators[ind.code] }))).value);
  const units = new Map<string, { unitId: string; unitName: string; sortOrder: number }>();
  for (const r of counted) if (!units.has(r.unitId)) units.set(r.unitId, { unitId: r.unitId, unitName: r.unitName, sortOrder: r.sortOrder });
  const byUnit = [...units.values()].sort(byUnitOrder).map((u) => {
    const values = periodIds.map((p) => numericValue(counted.find((r) => r.unitId === u.unitId && r.periodId === p)?.content?.indicators[ind.code]));
    return { unitId: u.unitId, unitName: u.unitName, values, total: combine(ind.type, values.filter((v): v is number => v !== null)) };
  });
  return { ...columnOf(ind), perPeriod, total: combine(ind.type, perPeriod.filter((v): v is number => v !== null)), byUnit };
}

function ratesHtml(rates: readonly PeriodRate[]): string {
  const items = rates.map(
    (r) => `<li>${escapeHtml(`${r.label}: ${r.submitted}/${r.expected} đơn vị báo cáo${r.rate === null ? '' : ` (đạt ${formatNumber(r.rate)}%)`}, ${r.onTime} đơn vị đúng hạn;`)}</li>`,
  );
  return items.length ? `<p>${escapeHtml('Tình hình báo cáo định kỳ của các đơn vị qua các kỳ:')}</p><ul>${items.join('')}</ul>` : '';
}

function dutiesHtml(summary: DutySummary, today: DraftInput['today']): string {
  const total = DUTY_STATUSES.reduce((n, s) => n + summary.counts[s], 0);
  if (total === 0) return '';
  const parts = DUTY_STATUSES.filter((s) => summary.counts[s] > 0).map((s) => `${dutyStatusLabel(s).toLocaleLowerCase('vi')}: ${summary.counts[s]}`);
  const out = [`<p>${escapeHtml(`Đến ngày ${citedDate(today)}, tổng số ${total} nhiệm vụ được giao cho các đơn vị; trong đó ${parts.join('; ')}.`)}</p>`];
  if (summary.overdue.length) {
    out.push(`<p>${escapeHtml('Các nhiệm vụ quá hạn chưa hoàn thành:')}</p>`);
    out.push(`<ul>${summary.overdue.map((d) => `<li>${escapeHtml(`${d.unitName}: ${d.text}${d.deadline ? ` (hạn ${citedDate(d.deadline)}, quá ${d.daysLate} ngày)` : ''};`)}</li>`).join('')}</ul>`);
  }
  return out.join('');
}

function trendsHtml(trends: readonly IndicatorTrend[], labels: readonly string[]): string {
  const items = trends
    .filter((t) => t.type !== 'text')
    .map((t) => {
      const steps = t.perPeriod.map((v, i) => `${labels[i]}: ${formatWithUnit(t, v)}`).join('; ');
      const total = t.type === 'percent' ? `bình quân các kỳ: ${formatWithUnit(t, t.total)}` : `cộng: ${formatWithUnit(t, t.total)}`;
      return `<li>${escapeHtml(`${t.label}: ${steps}; ${total}.`)}</li>`;
    });
  return items.length ? `<ul>${items.join('')}</ul><p>${escapeHtml('(Chi tiết tại biểu tổng hợp theo kỳ và phụ lục số liệu theo đơn vị kèm theo.)')}</p>` : '';
}

export function buildReview(input: DraftInput, kind: ReviewKind, periodIds: string[]): { sections: DraftSection[]; tables: ReviewTables } {
  const inRange = new Set(periodIds);
  const reports = sortReports(input.reports.filter((r) => inRange.has(r.periodId)));
  const counted = reports.filter(counts);
  const rates = periodIds.map((p) => rateOf(p, reports));
  const trends = input.indicators.map((ind) => trendOf(ind, periodIds, counted));
  const duties = summariseDuties(input.duties, input.today);
  const late = lateUnits(reports);
  const missing = missingUnits(reports);
  const span = spanPhrase(periodsOf(periodIds));
  const first = periodIds[0];
  const last = periodIds[periodIds.length - 1];
  const range = first && last ? ` (từ ${periodName(first)} đến ${periodName(last)})` : '';
  const K = SECTION_KEYS;
  const sections: DraftSection[] = [
    section(K.opening, 'Mở đầu', 0, openingHtml(input.plan, input.issuerName, `${reviewWord(kind)} ${span} thực hiện${range}`)),
    section(K.results, 'KẾT QUẢ THỰC HIỆN', 1, ratesHtml(rates) + situationHtml(null, late, missing, input.today, true)),
  ];
  const dutySection = dutiesHtml(duties, input.today);
  if (dutySection) sections.push(section(K.duties, 'Kết quả thực hiện các nhiệm vụ được giao', 2, dutySection));
  sections.push(...areaSections(input, reports, true));
  if (input.indicators.length) sections.push(section(K.indicators, 'Kết quả các chỉ tiêu qua các kỳ', 2, trendsHtml(trends, rates.map((r) => r.label))));
  sections.push(
    section(K.difficulties, 'HẠN CHẾ, KHÓ KHĂN, VƯỚNG MẮC', 1, passages(reports, K.difficulties, true)),
    // Lessons and next steps are the coordinator's: the units' reports do not hold them.
    section(K.lessons, 'BÀI HỌC KINH NGHIỆM', 1, ''),
    section(K.nextSteps, 'PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI', 1, ''),
    section(K.proposals, 'ĐỀ XUẤT, KIẾN NGHỊ', 1, passages(reports, K.proposals, true)),
  );
  return {
    sections,
    tables: { kind: 'review', periods: rates.map((r) => ({ periodId: r.periodId, label: r.label })), rates, trends, duties, late, missing },
  };
}
