/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import reference from '../../../assets/documents/82-KH-TU_dien-bien_2019-08-27.txt?raw';
import { decodeText, repairLegacyFontText, type DetectedEncoding } from './decode.ts';
import {
  encodeTcvn3,
  encodeUtf16,
  encodeUtf8,
  encodeVni,
  encodeWindows1258,
  legacyBytesAsUnicode,
} from './testing/legacy-encoders.ts';

const SEED = [
  'TỈNH ỦY ĐIỆN BIÊN',
  'KẾ HOẠCH thực hiện Kết luận số 51-KL/TW của Ban Bí thư',
  'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc tỉnh xây dựng chương trình, kế hoạch thực hiện.',
  'Định kỳ 06 tháng báo cáo kết quả về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy).',
].join('\n');

// Real Vietnamese with many Latin-1 letters (à á â ã è é ê ì í ò ó ô õ ù ú ý),
// the ones a legacy table would remap: must never be taken for TCVN3 or VNI.
const LATIN1_HEAVY = [
  'Tôi yêu quê hương, cô giáo dạy các em học sinh ở vùng cao.',
  'Bà Võ Thị Sáu, ông Tô Vĩnh Diện, chú bé Lượm; Hà Nội, Huế, Đà Nẵng, Cà Mau.',
  'Ý kiến góp ý của Mặt trận Tổ quốc: tháo gỡ khó khăn, bảo đảm công bằng.',
].join('\n');

const issueMessages = (bytes: Uint8Array): string[] => decodeText(bytes).issues.map((i) => i.message);

describe('decodeText', () => {
  it.each<[string, Uint8Array, DetectedEncoding, string]>([
    ['ASCII', encodeUtf8('Ke hoach so 82-KH/TU'), 'utf-8', 'Ke hoach so 82-KH/TU'],
    ['UTF-8', encodeUtf8(SEED), 'utf-8', SEED],
    ['UTF-8 with a BOM', Uint8Array.of(0xef, 0xbb, 0xbf, ...encodeUtf8(SEED)), 'utf-8', SEED],
    ['UTF-8 NFD (macOS)', encodeUtf8(SEED.normalize('NFD')), 'utf-8', SEED],
    ['UTF-8 full of Latin-1 letters', encodeUtf8(LATIN1_HEAVY), 'utf-8', LATIN1_HEAVY],
    ['UTF-16 LE with BOM', encodeUtf16(SEED, 'le', true), 'utf-16le', SEED],
    ['UTF-16 BE with BOM', encodeUtf16(SEED, 'be', true), 'utf-16be', SEED],
    ['UTF-16 LE without BOM', encodeUtf16(SEED, 'le', false), 'utf-16le', SEED],
    ['Windows-1258', encodeWindows1258(SEED), 'windows-1258', SEED],
    ['Windows-1258 full of Latin-1 letters', encodeWindows1258(LATIN1_HEAVY), 'windows-1258', LATIN1_HEAVY],
    ['VNI', encodeVni(SEED), 'vni', SEED],
    ['VNI full of Latin-1 letters', encodeVni(LATIN1_HEAVY), 'vni', LATIN1_HEAVY],
    ['VNI saved as UTF-8', encodeUtf8(legacyBytesAsUnicode(encodeVni(SEED))), 'vni-in-unicode', SEED],
    ['VNI saved as UTF-16', encodeUtf16(legacyBytesAsUnicode(encodeVni(SEED)), 'le', true), 'vni-in-unicode', SEED],
    ['a short VNI line saved as UTF-8', encodeUtf8('Vieät Nam'), 'vni-in-unicode', 'Việt Nam'],
    ['a short TCVN3 line saved as UTF-8', encodeUtf8('ViÖt Nam'), 'tcvn3-in-unicode', 'Việt Nam'],
    ['Windows-1252 (no Vietnamese)', Uint8Array.of(...encodeWindows1258('Caf'), 0xe9, 0x20, 0x4d, 0xfc, 0x6e), 'windows-1252', 'Café Mün'],
  ])('%s', (_what, bytes, encoding, text) => {
    const result = decodeText(bytes);
    expect(result.encoding).toBe(encoding);
    expect(result.text).toBe(text);
  });

  it.each<[string, Uint8Array, DetectedEncoding]>([
    ['TCVN3', encodeTcvn3(SEED), 'tcvn3'],
    ['TCVN3 saved as UTF-8', encodeUtf8(legacyBytesAsUnicode(encodeTcvn3(SEED))), 'tcvn3-in-unicode'],
    ['TCVN3 saved as UTF-16', encodeUtf16(legacyBytesAsUnicode(encodeTcvn3(SEED)), 'le', true), 'tcvn3-in-unicode'],
  ])('%s (capitals restored where the context shows them)', (_what, bytes, encoding) => {
    const result = decodeText(bytes);
    expect(result.encoding).toBe(encoding);
    expect(result.text.split('\n').slice(0, 2)).toEqual(SEED.split('\n').slice(0, 2));
    expect(result.text.toLowerCase()).toBe(SEED.toLowerCase());
  });

  it('reports what it did, in Vietnamese, only when the input was not plain UTF-8 NFC', () => {
    expect(issueMessages(encodeUtf8(SEED))).toEqual([]);
    expect(issueMessages(Uint8Array.of(0xef, 0xbb, 0xbf, ...encodeUtf8(SEED)))).toEqual([]);
    expect(issueMessages(encodeTcvn3(SEED))).toEqual([expect.stringMatching(/^Văn bản mã TCVN3 \(ABC.*đã chuyển sang Unicode/)]);
    expect(issueMessages(encodeVni(SEED))).toEqual([expect.stringMatching(/^Văn bản mã VNI.*đã chuyển sang Unicode$/)]);
    expect(issueMessages(encodeWindows1258(SEED))).toEqual(['Văn bản mã Windows-1258, đã chuyển sang Unicode']);
    expect(issueMessages(encodeUtf8(SEED.normalize('NFD')))).toEqual([expect.stringContaining('NFD')]);
    expect(issueMessages(encodeUtf8('ViÖt Nam'))).toEqual([expect.stringContaining('phông TCVN3')]);
    for (const i of decodeText(encodeTcvn3(SEED)).issues) expect(i).toMatchObject({ code: 'ENCODING_DETECTED', line: null });
  });

  describe('the reference plan (82-KH/TU) in every encoding', () => {
    it.each<[string, Uint8Array, DetectedEncoding]>([
      ['UTF-8', encodeUtf8(reference), 'utf-8'],
      ['UTF-16 LE', encodeUtf16(reference, 'le', true), 'utf-16le'],
      ['Windows-1258', encodeWindows1258(reference), 'windows-1258'],
      ['VNI', encodeVni(reference), 'vni'],
      ['VNI saved as UTF-8', encodeUtf8(legacyBytesAsUnicode(encodeVni(reference))), 'vni-in-unicode'],
    ])('%s', (_what, bytes, encoding) => {
      const result = decodeText(bytes);
      expect(result.encoding).toBe(encoding);
      expect(result.text).toBe(reference);
    });

    it.each<[string, Uint8Array, DetectedEncoding]>([
      ['TCVN3', encodeTcvn3(reference), 'tcvn3'],
      ['TCVN3 saved as UTF-8', encodeUtf8(legacyBytesAsUnicode(encodeTcvn3(reference))), 'tcvn3-in-unicode'],
    ])('%s', (_what, bytes, encoding) => {
      const result = decodeText(bytes);
      expect(result.encoding).toBe(encoding);
      expect(result.text.toLowerCase()).toBe(reference.toLowerCase());
      const lines = result.text.split('\n');
      for (const heading of [' \tTỈNH ỦY ĐIỆN BIÊN', '\tĐẢNG CỘNG SẢN VIỆT NAM', 'KẾ HOẠCH ', 'I- MỤC ĐÍCH, YÊU CẦU', 'III- TỔ CHỨC THỰC HIỆN']) {
        expect(lines).toContain(heading);
      }
      expect(lines).toContain('3. Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể tỉnh ');
    });
  });
});

describe('repairLegacyFontText', () => {
  it('converts only the legacy lines of a mixed document', () => {
    const header = 'ĐẢNG CỘNG SẢN VIỆT NAM\nĐiện Biên, ngày 27 tháng 8 năm 2019';
    const body = legacyBytesAsUnicode(encodeTcvn3('Các huyện ủy xây dựng kế hoạch thực hiện.\nBáo cáo kết quả về Ban Thường vụ Tỉnh ủy.'));
    const result = repairLegacyFontText(`${header}\n${body}`);
    expect(result.font).toBe('tcvn3');
    expect(result.text).toBe(`${header}\nCác huyện ủy xây dựng kế hoạch thực hiện.\nBáo cáo kết quả về Ban Thường vụ Tỉnh ủy.`);
  });

  it.each([
    ['plain Vietnamese', SEED],
    ['Vietnamese full of Latin-1 letters', LATIN1_HEAVY],
    ['French', 'Le café de la Société générale à Genève'],
    ['German', 'Müller und Söhne, Straße'],
    ['symbols', '§ 3 — 25°C, © 2019, ½ giờ'],
  ])('leaves %s alone', (_what, text) => {
    expect(repairLegacyFontText(text)).toEqual({ text, font: null, issues: [] });
  });
});
