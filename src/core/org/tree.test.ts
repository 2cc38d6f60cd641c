import { describe, expect, it } from 'vitest';
import { buildTree, isValidOn, subtreeOf, wouldCycle, type TreeUnit } from './tree.ts';

const u = (id: string, parentId: string | null, name: string, validFrom: string | null = null, validTo: string | null = null): TreeUnit => ({
  id,
  parentId,
  name,
  sortOrder: 0,
  validFrom,
  validTo,
});

const units = [
  u('tu', null, 'Tỉnh ủy'),
  u('tg', 'tu', 'Huyện ủy Tuần Giáo', null, '2025-06-30'),
  u('ma', 'tu', 'Huyện ủy Mường Ảng', null, '2025-06-30'),
  u('xa', 'tu', 'Đảng ủy xã Tuần Giáo', '2025-07-01'),
  u('cb', 'tg', 'Chi bộ A'),
];

describe('organisation tree', () => {
  it.each([
    ['2025-06-30', ['Huyện ủy Mường Ảng', 'Huyện ủy Tuần Giáo']],
    ['2025-07-01', ['Đảng ủy xã Tuần Giáo']],
  ])('as of %s the province has %j', (date, names) => {
    const root = buildTree(units, date).find((n) => n.unit.id === 'tu');
    expect(root?.children.map((c) => c.unit.name)).toEqual(names);
  });

  it('shows a unit whose parent has ended as a root, so nothing is hidden', () => {
    expect(buildTree(units, '2025-07-01').map((n) => n.unit.id)).toEqual(['cb', 'tu']);
  });

  it('checks validity on the last day inclusive', () => {
    expect(isValidOn({ validFrom: null, validTo: '2025-06-30' }, '2025-06-30')).toBe(true);
    expect(isValidOn({ validFrom: '2025-07-01', validTo: null }, '2025-06-30')).toBe(false);
  });

  it('finds subtrees and refuses cycles', () => {
    expect([...subtreeOf(units, 'tg')].sort()).toEqual(['cb', 'tg']);
    expect(wouldCycle(units, 'tg', 'cb')).toBe(true);
    expect(wouldCycle(units, 'cb', 'ma')).toBe(false);
  });
});
