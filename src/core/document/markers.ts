/**
 * Outline markers at the start of a line: Roman sections ("I-", "II.",
 * "III –", OCR "Il."), numbered items ("1.", "1-", "1)"), sub-items
 * ("1.1."), lettered points ("a)", "b-", "đ)"), and articles ("Điều 3.").
 * Each reader returns the marker and the text after it, or null.
 */

export interface Marker {
  number: string;
  /** Value for sequence checks: Roman/Arabic numeral value, letter rank. */
  value: number;
  rest: string;
  /** The Roman numeral had OCR damage (l for I) and was repaired. */
  repaired: boolean;
}

const ROMAN_RE = /^([IVXLl]{1,6})\s*[.\-–—:/)]\s*(.*)$/;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50 };

function romanValue(numeral: string): number | null {
  if (!/^(?:X{0,3})(?:IX|IV|V?I{0,3})$/.test(numeral) || numeral === '') return null;
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const v = ROMAN_VALUES[numeral.charAt(i)] ?? 0;
    const next = ROMAN_VALUES[numeral.charAt(i + 1)] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** "II- NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN", "Il. NHIỆM VỤ" (OCR), "IV –". */
export function romanMarker(text: string): Marker | null {
  const m = ROMAN_RE.exec(text);
  if (!m) return null;
  const raw = m[1] ?? '';
  const rest = (m[2] ?? '').trim();
  // OCR reads I as l (lower-case L); "L" alone is fifty, never a section.
  const repairedNumeral = raw.replace(/l/g, 'I');
  const value = romanValue(repairedNumeral);
  if (value === null || value > 30) return null;
  // The heading text starts with a capital or a quote; "X-quang" is not a section.
  const first = rest.charAt(0);
  if (rest !== '' && first === first.toLowerCase() && !/^["“(]/.test(rest)) return null;
  return { number: repairedNumeral, value, rest, repaired: repairedNumeral !== raw };
}

const ITEM_RE = /^(\d{1,2})\s*(?:[.)]|\s?[-–](?=\s)|-(?=\p{Lu}))\s*(.*)$/u;

/** "1. Tăng cường…", "2- Các huyện ủy…", "3) …". Not "1.000", "2019-2020", "1.1". */
export function itemMarker(text: string): Marker | null {
  const m = ITEM_RE.exec(text);
  if (!m) return null;
  const rest = (m[2] ?? '').trim();
  if (/^\d/.test(rest)) return null;
  if (rest === '') return { number: m[1] ?? '', value: Number(m[1]), rest, repaired: false };
  // A number before a lower-case word is a count in a sentence ("3 tháng").
  const first = rest.charAt(0);
  if (first !== first.toUpperCase() && !/[.)]/.test(text.charAt((m[1] ?? '').length))) return null;
  return { number: String(Number(m[1])), value: Number(m[1]), rest, repaired: false };
}

const SUB_ITEM_RE = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{1,2}))?\.?\s+(\S.*)$/;

/** "1.1. Sở Y tế…", "2.3 …": kept as points numbered "1.1". */
export function subItemMarker(text: string): Marker | null {
  const m = SUB_ITEM_RE.exec(text);
  if (!m) return null;
  const number = [m[1], m[2], m[3]].filter((x) => x !== undefined).join('.');
  return { number, value: Number(m[2]), rest: (m[4] ?? '').trim(), repaired: false };
}

// Vietnamese alphabet order of point letters (no f, j, w, z).
const POINT_LETTERS = 'aăâbcdđeêghiklmnoôơpqrstuưvxy';
const POINT_RE = /^([a-zđ])\s*[)\-–]\s*(.*)$|^([a-zđ])\.\s+(\p{Lu}.*)$/u;

/** "a) …", "b- …", "đ) …", "c. Sở Y tế…". */
export function pointMarker(text: string): Marker | null {
  const m = POINT_RE.exec(text);
  if (!m) return null;
  const letter = m[1] ?? m[3] ?? '';
  const rest = (m[2] ?? m[4] ?? '').trim();
  if (rest === '') return null;
  return { number: letter, value: POINT_LETTERS.indexOf(letter) + 1, rest, repaired: false };
}

/** The point letter expected after `value` (skipping ă, â, ê… which lists do not use). */
export function nextPointValue(value: number): number[] {
  const letters = 'abcdđeghiklmnopqrstuvxy';
  const current = POINT_LETTERS.charAt(value - 1);
  const i = letters.indexOf(current);
  const out = [POINT_LETTERS.indexOf(letters.charAt(i + 1)) + 1];
  // "đ" is often skipped ("d)" then "e)").
  if (current === 'd') out.push(POINT_LETTERS.indexOf('e') + 1);
  return out;
}

const ARTICLE_RE = /^[ĐđD]i[ềêeé]u\s+(\d{1,3})\s*[.:\-–]?\s*(.*)$/u;

/** "Điều 1. Ban hành kèm theo…", "Điều 3: …". */
export function articleMarker(text: string): Marker | null {
  const m = ARTICLE_RE.exec(text);
  if (!m) return null;
  const rest = (m[2] ?? '').trim();
  if (rest !== '' && /^(?:này|trên|của|sau|nêu|khoản)/.test(rest)) return null;
  return { number: `Điều ${Number(m[1])}`, value: Number(m[1]), rest, repaired: false };
}

export function isAnyMarker(text: string): boolean {
  return romanMarker(text) !== null || itemMarker(text) !== null || articleMarker(text) !== null || pointMarker(text) !== null;
}
