import { describe, expect, it } from 'vitest';
import { emptyCounts, summarize, type FactCounts } from './aggregate.ts';
import { drillChildren, rollUp, type DrillUnit, type TreeEdge } from './tree.ts';

// A known tree: a province with a coordinating office, two districts with communes, and the Front.
//   tinh ─┬─ btg
//         ├─ tg ─┬─ tg-x1
//         │      └─ tg-x2 ── tg-x2-cb
//         ├─ ma ── ma-x1
//         └─ mttq
const TREE: TreeEdge[] = [
  { id: 'tinh', parentId: null },
  { id: 'btg', parentId: 'tinh' },
  { id: 'tg', parentId: 'tinh' },
  { id: 'tg-x1', parentId: 'tg' },
  { id: 'tg-x2', parentId: 'tg' },
  { id: 'tg-x2-cb', parentId: 'tg-x2' },
  { id: 'ma', parentId: 'tinh' },
  { id: 'ma-x1', parentId: 'ma' },
  { id: 'mttq', parentId: 'tinh' },
];

/** Counts from a compact spec: duty statuses, then reports expected/submitted/on time, then overdue reports. */
function facts(duties: Partial<FactCounts['duties']>, reporting: [number, number, number] = [0, 0, 0], overdue = 0): FactCounts {
  const c = emptyCounts();
  Object.assign(c.duties, duties);
  c.reporting = { expected: reporting[0], submitted: reporting[1], onTime: reporting[2] };
  c.overdueObligations = overdue;
  return c;
}

const OWN = new Map<string, FactCounts>([
  ['btg', facts({ 'dang-thuc-hien': 1 }, [1, 1, 1])],
  ['tg', facts({ 'hoan-thanh-dung-han': 1, 'qua-han': 1 }, [1, 1, 0])],
  ['tg-x1', facts({ 'chua-thuc-hien': 2 }, [1, 0, 0], 1)],
  ['tg-x2-cb', facts({ 'hoan-thanh-qua-han': 1 }, [1, 1, 1])],
  ['ma', facts({ 'qua-han': 2 }, [1, 0, 0], 1)],
  ['mttq', facts({}, [1, 1, 1])],
]);

describe('rollUp on a known tree', () => {
  const totals = rollUp(TREE, OWN);
  it.each([
    // unit, duties total, overdue duties, expected, submitted, on time, overdue reports, duties on track %, rate %
    ['tinh', 8, 3, 6, 4, 3, 2, 62.5, 66.7],
    ['tg', 5, 1, 3, 2, 1, 1, 80, 66.7],
    ['tg-x2', 1, 0, 1, 1, 1, 0, 100, 100],
    ['tg-x2-cb', 1, 0, 1, 1, 1, 0, 100, 100],
    ['ma', 2, 2, 1, 0, 0, 1, 0, 0],
    ['mttq', 0, 0, 1, 1, 1, 0, null, 100],
  ] as const)('%s', (id, dutyCount, overdueDuties, expected, submitted, onTime, overdueReports, onTrack, rate) => {
    const s = summarize(totals.get(id) ?? emptyCounts());
    expect([s.duties.total, s.overdue.duties, s.reporting.expected, s.reporting.submitted, s.reporting.onTime, s.overdue.obligations, s.dutiesOnTrack, s.reporting.rate]).toEqual([
      dutyCount,
      overdueDuties,
      expected,
      submitted,
      onTime,
      overdueReports,
      onTrack,
      rate,
    ]);
  });
});

describe('drillChildren: the group level', () => {
  const totals = rollUp(TREE, OWN);
  const child = (id: string, name: string, sortOrder: number): DrillUnit => ({ id, name, sortOrder, counts: totals.get(id) ?? emptyCounts(), hasChildren: TREE.some((u) => u.parentId === id) });
  const children = [child('btg', 'Ban Tuyên giáo Tỉnh ủy', 4), child('tg', 'Huyện ủy Tuần Giáo', 20), child('ma', 'Huyện ủy Mường Ảng', 16), child('mttq', 'Ủy ban MTTQ Việt Nam tỉnh', 26)];

  it('puts the members of the plan’s groups in their group and sums them; the rest stay units', () => {
    const nodes = drillChildren(children, [
      { id: 'huyen', name: 'Các huyện ủy, thị ủy, thành ủy', memberIds: ['tg', 'ma', 'h-khac'] },
      { id: 'doan-the', name: 'Các đoàn thể tỉnh', memberIds: ['ldld'] },
      { id: 'trung', name: 'Nhóm trùng', memberIds: ['tg'] },
    ]);
    expect(nodes.map((n) => [n.kind, n.id, summarize(n.counts).duties.total, summarize(n.counts).reporting.expected, n.kind === 'group' ? n.memberIds : n.hasChildren])).toEqual([
      ['group', 'huyen', 7, 4, ['ma', 'tg']],
      ['unit', 'btg', 1, 1, false],
      ['unit', 'mttq', 0, 1, false],
    ]);
  });

  it('leaves out children without any duty or report', () => {
    expect(drillChildren([child('tg-x2', 'Xã 2', 1), { ...child('rong', 'Trống', 2) }], []).map((n) => n.id)).toEqual(['tg-x2']);
  });
});
