/**
 * The import draft: a parsed plan as the coordinator checks and corrects it
 * before publishing. Pure: building it from the parse, validating it and
 * expanding it into per-unit duties are all here, so the rules are tested
 * without a database.
 */
import type { CivilDate } from '../civil-date.ts';
import type { Cadence, Citation, DocumentGenre, DutyKind, ParsedPlan, Section } from '../document/types.ts';
import type { Resolver, Suggestion } from '../org/resolve.ts';
import type { DutyRole } from '../org/vocab.ts';
import { foldVietnamese } from '../text/vietnamese.ts';

export interface UnitRef {
  kind: 'unit' | 'group';
  id: string;
}

export interface DraftTarget {
  /** The text as written ("Ban Cán sự Đảng UBND tỉnh"). */
  text: string;
  /** The registry unit or group it means, once chosen. */
  ref: UnitRef | null;
  suggestions: Suggestion[];
}

export interface DraftDuty {
  kind: DutyKind;
  text: string;
  deadlineText: string | null;
  deadline: CivilDate | null;
}

export interface DraftReport {
  text: string;
  cadence: Cadence;
  to: DraftTarget[];
  via: DraftTarget[];
}

export interface DraftAssignment {
  unitText: string;
  text: string;
  /** Units that lead (chủ trì) the duties. */
  targets: DraftTarget[];
  /** Units named with "phối hợp với": they take the phối hợp role. */
  partners: DraftTarget[];
  duties: DraftDuty[];
  reports: DraftReport[];
}

export interface DraftMeta {
  number: string | null;
  type: DocumentGenre | null;
  issuer: string | null;
  place: string | null;
  date: CivilDate | null;
  title: string;
  endDate: CivilDate | null;
  /** The unit that follows the plan up (Ban Tuyên giáo), by default the importing coordinator's unit. */
  coordinatorUnitId: string | null;
}

export interface ImportDraft {
  meta: DraftMeta;
  cites: Citation[];
  sections: Section[];
  /** Index in `sections` of the content section whose items are the content areas. */
  contentSection: number | null;
  assignments: DraftAssignment[];
  recipients: string[];
}

function targetsFrom(resolver: Resolver, text: string): DraftTarget[] {
  return resolver.resolve(text).map((s) => ({ text: s.text, ref: s.chosen?.ref ?? null, suggestions: s.suggestions }));
}

const CONTENT_TITLES = ['noi dung', 'nhiem vu', 'giai phap', 'nhiem vu va giai phap', 'nhiem vu, giai phap', 'noi dung thuc hien', 'nhiem vu trong tam'];
const IMPLEMENTATION_TITLES = ['to chuc thuc hien'];

/** The section whose numbered items are the plan's content areas ("II- NỘI DUNG"). */
export function findContentSection(sections: readonly Section[]): number | null {
  let fallback: number | null = null;
  for (const [i, s] of sections.entries()) {
    const t = foldVietnamese(s.title);
    if (IMPLEMENTATION_TITLES.some((x) => t.startsWith(x))) continue;
    if (CONTENT_TITLES.some((x) => t.startsWith(x) || t.includes(x))) return i;
    if (fallback === null && s.items.length > 0 && !t.startsWith('muc dich')) fallback = i;
  }
  return fallback;
}

export function buildImportDraft(parsed: ParsedPlan, resolver: Resolver, defaults: { coordinatorUnitId: string | null }): ImportDraft {
  return {
    meta: {
      number: parsed.number,
      type: parsed.type,
      issuer: parsed.issuer,
      place: parsed.place,
      date: parsed.date,
      title: parsed.title ?? '',
      endDate: null,
      coordinatorUnitId: defaults.coordinatorUnitId,
    },
    cites: parsed.cites,
    sections: parsed.sections,
    contentSection: findContentSection(parsed.sections),
    assignments: parsed.assignments.map((a) => ({
      unitText: a.unit,
      text: a.text,
      targets: targetsFrom(resolver, a.unit),
      partners: a.partners.flatMap((p) => targetsFrom(resolver, p)),
      duties: dutiesOf(a),
      reports: a.reports.map((r) => ({
        text: r.text,
        cadence: r.cadence,
        to: r.to.flatMap((t) => targetsFrom(resolver, t)),
        via: r.via.flatMap((t) => targetsFrom(resolver, t)),
      })),
    })),
    recipients: parsed.recipients,
  };
}

function dutiesOf(a: ParsedPlan['assignments'][number]): DraftDuty[] {
  const duties = a.duties
    .filter((d) => d.kind !== 'report')
    .map((d) => ({ kind: d.kind, text: d.text, deadlineText: d.deadline?.text ?? null, deadline: d.deadline?.date ?? null }));
  if (duties.length > 0) return duties;
  // An assignment the parser could not split into duties is still one duty.
  const first = a.deadlines[0];
  return [{ kind: 'other', text: a.text, deadlineText: first?.text ?? null, deadline: first?.date ?? null }];
}

export interface DraftProblem {
  code: 'NO_TITLE' | 'UNRESOLVED_UNIT' | 'NO_TARGETS' | 'NO_DUTIES' | 'END_BEFORE_START' | 'UNRESOLVED_RECIPIENT';
  message: string;
  assignment: number | null;
}

/** What must be fixed before publishing; recipients of reports may stay unresolved (kept as text). */
export function validateDraft(draft: ImportDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!draft.meta.title.trim()) problems.push({ code: 'NO_TITLE', message: 'Chưa có trích yếu (tên kế hoạch).', assignment: null });
  if (draft.meta.endDate && draft.meta.date && draft.meta.endDate < draft.meta.date) {
    problems.push({ code: 'END_BEFORE_START', message: 'Ngày kết thúc trước ngày ban hành.', assignment: null });
  }
  draft.assignments.forEach((a, i) => {
    if (a.targets.length === 0) problems.push({ code: 'NO_TARGETS', message: `Phân công "${a.unitText}" chưa có đơn vị thực hiện.`, assignment: i });
    for (const t of a.targets) {
      if (!t.ref) problems.push({ code: 'UNRESOLVED_UNIT', message: `Chưa xác định đơn vị cho "${t.text}".`, assignment: i });
    }
    for (const t of a.partners) {
      if (!t.ref) problems.push({ code: 'UNRESOLVED_UNIT', message: `Chưa xác định đơn vị phối hợp "${t.text}".`, assignment: i });
    }
    if (a.duties.length === 0 && a.reports.length === 0) problems.push({ code: 'NO_DUTIES', message: `Phân công "${a.unitText}" chưa có nhiệm vụ.`, assignment: i });
  });
  return problems;
}

export interface PublishedDuty {
  assignment: number;
  unitId: string;
  role: DutyRole;
  kind: DutyKind;
  text: string;
  deadlineText: string | null;
  deadline: CivilDate | null;
}

/** Units a target stands for: itself, or a group's members valid at the plan's date. */
export function expandTarget(ref: UnitRef, groupMembers: ReadonlyMap<string, readonly string[]>): string[] {
  return ref.kind === 'unit' ? [ref.id] : [...(groupMembers.get(ref.id) ?? [])];
}

export function expandTargets(targets: readonly DraftTarget[], groupMembers: ReadonlyMap<string, readonly string[]>): string[] {
  const out: string[] = [];
  for (const t of targets) if (t.ref) for (const id of expandTarget(t.ref, groupMembers)) if (!out.includes(id)) out.push(id);
  return out;
}

/**
 * One duty per resolved unit for every duty of every assignment: the
 * assignment's units lead (chủ trì); partners take the duties that name them
 * with "phối hợp" (or all of them when none does), as phối hợp. A unit that
 * leads a duty does not also get it as a partner.
 */
export function publishedDuties(draft: ImportDraft, groupMembers: ReadonlyMap<string, readonly string[]>): PublishedDuty[] {
  const out: PublishedDuty[] = [];
  draft.assignments.forEach((a, index) => {
    const leads = expandTargets(a.targets, groupMembers);
    const partners = expandTargets(a.partners, groupMembers).filter((id) => !leads.includes(id));
    const withPartners = a.duties.filter((d) => /phối hợp/iu.test(d.text));
    const partnerDuties = withPartners.length > 0 ? withPartners : a.duties;
    for (const d of a.duties) for (const unitId of leads) out.push({ assignment: index, unitId, role: 'chu-tri', ...d });
    // A one-off report ("báo cáo kết quả trước ngày …") is a duty with a deadline, not a periodic obligation.
    for (const r of a.reports.filter((x) => x.cadence === 'once')) {
      for (const unitId of leads) out.push({ assignment: index, unitId, role: 'chu-tri', kind: 'report', text: r.text, deadlineText: null, deadline: null });
    }
    for (const d of partnerDuties) for (const unitId of partners) out.push({ assignment: index, unitId, role: 'phoi-hop', ...d });
  });
  return out;
}

/** The content areas: the numbered items of the content section. */
export function contentAreas(draft: ImportDraft): { number: string; title: string; body: string }[] {
  const section = draft.contentSection === null ? undefined : draft.sections[draft.contentSection];
  if (!section) return [];
  return section.items.map((item) => ({ number: item.number, title: item.title, body: item.paragraphs.join('\n') }));
}
