import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable, scoreVietnamese } from './score.ts';

describe('isVietnameseSyllable', () => {
  it.each([
    'quốc', 'giữ', 'gì', 'gìn', 'nghiêng', 'khuỷu', 'thuở', 'oanh', 'xuyên', 'khuya', 'huých', 'quýt',
    'ngoằn', 'hoạch', 'hoài', 'hòa', 'hoà', 'khỏe', 'khoẻ', 'hủy', 'huỷ', 'người', 'rượu', 'yêu', 'ở',
    'uống', 'tuần', 'thuế', 'đấy', 'quyết', 'nguyễn', 'kìa', 'mùa', 'của', 'gửi', 'nhiều', 'toán',
    'giường', 'già', 'Đảng', 'TỈNH', 'Việt',
  ])('accepts %s', (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });

  it.each([
    ['Vieät', 'VNI read as Unicode: ä is not a Vietnamese letter'],
    ['ViÖt', 'TCVN3 read as Unicode: a capital after a small letter'],
    ['ñi', 'VNI đ read as Unicode: a tone mark on a consonant'],
    ['boồ', 'no such vowel run'],
    ['chaỏp', 'a glide-final rhyme with a final consonant'],
    ['hõt', 'ngã on a syllable closed by t'],
    ['đât', 'level tone on a syllable closed by t'],
    ['nghò', 'ngh before o'],
    ['hoă', 'ă without a final consonant'],
    ['quaì', 'tone on the glide of a falling diphthong'],
    ['tiềnn', 'no such final'],
  ])('rejects %s (%s)', (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });
});

describe('scoreVietnamese', () => {
  it('counts only words with a non-ASCII letter, ignores acronyms and lone symbols', () => {
    expect(scoreVietnamese('Ke hoach HĐND § © ½')).toMatchObject({ valid: 0, invalid: 0, total: 0 });
  });

  it('rewards frequent words and penalises gibberish and decoding noise', () => {
    expect(scoreVietnamese('của các tỉnh')).toMatchObject({ valid: 3, common: 3, total: 9 });
    expect(scoreVietnamese('Vieät Nam')).toMatchObject({ valid: 0, invalid: 1, total: -2 });
    expect(scoreVietnamese('a\u0081b\ufffd')).toMatchObject({ noise: 2, total: -4 });
  });
});
