/**
 * `parsePlanDocument`: plan text in, structure out, never an exception.
 *
 * The document is read in zones: header (issuer, number, place and date,
 * genre, title) → body (outline, assignments) → tail (recipients, signature)
 * → any attached document (the plan a decision issues), whose outline joins
 * the body's. Citations are read over everything after the number.
 *
 * Every step works line by line or with anchored regexes of bounded
 * repetition, so time is linear in the input (see the 100 KB property test).
 */
import { buildAssignments } from './assignments.ts';
import { findCitations } from './citations.ts';
import { parseHeader } from './header.ts';
import { issue } from './issues.ts';
import { parseOutline, toSections, type Outline } from './outline.ts';
import { isTailStart, parseTail, type Tail } from './recipients.ts';
import { dropTrailingPunctuation, hasBullet, normaliseText, stripBullet, toLines, type Line } from './text.ts';
import type { ParsedPlan, ParseIssue } from './types.ts';

function emptyPlan(issues: ParseIssue[]): ParsedPlan {
  return {
    number: null,
    type: null,
    issuer: null,
    superiorIssuer: null,
    place: null,
    date: null,
    title: null,
    cites: [],
    sections: [],
    assignments: [],
    recipients: [],
    signer: null,
    issues,
  };
}

function nextTail(lines: readonly Line[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (line !== undefined && isTailStart(line)) return i;
  }
  return lines.length;
}

/** "Kính gửi: A" or "Kính gửi:" followed by "- A;", "- B." lines. */
function addresseesOf(lines: readonly Line[], from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    const m = /^kính gửi\s*[:.]?\s*(.*)$/iu.exec(lines[i]?.text ?? '');
    if (!m) continue;
    const names: string[] = [];
    if ((m[1] ?? '') !== '') names.push(dropTrailingPunctuation(stripBullet(m[1] ?? '')));
    for (let j = i + 1; j < to; j++) {
      const t = lines[j]?.text ?? '';
      if (t === '') {
        if (names.length > 0) break;
        continue;
      }
      if (!hasBullet(t)) break;
      names.push(dropTrailingPunctuation(stripBullet(t)));
    }
    const joined = names.filter((n) => n !== '').join('; ');
    return joined === '' ? null : joined;
  }
  return null;
}

function lastTextLine(lines: readonly Line[]): Line | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    if (line !== undefined && line.text !== '') return line;
  }
  return null;
}

function parse(input: string): ParsedPlan {
  const lines = toLines(normaliseText(input));
  const last = lastTextLine(lines);
  if (last === null) return emptyPlan([issue('EMPTY_DOCUMENT', null)]);

  const header = parseHeader(lines);
  const issues: ParseIssue[] = [...header.issues];

  const bodyEnd = nextTail(lines, header.bodyStart);
  const outline: Outline = parseOutline(lines, header.bodyStart, bodyEnd);
  let tail: Tail | null = null;
  if (bodyEnd < lines.length) {
    tail = parseTail(lines, bodyEnd);
    // Documents attached after the signature: their outline continues the body's.
    let cursor = tail.end;
    while (cursor < lines.length) {
      const end = nextTail(lines, cursor);
      const attached = parseOutline(lines, cursor, end);
      for (const s of attached.sections) outline.sections.push(s);
      cursor = end < lines.length ? Math.max(end + 1, parseTail(lines, end).end) : end;
    }
  } else if (!/[.;:!?)"”…]$/.test(last.text)) {
    issues.push(issue('TRUNCATED', last.no));
  }

  const citeFrom = header.numberIdx === null ? 0 : header.numberIdx + 1;
  const { cites, issues: citeIssues } = findCitations(lines.slice(citeFrom), header.number);
  // Loops, not push(...xs): a spread of a huge array overflows the call stack.
  for (const i of citeIssues) issues.push(i);

  const { assignments, issues: assignmentIssues } = buildAssignments(outline, {
    documentDate: header.date,
    addressees: addresseesOf(lines, header.bodyStart, bodyEnd),
    issuer: header.issuer,
  });
  for (const i of assignmentIssues) issues.push(i);

  const sections = toSections(outline);
  const recipients = tail?.recipients ?? [];
  if (sections.length === 0) issues.push(issue('NO_SECTIONS', null));
  if (assignments.length === 0) issues.push(issue('NO_ASSIGNMENTS', null));
  if (recipients.length === 0) issues.push(issue('NO_RECIPIENTS', null));

  return {
    number: header.number,
    type: header.type,
    issuer: header.issuer,
    superiorIssuer: header.superiorIssuer,
    place: header.place,
    date: header.date,
    title: header.title,
    cites,
    sections,
    assignments,
    recipients,
    signer: tail?.signer ?? null,
    issues,
  };
}

/**
 * Parses the text of a plan document (kế hoạch, chương trình, quyết định,
 * công văn…) into its structure. Pure and total: any string gives a result;
 * what could not be read is reported in `issues`.
 */
export function parsePlanDocument(text: string): ParsedPlan {
  const input = typeof text === 'string' ? text : '';
  try {
    return parse(input);
  } catch (error) {
    // Last resort: the steps above are written not to throw (no unchecked
    // indexing, no throwing helpers on user data). Should one still do so, the
    // caller gets an empty result that says so rather than a crash.
    const detail = error instanceof Error ? error.message : String(error);
    return emptyPlan([issue('PARSER_ERROR', null, `Lỗi khi phân tích văn bản (${detail}); kết quả có thể thiếu, cần kiểm tra lại.`)]);
  }
}
