/**
 * Numbers and symbols of documents ("số và ký hiệu").
 *
 * Party style (Hướng dẫn 36-HD/VPTW): number, hyphen, type, slash, issuer —
 * "82-KH/TU", "367-QĐ/TWĐTN-VP". State style (Nghị định 30/2020/NĐ-CP):
 * number, slash, [year, slash,] type-issuer — "5257/KH-UBND",
 * "09/2019/NĐ-CP", "1661/NQ-UBTVQH15". Extracted text adds stray spaces
 * ("367 - QĐ/TWĐTN-VP") and glues the next word on ("51-KL/TWngày"); both are
 * tolerated and the symbol is returned without spaces.
 */
import { GENRE_ALTERNATION } from './vocab.ts';

// A symbol part: capitals (Đ included) and digits, at least two characters.
// Lower-case letters occur inside some ("GDTrH") and as the tail of others
// (TTg, QĐi, CTr): inside when a capital or digit follows, as a tail when no
// letter does. So "TW" in "TWngày" ends cleanly, and "Hà" is not a part.
// Ư/Ơ/Â… occur through OCR and typing ("445-KL/TƯ" for TW) and are kept as written.
const PART = String.raw`[A-ZĐƯƠÂĂÊÔ](?:[A-ZĐƯƠÂĂÊÔ0-9]|[a-z](?=[A-ZĐ0-9]))+(?:[gir](?!\p{L}))?(?!\p{Lu})`;
const SEP = String.raw`[ ]{0,2}[-–—/][ ]{0,2}`;
const SYMBOL_SOURCE = String.raw`(?<![\p{L}\d/.])\d{1,5}(?:${SEP}(?:19|20)\d{2})?(?:${SEP}${PART}){1,5}`;

/** Global scanner for symbols anywhere in a text. */
export function symbolScanner(): RegExp {
  return new RegExp(SYMBOL_SOURCE, 'gu');
}

const GENRE_BEFORE_RE = new RegExp(`(?:${GENRE_ALTERNATION}|van ban)\\s*$`);

const SYMBOL_AT_RE = new RegExp(String.raw`\d{1,5}(?:${SEP}(?:19|20)\d{2})?(?:${SEP}${PART}){1,5}`, 'uy');

/** Removes spaces, makes dashes plain hyphens. Null when it is not a symbol (no slash). */
function cleanSymbol(matched: string): string | null {
  const symbol = matched.replace(/\s+/g, '').replace(/[–—]/g, '-');
  return symbol.includes('/') ? symbol : null;
}

/** Reads a symbol starting exactly at `pos`. */
export function readSymbolAt(text: string, pos: number): { symbol: string; end: number } | null {
  SYMBOL_AT_RE.lastIndex = pos;
  const m = SYMBOL_AT_RE.exec(text);
  if (!m) return null;
  const symbol = cleanSymbol(m[0]);
  return symbol === null ? null : { symbol, end: pos + m[0].length };
}

/**
 * "Số 82-KH/TU", "Số: 5257/KH-UBND", "Số:82/KH-UBND", "SỐ 12 - KH/HU" (also
 * OCR "Sô", "Sổ", "So"), anywhere in a header cell. Returns the symbol and
 * where the "Số" starts and the symbol ends, or `blank` when the number was
 * left empty to be filled in by hand ("Số:      /KH-UBND").
 */
export function findNumber(
  text: string,
  folded: string,
): { symbol: string | null; start: number; end: number } | null {
  const re = /(?:^|[^a-z0-9])so\s*[:.]?\s*/g;
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const after = m.index + m[0].length;
    const first = text.charAt(start);
    // "số" in running text is lower case; the header field is capitalised,
    // and a capitalised title's "NGHỊ QUYẾT SỐ 35/NQ-CP" is a citation.
    if (first !== 'S' || GENRE_BEFORE_RE.test(folded.slice(Math.max(0, start - 24), start))) continue;
    const read = readSymbolAt(text, after);
    if (read) return { symbol: read.symbol, start, end: read.end };
    const blank = /^[ .…_]*\/\s*[A-ZĐ]/.exec(text.slice(after, after + 40));
    if (blank) return { symbol: null, start, end: after + blank[0].length - 1 };
  }
  return null;
}
