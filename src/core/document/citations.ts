/**
 * Citations of other documents: "<genre> (số) <symbol>(,) (ngày <date>)
 * (của <issuer>)". Read over the text joined across line breaks, because
 * extracted text wraps anywhere ("ngày 30/5/2019 ⏎⏎ của Ban Bí thư", a symbol
 * cut after its slash).
 *
 * One entry per symbol, in order of first mention; a later mention fills a
 * date, type or issuer the first one lacked. The document's own number is not
 * a citation, nor is a genre without a symbol ("Kế hoạch của Ban Thường vụ
 * Tỉnh ủy").
 */
import type { CivilDate } from '../civil-date.ts';
import { readDateAt, toCivil } from './dates.ts';
import { readName } from './names.ts';
import { symbolScanner } from './symbol.ts';
import { endsWithAny, fold, isSeparator, isUpperText, type Line } from './text.ts';
import type { Citation, DocumentGenre, ParseIssue } from './types.ts';
import { GENRE_ALTERNATION, genreOfFolded, genreOfSymbol } from './vocab.ts';

const GENRE_BEFORE_RE = new RegExp(`(?:^|[^a-z])(${GENRE_ALTERNATION}|van ban)\\s*(?:so\\s*)?[:.]?\\s*$`);
const NUMBER_WORD_BEFORE_RE = /(?:^|[^a-z])so\s*[:.]?\s*$/;
const TO_DATE_RE = /\s*[,;]?\s*(?:ban hanh\s+|ky\s+)?(?=ngay)/y;
const TO_ISSUER_RE = /\s*[,;]?\s*cua\s+/y;

interface Joined {
  text: string;
  /** Start offset in `text` of each joined line, and that line's number. */
  starts: number[];
  lineNos: number[];
}

function joinLines(lines: readonly Line[]): Joined {
  const parts: string[] = [];
  const starts: number[] = [];
  const lineNos: number[] = [];
  let offset = 0;
  // Lines are joined with a space, or with a newline where the text breaks
  // (a blank line, a separator, a line ending a sentence): a name read after
  // "của" stops at a newline, so "của UBND tỉnh ⏎⏎ Kính gửi" gives "UBND tỉnh".
  let pendingBreak = false;
  for (const line of lines) {
    if (line.text === '' || isSeparator(line.text)) {
      pendingBreak = true;
      continue;
    }
    if (parts.length > 0) {
      parts.push(pendingBreak ? '\n' : ' ');
      offset += 1;
    }
    starts.push(offset);
    lineNos.push(line.no);
    parts.push(line.text);
    offset += line.text.length;
    pendingBreak = endsWithAny(line.text, '.;:!?');
  }
  const text = parts.join('');
  return { text, starts, lineNos };
}

function lineAt(joined: Joined, offset: number): number {
  let lo = 0;
  let hi = joined.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((joined.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return joined.lineNos[lo] ?? 1;
}

interface Mention {
  citation: Citation;
  line: number;
}

function mentionAt(joined: Joined, start: number, end: number, symbol: string): Mention | null {
  const { text } = joined;
  // Only short windows around the symbol are folded: the genre before it,
  // the date and the issuer after it.
  const before = fold(text.slice(Math.max(0, start - 40), start));
  const genreMatch = GENRE_BEFORE_RE.exec(before);
  let type: DocumentGenre | null;
  if (genreMatch) type = genreOfFolded(genreMatch[1] ?? '') ?? genreOfSymbol(symbol);
  else if (NUMBER_WORD_BEFORE_RE.test(before)) type = genreOfSymbol(symbol);
  else return null;

  const after = fold(text.slice(end, end + 80));
  let cursor = 0;
  let date: CivilDate | null = null;
  TO_DATE_RE.lastIndex = 0;
  if (TO_DATE_RE.exec(after)) {
    const read = readDateAt(after, TO_DATE_RE.lastIndex);
    if (read) {
      date = toCivil(read.parts);
      cursor = read.end;
    }
  }
  let issuer: string | null = null;
  TO_ISSUER_RE.lastIndex = cursor;
  if (TO_ISSUER_RE.exec(after)) {
    const at = end + TO_ISSUER_RE.lastIndex;
    const first = text.charAt(at);
    if (first !== first.toLowerCase()) {
      const { name } = readName(text, at, 14);
      if (name !== '') issuer = name;
    }
  }
  return { citation: { symbol, type, date, issuer }, line: lineAt(joined, start) };
}

/**
 * All citations in the given lines, merged by symbol. Issues: one
 * CITATION_WITHOUT_DATE per cited symbol whose date no mention gives.
 */
export function findCitations(lines: readonly Line[], ownNumber: string | null): { cites: Citation[]; issues: ParseIssue[] } {
  const joined = joinLines(lines);
  const bySymbol = new Map<string, Citation>();
  const firstLine = new Map<string, number>();
  const scanner = symbolScanner();
  const own = ownNumber?.toUpperCase() ?? null;
  for (let m = scanner.exec(joined.text); m !== null; m = scanner.exec(joined.text)) {
    const symbol = m[0].replace(/\s+/g, '').replace(/[–—]/g, '-');
    // Keyed in capitals: a title in capitals writes "11/CT-TTG" for "11/CT-TTg".
    const key = symbol.toUpperCase();
    if (!symbol.includes('/') || key === own) continue;
    const mention = mentionAt(joined, m.index, m.index + m[0].length, symbol);
    if (mention === null) continue;
    const known = bySymbol.get(key);
    if (known === undefined) {
      bySymbol.set(key, mention.citation);
      firstLine.set(key, mention.line);
    } else {
      if (known.symbol !== symbol && known.symbol === key) known.symbol = symbol;
      known.type ??= mention.citation.type;
      known.date ??= mention.citation.date;
      // An issuer read from a title in capitals gives way to one from running text.
      const issuer = mention.citation.issuer;
      if (known.issuer === null || (issuer !== null && isUpperText(known.issuer) && !isUpperText(issuer))) known.issuer = issuer ?? known.issuer;
    }
  }
  const cites = [...bySymbol.values()];
  const issues: ParseIssue[] = cites
    .filter((c) => c.date === null)
    .map((c) => ({
      code: 'CITATION_WITHOUT_DATE',
      message: `Văn bản được viện dẫn ${c.type ?? ''} số ${c.symbol} không ghi ngày ban hành.`.replace(/\s+/g, ' '),
      line: firstLine.get(c.symbol.toUpperCase()) ?? null,
    }));
  return { cites, issues };
}
