import { describe, expect, it } from 'vitest';
import { foldVietnamese, sortVietnamese, squashSpaces } from './vietnamese.ts';

describe('Vietnamese text', () => {
  it.each([
    ['Điện Biên', 'dien bien'],
    ['Huyện ủy  Mường Ảng', 'huyen uy muong ang'],
    ['NGHỊ QUYẾT', 'nghi quyet'],
    ['Tủa Chùa'.normalize('NFD'), 'tua chua'],
  ])('folds %s', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it('sorts in dictionary order', () => {
    const names = ['Đồng', 'Dung', 'Ân', 'An', 'Bình', 'Ăn'];
    expect(sortVietnamese(names, (n) => n)).toEqual(['An', 'Ăn', 'Ân', 'Bình', 'Dung', 'Đồng']);
  });

  it('squashes odd spaces', () => {
    expect(squashSpaces(' a\u00a0\t b \n')).toBe('a b');
  });
});
