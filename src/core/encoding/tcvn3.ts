/**
 * TCVN3 (ABC): the 8-bit Vietnamese encoding of TCVN 5712:1993, table VN3,
 * used by the ".Vn…" fonts (.VnTime, .VnTimeH, .VnArial…) that Vietnamese
 * offices typed in before Unicode (Quyết định 72/2002/QĐ-TTg made Unicode
 * TCVN 6909:2001 mandatory; old files and habits remain).
 *
 * Why a hand-written table: no maintained npm package decodes TCVN3 (iconv-lite
 * and the WHATWG Encoding Standard only know Windows-1258), and the table is
 * small and fixed by the standard.
 *
 * VN3 holds every lower-case letter (67 code points) but only the seven
 * upper-case letters without a tone mark (Ă Â Ê Ô Ơ Ư Đ). Upper-case toned
 * letters were typed by switching to the ".…H" font (.VnTimeH), which draws
 * the *lower-case* code points as capitals; once the font is lost (a .txt, a
 * PDF text layer, a copy-paste) "KẾ HOẠCH" reads back as "KÕ HO¹CH" → "Kế HOạCH".
 * `restoreTcvn3Capitals` recovers the capitals where the context makes it
 * safe (see there); everywhere else the letter stays lower-case, as the table
 * says.
 *
 * The table is keyed by the character a byte becomes under Windows-1252
 * (U+00A1–U+00FE are Latin-1, identical to the byte value), so it decodes raw
 * bytes (after a Windows-1252 decode) and text that was typed in a .Vn font
 * and later saved as Unicode ("ViÖt Nam"), with one code path.
 */

/** TCVN 5712:1993 VN3, byte → letter. Bytes not listed are not letters in VN3. */
export const TCVN3_TABLE: ReadonlyArray<readonly [byte: number, letter: string]> = [
  // Upper-case letters without tone.
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  // Lower-case letters without tone.
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
  // Each vowel with its five tones, in the standard's order: huyền, hỏi, ngã, sắc, nặng.
  [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'],
  [0xbb, 'ằ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xbe, 'ắ'], [0xc6, 'ặ'],
  [0xc7, 'ầ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'],
  [0xcc, 'è'], [0xce, 'ẻ'], [0xcf, 'ẽ'], [0xd0, 'é'], [0xd1, 'ẹ'],
  [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'],
  [0xd7, 'ì'], [0xd8, 'ỉ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'],
  [0xdf, 'ò'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'],
  [0xe5, 'ồ'], [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe8, 'ố'], [0xe9, 'ộ'],
  [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'],
  [0xef, 'ù'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'],
  [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf8, 'ứ'], [0xf9, 'ự'],
  [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'],
];

const CHAR_MAP = new Map<string, string>(TCVN3_TABLE.map(([b, letter]) => [String.fromCharCode(b), letter]));

/** Letters the table produces: they carry no case information of their own (see the module comment). */
const TABLE_LETTERS = new Set(TCVN3_TABLE.map(([, letter]) => letter));
const TABLE_CHARS_RE = /[\u00a1-\u00fe]/g;
/** Whether a (decoded) word holds a letter the table produced. */
const TABLE_LETTER_RE = new RegExp(`[${[...TABLE_LETTERS].join('')}]`);
/** The toned letters, which have no upper-case code point at all in VN3. */
const TONED_LETTERS = new Set(TCVN3_TABLE.filter(([b]) => b >= 0xb5).map(([, letter]) => letter));

/**
 * Maps TCVN3 characters (as Windows-1252/Latin-1 characters) to Unicode,
 * leaving everything else as it is. No case restoration.
 */
export function mapTcvn3Chars(text: string): string {
  return text.replace(TABLE_CHARS_RE, (ch) => CHAR_MAP.get(ch) ?? ch);
}

/** Decodes a line or a text typed in a .Vn font: the table, then `restoreTcvn3Capitals`. */
export function decodeTcvn3Text(text: string): string {
  return text
    .split('\n')
    .map((line) => restoreTcvn3Capitals(mapTcvn3Chars(line)))
    .join('\n');
}

const WORD_RE = /[\p{L}\p{M}]+/gu;
const ASCII_UPPER_RE = /[A-Z]/g;
const ASCII_LOWER_RE = /[a-z]/;

function countMatches(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/**
 * Puts back the capitals that .VnTimeH drew from lower-case code points, using
 * only the ASCII letters (which keep their case in TCVN3) of the words that
 * hold a table letter as evidence (so "KH/TU" in "Sè 82-KH/TU" proves nothing):
 * - a line with no lower-case ASCII letter, whose words with table letters
 *   hold at least three upper-case ASCII letters, was typed in capitals
 *   ("TØNH ñY §IÖN BI£N" → "TỈNH ỦY ĐIỆN BIÊN");
 * - otherwise a word with table letters, no lower-case ASCII letter and at
 *   least two upper-case ones is in capitals ("HO¹CH"), and so is the word
 *   right before or after it (only spaces between) with no lower-case ASCII
 *   letter ("KÕ" in "KÕ HO¹CH");
 * - a line starting with a toned letter starts with a capital ("ñy ban" →
 *   "Ủy ban"): document paragraphs start with one, and a toned capital has no
 *   code point of its own in VN3. (Đ, Ă, Â… do have one, so a line starting
 *   with "®" = "đ" was typed in lower case and stays so.)
 * A short title-case word whose only ASCII letter is its first ("Tù" = "Tự")
 * is left alone: nothing shows it was in capitals.
 */
export function restoreTcvn3Capitals(line: string): string {
  if (!TABLE_LETTER_RE.test(line)) return line;
  const words = [...line.matchAll(WORD_RE)].map((m) => {
    const text = m[0];
    const hasTableLetter = TABLE_LETTER_RE.test(text);
    return { text, index: m.index, hasTableLetter, noLower: !ASCII_LOWER_RE.test(text), upper: countMatches(text, ASCII_UPPER_RE) };
  });
  const evidence = words.filter((w) => w.hasTableLetter).reduce((sum, w) => sum + w.upper, 0);
  const lineInCaps = !ASCII_LOWER_RE.test(line) && evidence >= 3;
  const strong = words.map((w) => lineInCaps || (w.hasTableLetter && w.noLower && w.upper >= 2));
  const spaceBetween = (a: number, b: number): boolean => {
    const left = words[a];
    const right = words[b];
    return left !== undefined && right !== undefined && /^\s+$/.test(line.slice(left.index + left.text.length, right.index));
  };
  const caps = words.map(
    (w, i) =>
      strong[i] === true ||
      (w.noLower && ((strong[i - 1] === true && spaceBetween(i - 1, i)) || (strong[i + 1] === true && spaceBetween(i, i + 1)))),
  );
  let out = '';
  let last = 0;
  words.forEach((w, i) => {
    out += line.slice(last, w.index);
    last = w.index + w.text.length;
    if (!caps[i]) {
      out += w.text;
      return;
    }
    for (const ch of w.text) out += TABLE_LETTERS.has(ch) ? ch.toUpperCase() : ch;
  });
  out += line.slice(last);
  const start = /^[\s\-+*•–.)(\d]*/u.exec(out)?.[0].length ?? 0;
  const first = out[start];
  if (first !== undefined && TONED_LETTERS.has(first)) {
    out = out.slice(0, start) + first.toUpperCase() + out.slice(start + 1);
  }
  return out;
}
