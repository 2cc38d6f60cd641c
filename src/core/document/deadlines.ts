/**
 * Deadlines in running text: a time expression ("quý IV/2019", "ngày
 * 15/12/2020", "tháng 10 năm 2019", "6 tháng đầu năm 2020", "năm 2020") that
 * a deadline word introduces ("hoàn thành trong", "xong trong", "trước",
 * "chậm nhất", "đến hết"), or that stands alone in parentheses
 * ("(quý IV/2019)"). Resolved to the last civil day it allows.
 *
 * Not deadlines: periods and horizons ("giai đoạn 2021-2025", "đến năm
 * 2030", "năm học 2019-2020", "nhiệm kỳ 2020-2025"), the dates of cited
 * documents ("Kết luận số 51-KL/TW, ngày 30/5/2019"), and event dates with no
 * deadline word ("ngày 17 tháng 10 năm 2019 Hội nghị …").
 *
 * "Trước ngày X" allows X itself (the project brief: "trước ngày 30 tháng 4
 * năm 2011" → 2011-04-30; offices read it as "by X"). "Trước tháng/quý/năm"
 * is read strictly — the day before that period starts — since a period
 * cannot be "by" and "before" at once and offices then mean "before it opens".
 */
import { addDays, civilDate, compareCivil, lastDayOfMonth, type CivilDate } from '../civil-date.ts';
import { assertNever } from '../assert-never.ts';
import { fold, squash } from './text.ts';
import { symbolScanner } from './symbol.ts';

export interface FoundDeadline {
  text: string;
  date: CivilDate | null;
  /** True when the phrase has a date but it could not be pinned (no year). */
  unresolved: boolean;
  start: number;
  end: number;
}

/** The shapes of time expression the parser reads (internal: never stored or shown). */
type ExprKind = 'date' | 'day-month' | 'quarter' | 'half' | 'month' | 'year' | 'month-of-year' | 'quarter-of-year';

interface Expr {
  kind: ExprKind;
  start: number;
  end: number;
  m: RegExpExecArray;
}

const YEAR = '((?:19|20)\\d{2})(?!\\d)';
const ROMAN_Q = '(iv|iii|ii|i|[1-4])(?![a-z0-9])';
const EXPRESSIONS: ReadonlyArray<readonly [ExprKind, RegExp]> = [
  ['date', new RegExp(`(?<![\\d/.-])(\\d{1,2})\\s?([/.-])\\s?(\\d{1,2})\\s?\\2\\s?${YEAR}`, 'g')],
  ['date', new RegExp(`(?<!\\d)(\\d{1,2})\\s*thang\\s*(\\d{1,2})\\s*,?\\s*nam\\s*${YEAR}`, 'g')],
  ['day-month', /(?<![\d/.-])(?:ngay\s*)?(\d{1,2})\s?[/.-]\s?(\d{1,2})(?![\d/.-]|\s[/.-]\s?\d)/g],
  ['day-month', /ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})(?!\d|\s*,?\s*nam\s*\d)/g],
  ['quarter', new RegExp(`quy\\s*${ROMAN_Q}(?:\\s*(?:-|–|va|,)\\s*(?:quy\\s*)?${ROMAN_Q})?\\s*(?:[/.-]|,?\\s*nam)\\s*${YEAR}`, 'g')],
  ['half', new RegExp(`(?:(?:06|6|sau)\\s*thang|nua)\\s*(dau|cuoi)\\s*(?:cua\\s*)?nam\\s*${YEAR}`, 'g')],
  ['month', new RegExp(`thang\\s*(\\d{1,2})(?:\\s*(?:-|–|va|,)\\s*(?:thang\\s*)?(\\d{1,2}))?\\s*(?:[/.-]|,?\\s*nam)\\s*${YEAR}`, 'g')],
  ['year', new RegExp(`(?<![a-z])nam\\s*${YEAR}(?!\\s*[-–]\\s*\\d)`, 'g')],
  // Without a year ("trong tháng 10", "hoàn thành trong quý IV"): the document's year.
  ['month-of-year', /thang\s*(\d{1,2})(?![\d/.-])(?!\s*,?\s*nam\s*\d)/g],
  ['quarter-of-year', /quy\s*(iv|iii|ii|i|[1-4])(?![a-z0-9])(?!\s*(?:[/.-]|,?\s*nam)\s*\d)/g],
];

// Words that introduce a deadline, folded; several may chain ("hoàn thành
// xong trong", "chậm nhất vào", "đến hết").
const TRIGGER_TAIL_RE =
  /(?:^|[\s(,;:])(hoan thanh|xong|truoc|cham nhat|muon nhat|trong|vao|den|den het|het|cuoi|ket thuc|han chot|han|thoi han|thoi gian|thoi gian thuc hien|thoi gian hoan thanh|dut diem|nop|gui)[\s:,]*(?:ngay\s*)?$/;
// The text speaks of a recurring duty ("định kỳ", "hằng năm"), folded.
const RECURRING_RE = /(?:^|[^a-z])(?:(?:hang|moi)\s+(?:nam|quy|thang)|dinh ky)(?![a-z])/;
const PERIOD_BEFORE_RE = /(?:^|\s)(?:giai doan|nhiem ky|nam hoc|tu)\s*$/;

interface Chain {
  start: number;
  last: string;
  words: string[];
}

/** The chain of deadline words right before `pos`, or null. */
function triggerChain(f: string, pos: number): Chain | null {
  let cursor = pos;
  let chainStart = -1;
  const words: string[] = [];
  for (let guard = 0; guard < 4; guard++) {
    const window = f.slice(Math.max(0, cursor - 40), cursor);
    const m = TRIGGER_TAIL_RE.exec(window);
    if (!m) break;
    const word = m[1] ?? '';
    const offset = cursor - window.length + m.index + (m[0].length - m[0].trimStart().length);
    const wordStart = f.indexOf(word, offset);
    words.unshift(word);
    chainStart = wordStart;
    cursor = wordStart;
  }
  if (chainStart < 0) return null;
  return { start: chainStart, last: words[words.length - 1] ?? '', words };
}

function romanQuarter(token: string): number {
  switch (token) {
    case 'i':
    case '1':
      return 1;
    case 'ii':
    case '2':
      return 2;
    case 'iii':
    case '3':
      return 3;
    default:
      return 4;
  }
}

interface Resolution {
  date: CivilDate | null;
  unresolved: boolean;
}

function resolve(expr: Expr, chain: Chain | null, recurring: boolean, documentDate: CivilDate | null): Resolution {
  const g = expr.m;
  const strictlyBefore = chain !== null && chain.last === 'truoc';
  switch (expr.kind) {
    case 'date': {
      const numeric = g[4] !== undefined;
      const day = Number(g[1]);
      const month = Number(numeric ? g[3] : g[2]);
      const year = Number(numeric ? g[4] : g[3]);
      return { date: civilDate(year, month, day), unresolved: false };
    }
    case 'day-month': {
      // "trước ngày 15/12 hằng năm": a recurring day, no single date.
      if (recurring) return { date: null, unresolved: false };
      const day = Number(g[1]);
      const month = Number(g[2]);
      if (documentDate === null) return { date: null, unresolved: true };
      const year = Number(documentDate.slice(0, 4));
      const same = civilDate(year, month, day);
      if (same === null) return { date: null, unresolved: true };
      // A day-month without a year is the next such day after the document.
      return { date: compareCivil(same, documentDate) >= 0 ? same : civilDate(year + 1, month, day), unresolved: false };
    }
    case 'quarter': {
      const q = romanQuarter(g[2] ?? g[1] ?? '');
      const year = Number(g[3]);
      if (strictlyBefore) return { date: dayBefore(year, romanQuarter(g[1] ?? '') * 3 - 2), unresolved: false };
      return { date: lastDayOfMonth(year, q * 3), unresolved: false };
    }
    case 'half': {
      const year = Number(g[2]);
      return { date: g[1] === 'dau' ? lastDayOfMonth(year, 6) : lastDayOfMonth(year, 12), unresolved: false };
    }
    case 'month': {
      const first = Number(g[1]);
      const last = g[2] !== undefined ? Number(g[2]) : first;
      const year = Number(g[3]);
      if (first < 1 || first > 12 || last < 1 || last > 12) return { date: null, unresolved: true };
      if (strictlyBefore) return { date: dayBefore(year, first), unresolved: false };
      return { date: lastDayOfMonth(year, last), unresolved: false };
    }
    case 'year': {
      const year = Number(g[1]);
      return { date: strictlyBefore ? lastDayOfMonth(year - 1, 12) : lastDayOfMonth(year, 12), unresolved: false };
    }
    case 'month-of-year':
    case 'quarter-of-year': {
      if (recurring) return { date: null, unresolved: false };
      if (documentDate === null) return { date: null, unresolved: true };
      const month = expr.kind === 'month-of-year' ? Number(g[1]) : romanQuarter(g[1] ?? '') * 3;
      if (month < 1 || month > 12) return { date: null, unresolved: true };
      const first = expr.kind === 'month-of-year' ? month : month - 2;
      // The next such month (or quarter) ending on or after the document date.
      const sameYear = Number(documentDate.slice(0, 4));
      const year = compareCivil(lastDayOfMonth(sameYear, month), documentDate) >= 0 ? sameYear : sameYear + 1;
      return { date: strictlyBefore ? dayBefore(year, first) : lastDayOfMonth(year, month), unresolved: false };
    }
    default:
      return assertNever(expr.kind, 'loại mốc thời gian');
  }
}

/** The day before the first of a month. */
function dayBefore(year: number, month: number): CivilDate | null {
  const first = civilDate(year, month, 1);
  return first === null ? null : addDays(first, -1);
}

/** Spans of text holding the dates of cited documents ("51-KL/TW, ngày 30/5/2019"). */
function citedDateSpans(text: string, f: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  const scanner = symbolScanner();
  for (let m = scanner.exec(text); m !== null; m = scanner.exec(text)) {
    const after = m.index + m[0].length;
    const tail = /^\s*[,;]?\s*(?:ban hanh\s+|ky\s+)?ngay\s*(?:\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{4}|\d{1,2}\s*thang\s*\d{1,2}\s*,?\s*nam\s*\d{4})/.exec(
      f.slice(after, after + 60),
    );
    if (tail) spans.push([after, after + tail[0].length]);
  }
  return spans;
}

function collectExpressions(f: string): Expr[] {
  const found: Expr[] = [];
  for (const [kind, re] of EXPRESSIONS) {
    re.lastIndex = 0;
    for (let m = re.exec(f); m !== null; m = re.exec(f)) {
      found.push({ kind, start: m.index, end: m.index + m[0].length, m });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  // Earliest first, longest first at the same start; drop overlaps so that
  // "tháng 10 năm 2019" inside "ngày 17 tháng 10 năm 2019" is not read twice.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Expr[] = [];
  let reach = -1;
  for (const e of found) {
    if (e.start >= reach) {
      kept.push(e);
      reach = e.end;
    }
  }
  return kept;
}

/**
 * The parenthesis around [start, end), if it opens and closes within 240
 * characters. Only those windows are searched, so that a long clause with
 * many dates stays linear.
 */
function enclosingParens(text: string, start: number, end: number): readonly [number, number] | null {
  const from = Math.max(0, start - 240);
  const before = text.slice(from, start);
  const openAt = before.lastIndexOf('(');
  if (openAt < 0 || before.lastIndexOf(')') > openAt) return null;
  const after = text.slice(end, end + 240);
  const closeAt = after.indexOf(')');
  if (closeAt < 0) return null;
  const reopen = after.indexOf('(');
  if (reopen >= 0 && reopen < closeAt) return null;
  return [from + openAt, end + closeAt];
}

/**
 * The deadlines in a piece of text, in order. `documentDate` gives the year
 * to a day-month written without one ("trước ngày 20/6").
 */
export function findDeadlines(text: string, documentDate: CivilDate | null, f: string = fold(text)): FoundDeadline[] {
  const cited = citedDateSpans(text, f);
  const out: FoundDeadline[] = [];
  let lastParen = -1;
  // Expressions and cited spans both come in text order: one pass over each.
  let c = 0;
  const recurringText = RECURRING_RE.test(f);
  for (const expr of collectExpressions(f)) {
    while (c < cited.length && (cited[c]?.[1] ?? 0) <= expr.start) c++;
    const span = cited[c];
    if (span !== undefined && expr.start < span[1] && expr.end > span[0]) continue;
    const before = f.slice(Math.max(0, expr.start - 30), expr.start);
    const chain = triggerChain(f, expr.start);
    const parens = enclosingParens(text, expr.start, expr.end);
    if (expr.kind === 'year') {
      // "đến năm 2030" is a horizon, "từ năm", "giai đoạn" a period.
      if (PERIOD_BEFORE_RE.test(before)) continue;
      if (chain === null || (chain.last === 'den' && !chain.words.includes('het'))) continue;
    }
    if (PERIOD_BEFORE_RE.test(before) && chain === null) continue;
    // "30/10" without "ngày" is only a date after a deadline word ("hoàn thành trước 30/10").
    if (expr.kind === 'day-month' && !expr.m[0].startsWith('ngay') && chain === null) continue;
    // A month or quarter without a year needs a deadline word and a one-off duty:
    // "vào tháng 6 và tháng 12 hằng năm" is a cadence, not a deadline.
    if ((expr.kind === 'month-of-year' || expr.kind === 'quarter-of-year') && (chain === null || recurringText)) continue;
    let start: number;
    let end = expr.end;
    if (parens !== null) {
      const inner = f.slice(parens[0] + 1, parens[1]);
      const rest = squash(inner.slice(0, expr.start - parens[0] - 1) + ' ' + inner.slice(expr.end - parens[0] - 1));
      const restWords = rest === '' ? 0 : rest.split(' ').length;
      if (chain === null && restWords > 3) continue;
      if (parens[0] === lastParen) continue;
      lastParen = parens[0];
      start = parens[0] + 1;
      end = parens[1];
    } else {
      if (chain === null) continue;
      start = chain.start;
    }
    const after = f.slice(expr.end, expr.end + 20);
    const recurring = /^\s*,?\s*(?:hang|moi)\s+(?:nam|quy|thang)/.exec(after);
    if (parens === null && recurring && expr.kind === 'day-month') end = expr.end + recurring[0].length;
    const { date, unresolved } = resolve(expr, chain, recurring !== null || recurringText, documentDate);
    const phrase = squash(text.slice(start, end)).replace(/^[\s:,;]+|[\s:,;.]+$/g, '');
    if (phrase !== '') out.push({ text: phrase, date, unresolved, start, end });
  }
  return out;
}
