import { describe, expect, it } from 'vitest';
import { createResolver, type RegistryEntry } from './resolve.ts';

const unit = (id: string, name: string, ...aliases: string[]): RegistryEntry => ({ ref: { kind: 'unit', id }, name, aliases });
const group = (id: string, name: string, ...aliases: string[]): RegistryEntry => ({ ref: { kind: 'group', id }, name, aliases });

const registry = [
  unit('btv', 'Ban Thường vụ Tỉnh ủy', 'BTV Tỉnh ủy'),
  unit('btg', 'Ban Tuyên giáo Tỉnh ủy', 'BTG Tỉnh ủy'),
  unit('dd-hdnd', 'Đảng đoàn HĐND tỉnh', 'Đảng đoàn Hội đồng nhân dân tỉnh'),
  unit('bcs-ubnd', 'Ban cán sự đảng UBND tỉnh', 'Ban Cán sự Đảng Ủy ban nhân dân tỉnh'),
  unit('so-gddt', 'Sở Giáo dục và Đào tạo', 'Sở GD&ĐT'),
  unit('mttq', 'Ủy ban MTTQ Việt Nam tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'),
  unit('tuan-giao', 'Huyện ủy Tuần Giáo'),
  unit('dbp', 'Thành ủy Điện Biên Phủ'),
  group('g-huyen', 'Các huyện ủy, thị ủy, thành ủy', 'Các huyện, thị, thành ủy'),
  group('g-dutt', 'Các đảng ủy trực thuộc tỉnh', 'Đảng ủy trực thuộc tỉnh'),
  group('g-doanthe', 'Các đoàn thể tỉnh', 'Các đoàn thể chính trị - xã hội tỉnh'),
];

const resolver = createResolver(registry);

describe('resolving units as plans write them', () => {
  it.each([
    ['Ban Tuyên giáo Tỉnh ủy', ['btg']],
    ['Ban Thường vụ Tỉnh ủy', ['btv']],
    ['BTG Tỉnh ủy', ['btg']],
    ['Đảng đoàn Hội đồng Nhân dân, Ban Cán sự Đảng UBND tỉnh', ['dd-hdnd', 'bcs-ubnd']],
    ['Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc tỉnh', ['g-huyen', 'g-dutt']],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể tỉnh', ['mttq', 'g-doanthe']],
    ['Sở Giáo dục và Đào tạo', ['so-gddt']],
    ['Ban Cán sự đảng UBND tỉnh, Sở Giáo dục và Đào tạo', ['bcs-ubnd', 'so-gddt']],
    ['huyen uy tuan giao', ['tuan-giao']],
    ['Ban Tuyên giáo Trung ương', [null]],
    ['Ban Thường vụ Tỉnh ủy và Ban Tuyên giáo Trung ương', ['btv', null]],
  ])('%s → %j', (text, expected) => {
    const segments = resolver.resolve(text);
    expect(segments.map((s) => s.chosen?.ref.id ?? null)).toEqual(expected);
  });

  it('keeps the text of each segment as written', () => {
    const segments = resolver.resolve('Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể tỉnh');
    expect(segments.map((s) => s.text)).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam', 'các đoàn thể tỉnh']);
  });

  it('leaves an unknown unit unresolved but still ranks suggestions', () => {
    const [segment] = resolver.resolve('Hội Khuyến học tỉnh');
    expect(segment?.chosen).toBeNull();
  });

  it('ranks exact aliases first', () => {
    expect(resolver.suggest('Sở GD&ĐT')[0]?.ref.id).toBe('so-gddt');
  });
});
