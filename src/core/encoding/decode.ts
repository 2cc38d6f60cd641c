/**
 * The one door for the bytes of a text file: whatever Vietnamese encoding an
 * office produced, out comes Unicode NFC and a note of what was done.
 *
 * Order of evidence, strongest first:
 * 1. a byte-order mark (UTF-8, UTF-16 LE/BE);
 * 2. UTF-16 without a mark (every other byte NUL in Latin text);
 * 3. valid UTF-8 (legacy 8-bit text with any byte ≥ 0x80 is almost never
 *    valid UTF-8 by accident) — then the *content* is checked for a legacy
 *    font, because a document typed in .VnTime or VNI-Times and saved as
 *    "Unicode" keeps its font's characters ("ViÖt Nam", "Vieät Nam");
 * 4. otherwise each 8-bit reading (Windows-1258, TCVN3, VNI) is scored by how
 *    Vietnamese it looks (`scoreVietnamese`) and the best one wins; when no
 *    reading looks Vietnamese, Windows-1252.
 *
 * Decoding uses TextDecoder (the WHATWG Encoding Standard, in Node and every
 * browser), which knows UTF-16, Windows-1252 and Windows-1258, so this module
 * needs neither Buffer nor iconv-lite and stays usable in the web app.
 */
import type { ParseIssue } from '../document/types.ts';
import { scoreVietnamese, type VietnameseScore } from './score.ts';
import { decodeTcvn3Text } from './tcvn3.ts';
import { decodeVniText } from './vni.ts';

export const DETECTED_ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1258',
  'windows-1252',
  'tcvn3',
  'vni',
  /** Unicode (UTF-8 or UTF-16) whose characters are those of a .Vn (TCVN3) font. */
  'tcvn3-in-unicode',
  /** Unicode (UTF-8 or UTF-16) whose characters are those of a VNI font. */
  'vni-in-unicode',
] as const;
export type DetectedEncoding = (typeof DETECTED_ENCODINGS)[number];

export const LEGACY_FONTS = ['tcvn3', 'vni'] as const;
export type LegacyFont = (typeof LEGACY_FONTS)[number];

export interface DecodedText {
  text: string;
  encoding: DetectedEncoding;
  issues: ParseIssue[];
}

export interface RepairedText {
  text: string;
  /** The legacy font found in the text, or null when it was plain Unicode. */
  font: LegacyFont | null;
  issues: ParseIssue[];
}

const FONT_NAMES: Record<LegacyFont, string> = {
  tcvn3: 'TCVN3 (ABC, phông .VnTime)',
  vni: 'VNI (phông VNI-Times)',
};
const TCVN3_CAPITALS_NOTE =
  '; chữ in hoa có dấu gõ bằng phông .VnTimeH có thể bị đọc thành chữ thường, cần soát lại';

function issue(message: string): ParseIssue {
  return { code: 'ENCODING_DETECTED', message, line: null };
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { ignoreBOM: true });
const windows1252 = new TextDecoder('windows-1252');
const windows1258 = new TextDecoder('windows-1258');

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8Fatal.decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes the bytes of a text file into Unicode NFC. Never throws. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    return fromUnicode(tryUtf8(body) ?? utf8Lenient.decode(body), 'utf-8', null);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return fromUnicode(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le', 'Văn bản mã UTF-16 LE');
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return fromUnicode(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be', 'Văn bản mã UTF-16 BE');
  }
  const utf16 = sniffUtf16WithoutBom(bytes);
  if (utf16 !== null) {
    return fromUnicode(utf16.text, utf16.encoding, `Văn bản mã ${utf16.encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'} (không có BOM)`);
  }
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return fromUnicode(utf8, 'utf-8', null);
  return fromEightBit(bytes);
}

/** `carrier`: how to name the Unicode form in the issue, or null for plain UTF-8. */
function fromUnicode(raw: string, encoding: 'utf-8' | 'utf-16le' | 'utf-16be', carrier: string | null): DecodedText {
  const nfc = raw.normalize('NFC');
  const issues: ParseIssue[] = [];
  if (carrier !== null) issues.push(issue(`${carrier}, đã chuyển sang UTF-8 (Unicode dựng sẵn NFC)`));
  else if (nfc !== raw) issues.push(issue('Văn bản Unicode tổ hợp (NFD), đã chuẩn hoá sang Unicode dựng sẵn (NFC)'));
  const repaired = repairLegacyFontText(nfc);
  issues.push(...repaired.issues);
  const detected: DetectedEncoding = repaired.font === null ? encoding : `${repaired.font}-in-unicode`;
  return { text: repaired.text, encoding: detected, issues };
}

interface Candidate {
  encoding: EightBit;
  text: string;
  score: VietnameseScore;
}

type EightBit = 'windows-1258' | 'tcvn3' | 'vni';

function decodeEightBit(bytes: Uint8Array, encoding: EightBit): string {
  if (encoding === 'windows-1258') return windows1258.decode(bytes).normalize('NFC');
  const latin = windows1252.decode(bytes);
  return (encoding === 'tcvn3' ? decodeTcvn3Text(latin) : decodeVniText(latin)).normalize('NFC');
}

/** Enough text to tell the encodings apart; the winner then decodes everything. */
const SAMPLE_BYTES = 256 * 1024;

function fromEightBit(bytes: Uint8Array): DecodedText {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  // Ties go to the earlier entry: Windows-1258 is the only one of the three
  // that is a registered charset, then TCVN3, the national standard.
  let best: Candidate | null = null;
  for (const encoding of ['windows-1258', 'tcvn3', 'vni'] as const) {
    const text = decodeEightBit(sample, encoding);
    const candidate = { encoding, text, score: scoreVietnamese(text) };
    if (best === null || candidate.score.total > best.score.total) best = candidate;
  }
  // Vietnamese when the best reading is mostly syllables and does at least
  // as well as reading the bytes as plain Western text (ties: this is a
  // Vietnamese system).
  const western = scoreVietnamese(windows1252.decode(sample)).total;
  if (best === null || best.score.valid <= best.score.invalid || best.score.total < western) {
    return {
      text: windows1252.decode(bytes).normalize('NFC'),
      encoding: 'windows-1252',
      issues: [issue('Không nhận ra bảng mã tiếng Việt; đã đọc theo Windows-1252, cần kiểm tra lại dấu tiếng Việt')],
    };
  }
  const message =
    best.encoding === 'windows-1258'
      ? 'Văn bản mã Windows-1258, đã chuyển sang Unicode'
      : `Văn bản mã ${FONT_NAMES[best.encoding]}, đã chuyển sang Unicode${best.encoding === 'tcvn3' ? TCVN3_CAPITALS_NOTE : ''}`;
  return { text: decodeEightBit(bytes, best.encoding), encoding: best.encoding, issues: [issue(message)] };
}

const LATIN1_HIGH_RE = /[\u00a1-\u00ff]/;
// Vietnamese letters outside Latin-1 (ă đ ơ ư and the toned letters): a text
// decoded from a legacy font's bytes never contains them, Unicode text does.
const VIETNAMESE_BEYOND_LATIN1_RE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

/**
 * Finds text typed in a legacy Vietnamese font inside Unicode text and
 * converts it. Used for .txt content and for the text mammoth or pdf.js
 * extract from a .docx or a PDF typed in .VnTime/VNI-Times. Decides the font
 * on the whole text, then line by line, so a Unicode letterhead above a
 * TCVN3 body comes out right. Never throws.
 */
export function repairLegacyFontText(input: string): RepairedText {
  const text = input.normalize('NFC');
  const lines = text.split('\n');
  // A line holding Vietnamese letters outside Latin-1 is Unicode already:
  // legacy text, whatever route it took, never has them. Only the other
  // lines with Latin-1 letters are candidates, and only they are scored, so
  // genuine Unicode text cannot outvote itself into a conversion.
  const candidate = lines.map((line) => LATIN1_HIGH_RE.test(line) && !VIETNAMESE_BEYOND_LATIN1_RE.test(line));
  const sample = lines
    .filter((_, i) => candidate[i])
    .join('\n')
    .slice(0, SAMPLE_BYTES);
  if (sample === '') return { text, font: null, issues: [] };
  const base = scoreVietnamese(sample).total;
  const options = LEGACY_FONTS.map((font) => {
    const decode = font === 'tcvn3' ? decodeTcvn3Text : decodeVniText;
    return { font, decode, total: scoreVietnamese(decode(sample)).total };
  });
  const best = options.reduce((a, b) => (b.total > a.total ? b : a));
  // One word turned from gibberish into a syllable gains at least 3.
  if (best.total < base + 3) return { text, font: null, issues: [] };

  let converted = 0;
  const out = lines.map((line, i) => {
    if (!candidate[i]) return line;
    const decoded = best.decode(line).normalize('NFC');
    // Ties follow the document.
    if (scoreVietnamese(decoded).total < scoreVietnamese(line).total) return line;
    converted += 1;
    return decoded;
  });
  if (converted === 0) return { text, font: null, issues: [] };
  const withLatin1 = lines.filter((line) => LATIN1_HIGH_RE.test(line)).length;
  const share = converted === withLatin1 ? '' : ` (${converted}/${withLatin1} dòng)`;
  const note = best.font === 'tcvn3' ? TCVN3_CAPITALS_NOTE : '';
  const message = `Văn bản gõ bằng phông ${FONT_NAMES[best.font]} nhưng lưu dưới dạng Unicode, đã chuyển sang Unicode${share}${note}`;
  return { text: out.join('\n'), font: best.font, issues: [issue(message)] };
}

/**
 * UTF-16 saved without a byte-order mark: in Vietnamese text most characters
 * are ASCII or in U+1Exx, so one byte of each pair is mostly NUL or 0x1E while
 * the other rarely is. Checked on the first 4 KB, then confirmed by decoding.
 */
function sniffUtf16WithoutBom(bytes: Uint8Array): { text: string; encoding: 'utf-16le' | 'utf-16be' } | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, 4096);
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 1) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) evenZero += 1;
      else oddZero += 1;
    }
  }
  const half = n / 2;
  let encoding: 'utf-16le' | 'utf-16be' | null = null;
  if (oddZero > 0.4 * half && evenZero < 0.05 * half) encoding = 'utf-16le';
  else if (evenZero > 0.4 * half && oddZero < 0.05 * half) encoding = 'utf-16be';
  if (encoding === null) return null;
  const text = new TextDecoder(encoding).decode(bytes);
  let plausible = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    const ok =
      c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c <= 0x24f) || (c >= 0x300 && c <= 0x36f) ||
      (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2000 && c <= 0x206f);
    if (ok) plausible += 1;
  }
  return plausible >= 0.95 * text.length ? { text, encoding } : null;
}
