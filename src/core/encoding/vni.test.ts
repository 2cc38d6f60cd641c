import { describe, expect, it } from 'vitest';
import { decodeVniText } from './vni.ts';
import { allVietnameseLetters, encodeVni, legacyBytesAsUnicode } from './testing/legacy-encoders.ts';

const vni = (text: string): string => decodeVniText(legacyBytesAsUnicode(encodeVni(text)));

describe('VNI-Windows', () => {
  // Hand-checked: these are the forms VNI text is recognised by.
  it.each([
    ['Vieät Nam', 'Việt Nam'],
    ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc'],
    ['Ñaûng', 'Đảng'],
    ['ñöôïc', 'được'],
    ['naêm', 'năm'],
    ['ñaëc bieät', 'đặc biệt'],
    ['khaúng ñònh', 'khẳng định'],
    ['saün saøng', 'sẵn sàng'],
    ['tænh uûy', 'tỉnh ủy'],
    ['ñòa phöông', 'địa phương'],
    ['thuôû', 'thuở'],
    ['CHUÛ NGHÓA VIEÄT NAM', 'CHỦ NGHĨA VIỆT NAM'],
    ['UÛy ban', 'Ủy ban'],
    ['Uûy ban', 'Ủy ban'], // mixed-case modifier, as some keyboards produce
    ['kyø hoïp', 'kỳ họp'],
    ['Mî', 'Mỵ'],
  ])('decodes %s', (legacy, expected) => {
    expect(decodeVniText(legacy)).toBe(expected);
  });

  it('decodes the bytes of "Việt Nam"', () => {
    expect(decodeVniText(legacyBytesAsUnicode(Uint8Array.from([0x56, 0x69, 0x65, 0xe4, 0x74, 0x20, 0x4e, 0x61, 0x6d])))).toBe('Việt Nam');
  });

  const letters = allVietnameseLetters();
  it.each([
    ['lower case', letters.map((l) => `ng${l}t`).join(' ')],
    ['upper case', letters.map((l) => `ng${l}t`).join(' ').toUpperCase()],
    ['title case', letters.map((l) => `Ng${l}t`).join(' ')],
    ['bare letters', letters.join(' ')],
    ['bare capitals', letters.map((l) => l.toUpperCase()).join(' ')],
  ])('round-trips every letter with every tone, %s', (_what, text) => {
    expect(vni(text)).toBe(text);
  });
});
