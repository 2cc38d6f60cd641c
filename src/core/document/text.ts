/**
 * Text preparation for the plan parser: one normal form for everything the
 * other modules look at, and a diacritic-free "fold" of each line that keeps
 * character positions, so a pattern can be matched on the fold ("ke hoach")
 * and the match sliced from the original ("Kế hoạch") at the same offsets.
 */
import { nfc } from '../text/vietnamese.ts';

export interface Line {
  /** 1-based line number in the input (after CRLF/CR → LF). */
  readonly no: number;
  /** The line with tabs kept (they separate flattened header columns). */
  readonly raw: string;
  /** Tabs and runs of spaces squashed to one space, trimmed. */
  readonly text: string;
  /** `fold(text)`: same length as `text`, lower-case, no diacritics, đ → d. */
  readonly fold: string;
}

/** A line whose fold is computed on first use: most body lines never need it. */
class TextLine implements Line {
  #fold: string | null = null;
  constructor(
    readonly no: number,
    readonly raw: string,
    readonly text: string,
  ) {}
  get fold(): string {
    this.#fold ??= fold(this.text);
    return this.#fold;
  }
}

// Characters that only get in the way: zero-width spaces and joiners, word
// joiner, BOM, soft hyphen.
const INVISIBLE_RE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// Spaces that are not U+0020 (NBSP from Word, thin and ideographic spaces).
const ODD_SPACE_RE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// C0/C1 controls except tab and newline; form feed and vertical tab end a line.
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are removed.
const CONTROL_RE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
const LINE_BREAK_RE = /\r\n?|[\u2028\u2029\f\v]/g;
// Hyphens a PDF text layer produces instead of U+002D. En and em dashes are
// kept: headings use them ("II –") and the symbol reader accepts them.
const HYPHEN_RE = /[\u2010-\u2012\u2212]/g;

/**
 * Letters that PDF extraction commonly substitutes for Vietnamese ones:
 * Icelandic eth for Đ, and U+01A2/U+01A3 (oi with hook, the glyph slot some
 * TCVN fonts map Ư/ư to).
 */
const LOOKALIKES: Readonly<Record<string, string>> = {
  '\u00d0': 'Đ',
  '\u00f0': 'đ',
  '\u01a2': 'Ư',
  '\u01a3': 'ư',
};
const LOOKALIKE_RE = /[\u00d0\u00f0\u01a2\u01a3]/g;

/** NFC, LF line ends, plain spaces, no invisible characters. Tabs are kept. */
export function normaliseText(input: string): string {
  return nfc(input)
    .replace(LINE_BREAK_RE, '\n')
    .replace(INVISIBLE_RE, '')
    .replace(ODD_SPACE_RE, ' ')
    .replace(CONTROL_RE, ' ')
    .replace(HYPHEN_RE, '-')
    .replace(LOOKALIKE_RE, (c) => LOOKALIKES[c] ?? c);
}

// Whether squash has anything to do; most lines need nothing or only a trim.
const UNSQUASHED_RE = /\s\s|[^\S ]/;

export function squash(text: string): string {
  return UNSQUASHED_RE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

const BARS_ONLY_RE = /^[\s|]*$/;

export function toLines(normalised: string): Line[] {
  const parts = normalised.split('\n');
  const blob = isBlob(parts);
  const lines: Line[] = [];
  for (let i = 0; i < parts.length; i++) {
    const raw = parts[i] ?? '';
    // A line of table bars alone ("|") is the border of a flattened table: blank.
    if (!blob || raw.length < 400) lines.push(new TextLine(i + 1, raw, BARS_ONLY_RE.test(raw) ? '' : squash(raw)));
    else for (const piece of reflow(raw)) lines.push(new TextLine(i + 1, piece, squash(piece)));
  }
  return lines;
}

/**
 * A whole document on one or a few lines (copied from a PDF viewer or a
 * page's "xem mẫu" box): header, body and list run together.
 */
function isBlob(parts: readonly string[]): boolean {
  let nonEmpty = 0;
  let longest = 0;
  for (const p of parts) {
    if (p.trim() === '') continue;
    if (++nonEmpty > 8) return false;
    longest = Math.max(longest, p.length);
  }
  return longest >= 600;
}

// Where a blob breaks into lines: before the mottos, "Số", "V/v", "Kính gửi",
// "Nơi nhận", a capitalised genre word, "Điều N."; after the mottos; before an
// outline marker or a dash that follows closing punctuation; between
// sentences; around the parts of a signature block.
const BLOB_BREAK_BEFORE_RE =
  / (?=CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập\s*-\s*Tự do|Số\s*:|Số\s+\d|V\/v\s|Kính gửi|Nơi nhận|Điều\s+\d+\.|(?:KẾ HOẠCH|QUYẾT ĐỊNH|CHƯƠNG TRÌNH|CHỈ THỊ|NGHỊ QUYẾT|HƯỚNG DẪN|THÔNG BÁO|KẾT LUẬN)\s)|(?<=[.:;]) (?=(?:[IVX]{1,4}\.|\d{1,2}\.|[a-zđ]\)|[-+])\s)|(?<=[.;]|\p{Lu}{2}) (?=(?:T\/M|K\/T|T\/L|TM\.|KT\.|TL\.)\s)|(?<=\p{Lu}{2})(?<!PHÓ) (?=(?:PHÓ )?(?:BÍ THƯ|CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|CHÁNH VĂN PHÒNG)(?:\s|$))|(?<=\p{Lu}{2}) (?=\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}*){1,4}$)|(?<=\.)(?<!(?:^|\s)(?:\d{1,2}|[IVX]{1,4}|[A-Z]{1,3}|Tp|[a-zđ])\.) (?=\p{Lu}\p{Ll})|(?<=CHỦ NGHĨA VIỆT NAM|Hạnh phúc|ĐẢNG CỘNG SẢN VIỆT NAM) /gu;

function reflow(raw: string): string[] {
  return squash(raw).replace(BLOB_BREAK_BEFORE_RE, '\n').split('\n');
}

// Per-UTF-16-unit fold table for the BMP Latin, Greek and Vietnamese ranges.
// Built once; a unit outside it folds to itself.
const FOLD_LIMIT = 0x2000;
const FOLD_TABLE: Uint16Array = buildFoldTable();

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(FOLD_LIMIT);
  for (let code = 0; code < FOLD_LIMIT; code++) {
    const ch = String.fromCharCode(code);
    let base = ch.normalize('NFD').charAt(0);
    if (base === '' || /\p{M}/u.test(base)) base = ch;
    const lower = base.toLowerCase();
    table[code] = (lower.length === 1 ? lower : base).charCodeAt(0);
  }
  table[0x0110] = 0x64; // Đ → d
  table[0x0111] = 0x64; // đ → d
  return table;
}

/**
 * Lower-case, diacritic-free copy of `text` with exactly the same length, so
 * indices found in the fold are valid in the original.
 */
export function fold(text: string): string {
  const n = text.length;
  let out = '';
  let chunk: number[] = [];
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    chunk.push(code < FOLD_LIMIT ? (FOLD_TABLE[code] ?? code) : code);
    if (chunk.length === 4096) {
      out += String.fromCharCode(...chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) out += String.fromCharCode(...chunk);
  return out;
}

/** True when the text has letters and none of them is lower-case. */
export function isUpperText(text: string): boolean {
  let letters = 0;
  for (const ch of text) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      if (ch !== ch.toUpperCase()) return false;
      letters++;
    }
  }
  return letters >= 2;
}

/** Share of the letters that are upper-case (0 when there are none). */
export function upperRatio(text: string): number {
  let letters = 0;
  let upper = 0;
  for (const ch of text) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      letters++;
      if (ch === ch.toUpperCase()) upper++;
    }
  }
  return letters === 0 ? 0 : upper / letters;
}

export function startsLower(text: string): boolean {
  const ch = text.charAt(0);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function startsUpper(text: string): boolean {
  const ch = text.charAt(0);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * Columns of a flattened table or two-column header: tabs, table bars, or
 * runs of three or more spaces separate them.
 */
export function cellsOf(raw: string): string[] {
  const out: string[] = [];
  // Whitespace runs are classified in one linear pass (a split regex with
  // "\s*\|\s*" would rescan long runs of spaces from every position).
  const marked = raw.replace(/\s+/g, (run) => (run.includes('\t') || run.length >= 3 ? '\t' : ' '));
  for (const part of marked.split(/[\t|]/)) {
    const cell = squash(part);
    if (cell !== '') out.push(cell);
  }
  return out;
}

/**
 * Separator and ornament lines: "-----", "____", "***", "*", "---oOo---",
 * "=====". Also the lone "*" under a Party issuer.
 */
const SEPARATOR_RE = /^[-_–—=*~.·•\s]+$/;
const SEPARATOR_START = new Set(['-', '_', '–', '—', '=', '*', '~', '.', '·', '•', 'o', 'O', '0', ' ']);

export function isSeparator(text: string): boolean {
  if (text === '' || text.length > 200 || !SEPARATOR_START.has(text.charAt(0))) return false;
  if (!SEPARATOR_RE.test(text.replace(/[oO0]{3}/, ''))) return false;
  // "..." alone is an ellipsis in a blank form, not a rule; "*" is the Party ornament.
  return /[-_–—=*~]/.test(text);
}

/** "- ", "+ ", "• ", "* " list markers at the start of a paragraph. */
const BULLET_RE = /^(?:[-+•*–—●○▪·]\s*)+(?=\S)/;
export function stripBullet(text: string): string {
  return text.replace(BULLET_RE, '');
}
export function hasBullet(text: string): boolean {
  return BULLET_RE.test(text);
}

/**
 * Whether the text ends with one of `chars`. Used instead of a `/[…]$/` test,
 * which scans the whole string: paragraphs grow line by line and are tested
 * after each line.
 */
export function endsWithAny(text: string, chars: string): boolean {
  return text.length > 0 && chars.includes(text.charAt(text.length - 1));
}

/** Trailing list punctuation: ",", ";", ".", "./." and spaces. */
export function dropTrailingPunctuation(text: string): string {
  return text.replace(/[\s,;.:/]+$/, '').trim();
}
