/**
 * VNI (VNI-Windows): the 8-bit encoding of the "VNI-…" fonts (VNI-Times,
 * VNI-Helve…) sold by VNI Software, the other pre-Unicode habit of Vietnamese
 * offices. It is a vendor encoding (no national standard); the table below is
 * the VNI-Windows font layout that Unikey, Vietkey and the VNI converter all
 * implement.
 *
 * Why hand-written: no maintained npm package decodes VNI (iconv-lite and the
 * WHATWG Encoding Standard only know Windows-1258).
 *
 * Layout: a vowel is its ASCII base letter followed by one modifier byte that
 * carries the diacritic and/or the tone ("Vieät" = V i e+ä t, ä = circumflex +
 * dot below). Eleven letters are single bytes instead: ơ ư đ, the five toned
 * i's and ỵ; ơ and ư then take a tone byte ("ñöôïc" = được). Upper-case
 * letters use the upper-case Latin-1 byte (0x20 lower) for both base and
 * modifier; the decoder accepts either case of modifier and takes the case
 * from the base letter, since mixed typing ("Vieät" in a caps line) happens.
 *
 * Keyed, like TCVN3, by the character a byte becomes under Windows-1252, so
 * raw bytes and VNI text saved as Unicode ("Vieät Nam") decode the same way.
 */

/** Modifier byte (lower-case form) → combining marks (Unicode, NFD order irrelevant: we NFC). */
export const VNI_MODIFIERS: ReadonlyArray<readonly [modifier: string, marks: string, bases: string]> = [
  // Tone only: any vowel.
  ['ø', '\u0300', 'aeiouyơư'], // huyền
  ['ù', '\u0301', 'aeiouyơư'], // sắc
  ['û', '\u0309', 'aeiouyơư'], // hỏi
  ['õ', '\u0303', 'aeiouyơư'], // ngã
  ['ï', '\u0323', 'aeiouyơư'], // nặng
  // Circumflex (â ê ô), alone or with a tone.
  ['â', '\u0302', 'aeo'],
  ['á', '\u0302\u0301', 'aeo'],
  ['à', '\u0302\u0300', 'aeo'],
  ['å', '\u0302\u0309', 'aeo'],
  ['ã', '\u0302\u0303', 'aeo'],
  ['ä', '\u0302\u0323', 'aeo'],
  // Breve (ă), alone or with a tone.
  ['ê', '\u0306', 'a'],
  ['é', '\u0306\u0301', 'a'],
  ['è', '\u0306\u0300', 'a'],
  ['ú', '\u0306\u0309', 'a'],
  ['ü', '\u0306\u0303', 'a'],
  ['ë', '\u0306\u0323', 'a'],
];

/** Single-byte letters (lower-case form). */
export const VNI_SINGLE_LETTERS: ReadonlyArray<readonly [byte: string, letter: string]> = [
  ['ô', 'ơ'],
  ['ö', 'ư'],
  ['ñ', 'đ'],
  ['í', 'í'],
  ['ì', 'ì'],
  ['æ', 'ỉ'],
  ['ó', 'ĩ'],
  ['ò', 'ị'],
  ['î', 'ỵ'],
];

/** (base letter + modifier char) → composed letter, both cases of each. */
const PAIRS = new Map<string, string>();
/** Single byte → letter, both cases. */
const SINGLES = new Map<string, string>();

for (const [modifier, marks, bases] of VNI_MODIFIERS) {
  for (const base of bases) {
    const lower = (base + marks).normalize('NFC');
    const upper = lower.toUpperCase();
    // Base letters ơ/ư arrive as the single bytes ô/ö: key the pair on those.
    const keyBase = VNI_SINGLE_LETTERS.find(([, letter]) => letter === base)?.[0] ?? base;
    const keyBaseUpper = keyBase.toUpperCase();
    for (const m of [modifier, modifier.toUpperCase()]) {
      PAIRS.set(keyBase + m, lower);
      PAIRS.set(keyBaseUpper + m, upper);
    }
  }
}
for (const [byte, letter] of VNI_SINGLE_LETTERS) {
  SINGLES.set(byte, letter);
  SINGLES.set(byte.toUpperCase(), letter.toUpperCase());
}

const escape = (chars: Iterable<string>): string => [...new Set(chars)].join('');
const BASES = escape([...PAIRS.keys()].map((k) => k[0] ?? ''));
const MODIFIERS = escape([...PAIRS.keys()].map((k) => k[1] ?? ''));
// A base followed by a modifier, or a single-byte letter. No modifier is a
// base or a single, so a pair that is not in the table (e.g. "eê") can be
// emitted as its two characters without missing a later match.
const VNI_RE = new RegExp(`[${BASES}][${MODIFIERS}]|[${escape(SINGLES.keys())}]`, 'g');

/**
 * Maps VNI characters (as Windows-1252/Latin-1 characters) to Unicode, leaving
 * everything else as it is. Longest match first: a base and its modifier
 * before a single byte.
 */
export function decodeVniText(text: string): string {
  return text.replace(VNI_RE, (m) => PAIRS.get(m) ?? (SINGLES.get(m[0] ?? '') ?? m[0] ?? '') + m.slice(1));
}
