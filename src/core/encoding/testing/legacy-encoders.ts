/**
 * Encoders from Unicode to the legacy Vietnamese encodings, for tests only:
 * they produce the inputs the decoders must read back. They are written
 * differently from the decoders on purpose (TCVN3 from the classic
 * letter-for-letter string pair published with the ABC keyboard; VNI by
 * decomposing each letter into base, diacritic and tone), so a slip in one
 * table does not hide in a round trip.
 */
import iconv from 'iconv-lite';

// TCVN 5712:1993 VN3 as the pair of strings Vietnamese converters have
// circulated since the 1990s (ư is U+00AD, the soft hyphen position).
const UNICODE_LETTERS =
  'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđĂÂĐÊÔƠƯ';
const TCVN3_LETTERS =
  'µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉËÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ®¡¢§£¤¥¦';

const TO_TCVN3 = new Map<string, number>();
[...UNICODE_LETTERS].forEach((ch, i) => TO_TCVN3.set(ch, TCVN3_LETTERS.charCodeAt(i)));

function asciiByte(ch: string, encoding: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 0x80) throw new Error(`${encoding} cannot encode ${JSON.stringify(ch)}`);
  return code;
}

/**
 * Unicode → TCVN3 bytes. Upper-case toned letters have no code point in VN3;
 * like the ABC keyboard with .VnTimeH, they get the lower-case code point.
 */
export function encodeTcvn3(text: string): Uint8Array {
  if (UNICODE_LETTERS.length !== TCVN3_LETTERS.length) throw new Error('TCVN3 test table is misaligned');
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = TO_TCVN3.get(ch) ?? TO_TCVN3.get(ch.toLowerCase());
    out.push(direct ?? asciiByte(ch, 'TCVN3'));
  }
  return Uint8Array.from(out);
}

const TONE_BYTE: Record<string, string> = { '\u0300': 'ø', '\u0301': 'ù', '\u0309': 'û', '\u0303': 'õ', '\u0323': 'ï', '': '' };
const CIRCUMFLEX_BYTE: Record<string, string> = { '': 'â', '\u0301': 'á', '\u0300': 'à', '\u0309': 'å', '\u0303': 'ã', '\u0323': 'ä' };
const BREVE_BYTE: Record<string, string> = { '': 'ê', '\u0301': 'é', '\u0300': 'è', '\u0309': 'ú', '\u0303': 'ü', '\u0323': 'ë' };
const I_BYTE: Record<string, string> = { '': 'i', '\u0301': 'í', '\u0300': 'ì', '\u0309': 'æ', '\u0303': 'ó', '\u0323': 'ò' };

function vniLetter(ch: string): string {
  if (ch === 'đ') return 'ñ';
  if (ch === 'Đ') return 'Ñ';
  const lower = ch.toLowerCase();
  const upper = ch !== lower;
  const parts = lower.normalize('NFD');
  const base = parts[0] ?? '';
  const marks = parts.slice(1);
  const tone = marks.match(/[\u0300\u0301\u0303\u0309\u0323]/u)?.[0] ?? '';
  let out: string;
  if (marks.includes('\u031b')) out = (base === 'o' ? 'ô' : 'ö') + (TONE_BYTE[tone] ?? '');
  else if (marks.includes('\u0302')) out = base + (CIRCUMFLEX_BYTE[tone] ?? '');
  else if (marks.includes('\u0306')) out = base + (BREVE_BYTE[tone] ?? '');
  else if (base === 'i') out = I_BYTE[tone] ?? '';
  else if (base === 'y' && tone === '\u0323') out = 'î';
  else out = base + (TONE_BYTE[tone] ?? '');
  return upper ? out.toUpperCase() : out;
}

/** Unicode → VNI-Windows bytes. */
export function encodeVni(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else for (const b of vniLetter(ch)) out.push(b.charCodeAt(0));
  }
  for (const b of out) if (b > 0xff) throw new Error('VNI test encoder produced a non-byte');
  return Uint8Array.from(out);
}

/**
 * Unicode → Windows-1258, the way Word writes it: base letters with their
 * shape (â ă ê ô ơ ư đ) precomposed, tones as combining marks.
 */
export function encodeWindows1258(text: string): Uint8Array {
  const shaped = text
    .normalize('NFD')
    .replace(/([^\u0300-\u036f])([\u0300-\u036f]+)/gu, (_m, base: string, marks: string) => {
      const shape = marks.replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '');
      const tones = marks.replace(/[^\u0300\u0301\u0303\u0309\u0323]/gu, '');
      return (base + shape).normalize('NFC') + tones;
    });
  return Uint8Array.from(iconv.encode(shaped, 'windows1258'));
}

export function encodeUtf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function encodeUtf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let offset = 0;
  const put = (unit: number): void => {
    view.setUint16(offset, unit, endian === 'le');
    offset += 2;
  };
  if (bom) put(0xfeff);
  for (let i = 0; i < text.length; i += 1) put(text.charCodeAt(i));
  return out;
}

/**
 * What Word does when a document typed in a legacy font is saved as Unicode
 * text: each byte becomes the Windows-1252 character the font's code page
 * gives it (U+00A0–U+00FF are the byte values themselves).
 */
export function legacyBytesAsUnicode(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes);
}

/** Every Vietnamese vowel with every tone, and đ: 134 letters with their capitals. */
export function allVietnameseLetters(): string[] {
  const letters: string[] = [];
  for (const vowel of ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']) {
    for (const tone of ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']) letters.push((vowel + tone).normalize('NFC'));
  }
  letters.push('đ');
  return letters;
}
