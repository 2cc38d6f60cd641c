/**
 * What an assignment's text asks: split into clauses (at ";" and sentence
 * ends, never inside parentheses), each typed by its wording, with its
 * deadline, and the reporting duties, recipients, relays and partners it
 * names.
 */
import type { CivilDate } from '../civil-date.ts';
import { findDeadlines, type FoundDeadline } from './deadlines.ts';
import { readUnitList } from './names.ts';
import { fold, stripBullet } from './text.ts';
import type { Cadence, DutyKind, ReportDuty } from './types.ts';

export interface Clause {
  text: string;
  /** Offset of the clause in the paragraph it came from. */
  start: number;
}

// Abbreviations whose period does not end a sentence ("TP. Hồ Chí Minh").
const ABBREVIATION_BEFORE_RE = /(?:^|\s)(?:TP|Tp|TX|TT|ThS|TS|PGS|GS|BS|v\.v|St|Q)$/;

/** Splits a paragraph into clauses at ";" and at ". " before a capital, outside parentheses. */
export function splitClauses(paragraph: string): Clause[] {
  const out: Clause[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    const raw = paragraph.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = stripBullet(raw.trim()).replace(/[\s;,.:]+$/, '').replace(/\.\/\.?$/, '').trim();
    if (text !== '') out.push({ text, start: start + lead });
  };
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph.charAt(i);
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && ch === ';') {
      push(i);
      start = i + 1;
    } else if (depth === 0 && ch === '.') {
      const next = paragraph.charAt(i + 1);
      const after = paragraph.charAt(i + 2);
      if (next === ' ' && after !== '' && after === after.toUpperCase() && after !== after.toLowerCase()) {
        if (ABBREVIATION_BEFORE_RE.test(paragraph.slice(Math.max(0, i - 6), i))) continue;
        push(i);
        start = i + 1;
      }
    }
  }
  push(paragraph.length);
  return out;
}

// Duty wording, folded. The earliest one in a clause decides its kind: the
// clause "Xây dựng kế hoạch quán triệt…" is about building a plan.
const KIND_PATTERNS: ReadonlyArray<readonly [DutyKind, RegExp]> = [
  ['sub-plan', /(?:^|[^a-z])(?:xay dung|ban hanh|lap|cu the hoa)(?:\s+\S+){0,3}?\s+(?:chuong trinh|ke hoach|de an|phuong an)(?![a-z])|(?:^|[^a-z])cu the hoa(?![a-z])/],
  ['disseminate', /(?:^|[^a-z])(?:pho bien|quan triet|tuyen truyen)(?![a-z])/],
  ['guide-inspect', /(?:^|[^a-z])(?:huong dan|kiem tra|don doc|giam sat)(?![a-z])/],
  ['review', /(?:^|[^a-z])(?:so ket|tong ket)(?![a-z])/],
  ['report', /(?:^|[^a-z])bao cao(?![a-z])(?!\s+(?:vien|so\s*\d))/],
];

export function dutyKindOf(clause: string, f: string = fold(clause)): DutyKind {
  let best: DutyKind = 'other';
  let bestAt = Number.POSITIVE_INFINITY;
  for (const [kind, re] of KIND_PATTERNS) {
    const m = re.exec(f);
    if (m && m.index < bestAt) {
      best = kind;
      bestAt = m.index;
    }
  }
  return best;
}

// "báo cáo" as a verb, folded; not "chế độ báo cáo" or "mẫu báo cáo" (nouns),
// "báo cáo viên", nor a cited "Báo cáo số …".
const REPORT_VERB_RE = /(?:^|[^a-z])bao cao(?![a-z])(?!\s+(?:vien|so\s*\d))/g;
const REPORT_NOUN_BEFORE_RE = /(?:che do|mau|de cuong|bieu mau|noi dung|cac|theo|tai|qua)\s*$/;

// Cadences, folded, most frequent first: "hằng năm vào tháng 6 và 12" is
// six-monthly though it says "hằng năm". Source of the windows: Nghị định
// 09/2019/NĐ-CP on periodic reports.
const CADENCE_PATTERNS: ReadonlyArray<readonly [Cadence, RegExp]> = [
  ['monthly', /(?:hang|moi|dinh ky)\s+thang(?![a-z])|hang thang/],
  ['quarterly', /(?:hang|moi)\s+quy(?![a-z])|dinh ky\s+(?:hang\s+)?(?:quy(?![a-z])|(?:03|3|ba)\s+thang)/],
  ['6-monthly', /(?:^|[^\d])(?:06|6|sau)\s+thang(?!\s+(?:dau|cuoi)\s+(?:cua\s+)?nam\s+\d)|vao\s+thang\s+0?6\s+(?:va|,)\s+(?:thang\s+)?12/],
  ['yearly', /(?:hang|moi|dinh ky)\s+nam(?![a-z])|dinh ky\s+(?:hang\s+)?nam|cuoi nam/],
];

export function cadenceOf(clause: string, f: string = fold(clause)): Cadence {
  for (const [cadence, re] of CADENCE_PATTERNS) if (re.test(f)) return cadence;
  return 'once';
}

/** Offset of "báo cáo" used as a verb in the clause, or -1. */
function reportVerbAt(clause: string, f: string = fold(clause)): number {
  REPORT_VERB_RE.lastIndex = 0;
  for (let m = REPORT_VERB_RE.exec(f); m !== null; m = REPORT_VERB_RE.exec(f)) {
    const at = m.index + (m[0].startsWith('b') ? 0 : 1);
    if (REPORT_NOUN_BEFORE_RE.test(f.slice(Math.max(0, at - 14), at))) continue;
    return at;
  }
  return -1;
}

// Prepositions before the body a report goes to; matched on the original
// spelling ("về", not "vệ").
const TO_RE = /(?:^|[\s,])(?:gửi về|gửi lên|gửi đến|gửi cho|gửi|về|với|cho|lên|tới|đến)\s+/gi;
const VIA_RE = /(?:^|[\s(,])(?:thông qua|qua)\s+/gi;
const PARTNER_RE = /phối hợp(?:\s+chặt chẽ)?(?:\s+với|\s+cùng)\s+/gi;

function unitsAfter(re: RegExp, text: string, from: number, until: number): string[] {
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < until; m = re.exec(text)) {
    const at = m.index + m[0].length;
    const { units } = readUnitList(text, at);
    if (units.length > 0) return units;
  }
  return [];
}

function uniquePush(target: string[], values: readonly string[]): void {
  for (const v of values) if (!target.includes(v)) target.push(v);
}

/** The reporting duty a clause states, if it asks for a report. */
export function reportOf(clause: string, f: string = fold(clause)): ReportDuty | null {
  const at = reportVerbAt(clause, f);
  if (at < 0) return null;
  const viaStart = clause.search(/\(\s*(?:thông qua|qua)\s/);
  const until = viaStart >= 0 && viaStart > at ? viaStart : clause.length;
  // The body right after the verb ("báo cáo UBND tỉnh"), else after a preposition.
  const direct = readUnitList(clause, at + 'báo cáo'.length);
  const to = direct.units.length > 0 ? direct.units : unitsAfter(TO_RE, clause, at, until);
  const via = unitsAfter(VIA_RE, clause, at, clause.length).filter((v) => !to.includes(v));
  return { text: clause, cadence: cadenceOf(clause, f), to, via };
}

/** Partners named after "phối hợp với" in any clause, generic tails dropped. */
export function partnersOf(text: string): string[] {
  const out: string[] = [];
  PARTNER_RE.lastIndex = 0;
  for (let m = PARTNER_RE.exec(text); m !== null; m = PARTNER_RE.exec(text)) {
    uniquePush(out, readUnitList(text, m.index + m[0].length).units);
  }
  return out;
}

export interface ClauseReading {
  kind: DutyKind;
  text: string;
  deadline: FoundDeadline | null;
  deadlines: FoundDeadline[];
  report: ReportDuty | null;
}

export function readClause(clause: string, documentDate: CivilDate | null): ClauseReading {
  const f = fold(clause);
  const deadlines = findDeadlines(clause, documentDate, f);
  return { kind: dutyKindOf(clause, f), text: clause, deadline: deadlines[0] ?? null, deadlines, report: reportOf(clause, f) };
}
