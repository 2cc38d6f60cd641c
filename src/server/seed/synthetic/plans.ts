/**
 * The cascade of synthetic plans: one central plan assigned to the
 * provinces' committees, each province's plan (its child) assigned to its
 * communes and wards, and some communes' plans (children of their
 * province's) assigned to their grassroots organisations. Each plan has its
 * content areas, one assignment, duties per unit, one monthly reporting
 * duty, the dissemination form, and the obligations `ensureObligations`
 * would create on the seed's day — so the daily job finds nothing to add.
 */
import { addDays, formatVnLongDate, type CivilDate } from '../../../core/civil-date.ts';
import type { ParsedPlan } from '../../../core/document/types.ts';
import { owesPeriod } from '../../../core/org/reorganisation.ts';
import { generateObligationPeriods, periodForWindowDate, reportingRule, reportingWindow, shiftPeriod, type Obligation } from '../../../core/period/index.ts';
import { DISSEMINATION_INDICATORS, DISSEMINATION_RULES } from '../../../core/reporting/index.ts';
import { foldVietnamese } from '../../../core/text/vietnamese.ts';
import type { assignments, contentAreas, duties, obligations, planCitations, planForms, plans, reportingDuties } from '../../db/schema/index.ts';
import type { Random } from './prng.ts';
import type { SynOrg, UnitInsert, UserInsert } from './organisation.ts';
import { CONTENT_AREAS, DUTY_TEMPLATES, personName, planText, SUBJECT } from './texts.ts';

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

/** What the report generator needs to know about one plan. */
export interface SynPlan {
  id: string;
  reportingDutyId: string;
  /** Narrative keys of the form ("area:<content area id>"). */
  areaKeys: string[];
  /** Who submits for each obligated unit, and who reviews (returns, accepts). */
  submitterOf: Map<string, string>;
  reviewerId: string;
  unitNames: Map<string, string>;
}

export interface PlanRows {
  plans: (Insert<typeof plans> & { id: string })[];
  citations: Insert<typeof planCitations>[];
  areas: Insert<typeof contentAreas>[];
  assignments: Insert<typeof assignments>[];
  duties: Insert<typeof duties>[];
  reportingDuties: Insert<typeof reportingDuties>[];
  forms: Insert<typeof planForms>[];
  obligations: (Insert<typeof obligations> & { id: string })[];
  /** Coordinators of the communes that have a plan of their own. */
  users: UserInsert[];
  synPlans: SynPlan[];
  periods: Obligation[];
}

export const RULE = reportingRule('monthly');

/** The first period's window start: plans are dated in it so that they owe `periods` periods up to today's. */
export function firstPlanDate(today: CivilDate, periods: number): CivilDate {
  const current = periodForWindowDate(RULE, today);
  const first = shiftPeriod(current, -(Math.max(1, periods) - 1));
  if (!first) throw new RangeError('kỳ báo cáo ngoài phạm vi');
  return reportingWindow(first, RULE.window).start;
}

interface PlanSpec {
  ownerId: string;
  ownerName: string;
  superior: string;
  coordinatorUnitId: string;
  coordinatorName: string;
  reviewerId: string;
  parent: { id: string; number: string } | null;
  number: string;
  place: string;
  date: CivilDate;
  assignee: { text: string; groupId: string | null; units: { id: string; name: string; submitterId: string; validFrom: CivilDate | null }[]; grassroots: boolean };
}

export function buildPlans(rng: Random, org: SynOrg, input: { plans: number; today: CivilDate; periods: number; seed: number; passwordHash: string; createdBy: string }): PlanRows {
  const out: PlanRows = { plans: [], citations: [], areas: [], assignments: [], duties: [], reportingDuties: [], forms: [], obligations: [], users: [], synPlans: [], periods: [] };
  const start = firstPlanDate(input.today, input.periods);
  const unitById = new Map(org.units.map((u) => [u.id, u] as [string, UnitInsert]));
  const validFrom = (id: string) => unitById.get(id)?.validFrom ?? null;
  const nameOf = (id: string) => unitById.get(id)?.name ?? '';

  const add = (spec: PlanSpec): { id: string; number: string } => {
    const planId = rng.uuid();
    const text = planText({
      number: spec.number,
      issuer: spec.ownerName,
      superior: spec.superior,
      place: spec.place,
      dateText: formatVnLongDate(spec.date),
      parent: spec.parent ? `Kế hoạch số ${spec.parent.number}` : null,
      assignee: spec.assignee.text,
      relay: spec.coordinatorName,
      seed: input.seed,
    });
    const areaIds = CONTENT_AREAS.map(() => rng.uuid());
    const reportText = `Định kỳ hằng tháng báo cáo kết quả về ${spec.ownerName} (qua ${spec.coordinatorName}).`;
    const structure: ParsedPlan = {
      number: spec.number,
      type: 'Kế hoạch',
      issuer: spec.ownerName,
      superiorIssuer: spec.superior.toUpperCase(),
      place: spec.place,
      date: spec.date,
      title: text.title,
      cites: spec.parent ? [{ symbol: spec.parent.number, type: 'Kế hoạch', date: null, issuer: null }] : [],
      sections: [
        { number: 'I', title: 'MỤC ĐÍCH, YÊU CẦU', paragraphs: [`Cụ thể hóa chủ trương về ${SUBJECT}.`], items: [] },
        { number: 'II', title: 'NHIỆM VỤ, GIẢI PHÁP', paragraphs: [], items: CONTENT_AREAS.map((a, i) => ({ number: String(i + 1), title: a.title, paragraphs: [a.body], points: [] })) },
        { number: 'III', title: 'TỔ CHỨC THỰC HIỆN', paragraphs: [`${spec.assignee.text}: ${DUTY_TEMPLATES.map((d) => d.text).join(' ')}`], items: [] },
      ],
      assignments: [
        {
          unit: spec.assignee.text,
          duties: DUTY_TEMPLATES.map((d) => ({ kind: d.kind, text: d.text, deadline: d.deadlineDays === null ? null : { text: `trong ${d.deadlineDays} ngày`, date: addDays(spec.date, d.deadlineDays) } })),
          deadlines: [],
          reports: [{ text: reportText, cadence: 'monthly', to: [spec.ownerName], via: [spec.coordinatorName] }],
          partners: [],
          text: DUTY_TEMPLATES.map((d) => d.text).join('\n'),
          line: 12,
        },
      ],
      recipients: [spec.assignee.text, spec.coordinatorName, 'Lưu Văn phòng'],
      signer: { authority: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: personName(rng) },
      issues: [],
    };
    out.plans.push({
      id: planId,
      number: spec.number,
      type: 'Kế hoạch',
      issuer: spec.ownerName,
      place: spec.place,
      date: spec.date,
      title: text.title,
      searchText: foldVietnamese([spec.number, text.title, spec.ownerName].join(' | ')),
      ownerUnitId: spec.ownerId,
      coordinatorUnitId: spec.coordinatorUnitId,
      parentPlanId: spec.parent?.id ?? null,
      sourceName: `du-lieu-tong-hop-${input.seed}.txt`,
      sourceText: text.sourceText,
      structure,
      recipients: structure.recipients,
      createdBy: input.createdBy,
    });
    if (spec.parent) out.citations.push({ planId, ord: 0, symbol: spec.parent.number, type: 'Kế hoạch', date: null, issuer: null });
    CONTENT_AREAS.forEach((a, ord) => out.areas.push({ id: areaIds[ord], planId, ord, number: String(ord + 1), title: a.title, body: a.body }));
    const assignmentId = rng.uuid();
    out.assignments.push({ id: assignmentId, planId, ord: 0, unitText: spec.assignee.text, text: structure.assignments[0]?.text ?? '', groupIds: spec.assignee.groupId ? [spec.assignee.groupId] : [] });
    for (const unit of spec.assignee.units) {
      // Grassroots cells do not write plans of their own nor guide anyone below them.
      const templates = spec.assignee.grassroots ? DUTY_TEMPLATES.filter((d) => d.kind === 'disseminate' || d.kind === 'report') : DUTY_TEMPLATES;
      for (const t of templates) out.duties.push({ planId, assignmentId, unitId: unit.id, role: 'chu-tri', kind: t.kind, text: t.text, deadlineText: t.deadlineDays === null ? null : `trong ${t.deadlineDays} ngày`, ...dutyProgress(rng, spec.date, t.deadlineDays, input.today) });
    }
    const reportingDutyId = rng.uuid();
    out.reportingDuties.push({
      id: reportingDutyId,
      planId,
      assignmentId,
      cadence: 'monthly',
      text: reportText,
      toText: [spec.ownerName],
      viaText: [spec.coordinatorName],
      unitIds: spec.assignee.units.map((u) => u.id),
      recipientUnitIds: [spec.ownerId],
      relayUnitId: spec.coordinatorUnitId,
    });
    out.forms.push({ planId, indicators: DISSEMINATION_INDICATORS, rules: DISSEMINATION_RULES, requireApproval: false });
    const periods = generateObligationPeriods(RULE, spec.date, null, { today: input.today });
    if (out.periods.length < periods.length) out.periods = periods;
    for (const unit of spec.assignee.units) {
      for (const p of periods) {
        // A unit owes a period only if it exists on the period's cut-off day, as ensureObligations decides.
        if (!owesPeriod({ validFrom: unit.validFrom, validTo: null }, p.windowEnd)) continue;
        out.obligations.push({ id: rng.uuid(), planId, reportingDutyId, unitId: unit.id, periodType: 'monthly', periodId: p.periodId, windowStart: p.windowStart, windowEnd: p.windowEnd, dueDate: p.dueDate, lockDate: p.lockDate });
      }
    }
    out.synPlans.push({
      id: planId,
      reportingDutyId,
      areaKeys: areaIds.map((id) => `area:${id}`),
      submitterOf: new Map(spec.assignee.units.map((u) => [u.id, u.submitterId])),
      reviewerId: spec.reviewerId,
      unitNames: new Map(spec.assignee.units.map((u) => [u.id, u.name])),
    });
    return { id: planId, number: spec.number };
  };

  const central = add({
    ownerId: org.rootId,
    ownerName: org.rootName,
    superior: 'Đảng Cộng sản Việt Nam',
    coordinatorUnitId: org.btgId,
    coordinatorName: org.btgName,
    reviewerId: org.coordinatorId,
    parent: null,
    number: `${100 + (input.seed % 800)}-KH/TW`,
    place: 'Hà Nội',
    date: start,
    assignee: { text: 'Các tỉnh ủy, thành ủy', groupId: org.nationalGroupId, grassroots: false, units: org.provinces.map((p) => ({ id: p.id, name: p.name, submitterId: p.reporterId, validFrom: validFrom(p.id) })) },
  });
  const provincePlans = new Map<string, { id: string; number: string }>();
  for (const p of org.provinces.slice(0, Math.max(0, input.plans - 1))) {
    provincePlans.set(
      p.id,
      add({
        ownerId: p.id,
        ownerName: p.name,
        superior: `Đảng bộ ${p.city ? 'thành phố' : 'tỉnh'} ${p.shortPlace}`,
        coordinatorUnitId: p.btgId,
        coordinatorName: p.btgName,
        reviewerId: p.coordinatorId,
        parent: central,
        number: `${rng.int(100, 450)}-KH/TU`,
        place: p.shortPlace,
        date: addDays(start, rng.int(1, 5)),
        assignee: { text: 'Các đảng ủy xã, phường', groupId: p.groupId, grassroots: false, units: p.communes.map((c) => ({ id: c.id, name: c.name, submitterId: c.reporterId, validFrom: validFrom(c.id) })) },
      }),
    );
  }
  const candidates = org.provinces.flatMap((p) => (provincePlans.has(p.id) ? p.communes.filter((c) => c.grassrootsIds.length > 0).map((c) => ({ p, c })) : []));
  for (const { p, c } of rng.sample(candidates, Math.max(0, input.plans - 1 - provincePlans.size))) {
    const coordinatorId = rng.uuid();
    out.users.push({ id: coordinatorId, username: `dp.${c.code}`, role: 'coordinator', unitId: c.id, passwordHash: input.passwordHash, displayName: `${personName(rng)} (${c.name})` });
    add({
      ownerId: c.id,
      ownerName: c.name,
      superior: `Đảng bộ ${p.city ? 'thành phố' : 'tỉnh'} ${p.shortPlace}`,
      coordinatorUnitId: c.id,
      coordinatorName: `Văn phòng ${c.name}`,
      reviewerId: coordinatorId,
      parent: provincePlans.get(p.id) ?? null,
      number: `${rng.int(10, 99)}-KH/ĐU`,
      place: c.name.replace(/^Đảng ủy (xã|phường|đặc khu) /, ''),
      date: addDays(start, rng.int(6, 12)),
      // Chi bộ report on the commune's plan through the commune's reporter (the office keeps the accounts).
      assignee: { text: 'Các chi bộ, đảng bộ cơ sở trực thuộc', groupId: null, grassroots: true, units: c.grassrootsIds.map((id) => ({ id, name: nameOf(id), submitterId: c.reporterId, validFrom: validFrom(id) })) },
    });
  }
  return out;
}

/** A duty's state on the seed's day: most done on time, some late, some overdue, ongoing work begun. */
function dutyProgress(rng: Random, planDate: CivilDate, deadlineDays: number | null, today: CivilDate) {
  const deadline = deadlineDays === null ? null : addDays(planDate, deadlineDays);
  const startedOn = addDays(planDate, rng.int(1, 10));
  if (deadline === null) return { deadline, startedOn: startedOn <= today ? startedOn : null, progress: rng.int(10, 90), completedOn: null };
  const roll = rng.float();
  const onTime = addDays(planDate, rng.int(3, deadlineDays ?? 3));
  const late = addDays(deadline, rng.int(1, 40));
  if (roll < 0.75 && onTime <= today) return { deadline, startedOn, progress: 100, completedOn: onTime };
  if (roll < 0.88 && late <= today) return { deadline, startedOn, progress: 100, completedOn: late };
  if (roll < 0.96) return { deadline, startedOn: startedOn <= today ? startedOn : null, progress: rng.int(0, 80), completedOn: null };
  return { deadline, startedOn: null, progress: 0, completedOn: null };
}
