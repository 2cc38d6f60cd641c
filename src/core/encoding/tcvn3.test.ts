import { describe, expect, it } from 'vitest';
import { decodeTcvn3Text, mapTcvn3Chars, TCVN3_TABLE } from './tcvn3.ts';
import { allVietnameseLetters, encodeTcvn3, legacyBytesAsUnicode } from './testing/legacy-encoders.ts';

const fromBytes = (bytes: number[]): string => legacyBytesAsUnicode(Uint8Array.from(bytes));
const tcvn3 = (text: string): string => decodeTcvn3Text(legacyBytesAsUnicode(encodeTcvn3(text)));

describe('TCVN3 table (TCVN 5712:1993 VN3)', () => {
  it('has the 67 lower-case letters and 7 capitals, each on its own byte', () => {
    expect(TCVN3_TABLE).toHaveLength(74);
    expect(new Set(TCVN3_TABLE.map(([b]) => b)).size).toBe(74);
    expect(new Set(TCVN3_TABLE.map(([, l]) => l)).size).toBe(74);
    for (const [b] of TCVN3_TABLE) expect(b).toBeGreaterThanOrEqual(0xa1);
  });

  // Hand-checked against the published VN3 chart and text known from
  // documents of the period ("Céng hoµ x· héi chñ nghÜa ViÖt Nam").
  it.each([
    [[0x56, 0x69, 0xd6, 0x74], 'Việt'],
    [[0xa7, 0xb6, 0x6e, 0x67], 'Đảng'],
    [[0x6e, 0x67, 0xad, 0xea, 0x69], 'người'],
    [[0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7], 'ĂÂÊÔƠƯĐ'],
    [[0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae], 'ăâêôơưđ'],
    [[0x78, 0xb7], 'xã'],
    [[0x71, 0x75, 0xfd], 'quý'],
  ])('bytes %j are %s', (bytes, expected) => {
    expect(mapTcvn3Chars(fromBytes(bytes))).toBe(expected);
  });

  it.each([
    ['Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'Cộng hoà xã hội chủ nghĩa Việt Nam'],
    ['§éc lËp - Tù do - H¹nh phóc', 'Độc lập - Tự do - Hạnh phúc'],
    ['TØnh ñy §iÖn Biªn', 'Tỉnh ủy Điện Biên'],
    ['KÕ ho¹ch thùc hiÖn KÕt luËn sè 51-KL/TW', 'Kế hoạch thực hiện Kết luận số 51-KL/TW'],
    ['§Þnh kú 06 th¸ng b¸o c¸o', 'Định kỳ 06 tháng báo cáo'],
  ])('decodes %s', (legacy, expected) => {
    expect(decodeTcvn3Text(legacy)).toBe(expected);
  });
});

describe('TCVN3 capitals typed with .VnTimeH', () => {
  it.each([
    ['a line in capitals', 'TØNH ñY §IÖN BI£N', 'TỈNH ỦY ĐIỆN BIÊN'],
    ['a title', 'KÕ HO¹CH', 'KẾ HOẠCH'],
    ['a word in capitals inside a sentence', 'thùc hiÖn KÕ HO¹CH nµy', 'thực hiện KẾ HOẠCH này'],
    ['a paragraph starting with a toned capital', 'ñy ban nh©n d©n tØnh', 'Ủy ban nhân dân tỉnh'],
    ['a numbered paragraph starting with one', '3. ñy ban MÆt trËn', '3. Ủy ban Mặt trận'],
    ['a lower-case đ at line start, which has its own capital', '®¶ng ñy', 'đảng ủy'],
    ['a short title-case word: no evidence, stays lower-case', 'Tù do', 'Tự do'],
    ['a document symbol is no evidence', 'Sè 82-KH/TU', 'Số 82-KH/TU'],
    ['a capital word with no table letter is no evidence for its neighbour', 'Bé Y TÕ', 'Bộ Y Tế'],
    ['a toned capital mid-sentence: no evidence, lower-case as the table says', 'c¸c ñy ban', 'các ủy ban'],
  ])('%s', (_what, legacy, expected) => {
    expect(decodeTcvn3Text(legacy)).toBe(expected);
  });
});

describe('TCVN3 round trip of every letter with every tone', () => {
  const letters = allVietnameseLetters();
  // Each letter between consonants, so upper-case words carry ASCII evidence.
  const lower = letters.map((l) => `ng${l}t`).join(' ');
  const upper = lower.toUpperCase();
  const title = letters.map((l) => `Ng${l}t`).join(' ');

  it('lower case', () => {
    expect(tcvn3(lower)).toBe(lower);
  });
  it('upper case (.VnTimeH lines)', () => {
    expect(tcvn3(upper)).toBe(upper);
  });
  it('title case', () => {
    expect(tcvn3(title)).toBe(title);
  });
  it('bare capitals come back lower-case except the seven VN3 has', () => {
    const bare = letters.map((l) => l.toUpperCase()).join(' ');
    const expected = letters.map((l) => ('ĂÂÊÔƠƯĐ'.includes(l.toUpperCase()) || l === l.normalize('NFD') ? l.toUpperCase() : l)).join(' ');
    // The first letter of the line is a capital (line-start rule).
    expect(tcvn3(`x ${bare}`)).toBe(`x ${expected}`);
  });
});
