import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../civil-date.ts';
import { owesPeriod, planTransfer, rollupCompleteness, type CompletenessFact, type OpenObligation } from './reorganisation.ts';
import type { TreeUnit } from './tree.ts';

const d = (s: string) => s as CivilDate;
const unit = (id: string, parentId: string | null, validFrom: string | null = null, validTo: string | null = null): TreeUnit => ({ id, parentId, name: id, sortOrder: 0, validFrom, validTo });

// Province P: districts A and B until 30/6/2025; from 1/7/2025 commune X (merging A and B) and Y (split off B).
const tree = [unit('P', null), unit('A', 'P', null, '2025-06-30'), unit('B', 'P', null, '2025-06-30'), unit('X', 'P', '2025-07-01'), unit('Y', 'P', '2025-07-01'), unit('A1', 'A')];

describe('roll-ups follow the tree valid in the period', () => {
  const facts: CompletenessFact[] = [
    { unitId: 'A', submitted: true, onTime: true },
    { unitId: 'A1', submitted: false, onTime: false },
    { unitId: 'B', submitted: true, onTime: false },
    { unitId: 'X', submitted: true, onTime: true },
    { unitId: 'Y', submitted: false, onTime: false },
  ];
  it.each([
    ['2025-06-14', { P: [3, 2, 1], A: [2, 1, 1], B: [1, 1, 0] }],
    ['2025-12-14', { P: [2, 1, 1], X: [1, 1, 1], Y: [1, 0, 0] }],
  ])('as of %s', (asOf, expected) => {
    const r = rollupCompleteness(tree, facts, d(asOf));
    for (const [id, [e, s, o]] of Object.entries(expected)) expect(r.get(id)).toEqual({ unitId: id, expected: e, submitted: s, onTime: o });
    expect(r.has(asOf < '2025-07-01' ? 'X' : 'A')).toBe(false);
  });

  it.each([
    ['A', '2025-06-14', true],
    ['A', '2025-12-14', false],
    ['X', '2025-06-14', false],
    ['X', '2025-12-14', true],
  ])('%s owes the period cut off on %s: %s', (id, windowEnd, owes) => {
    const u = tree.find((x) => x.id === id);
    expect(u && owesPeriod(u, d(windowEnd))).toBe(owes);
  });
});

describe('transferring a closed unit\'s open work', () => {
  const obligation = (id: string, periodId: string, windowEnd: string, submitted = false): OpenObligation => ({ id, unitId: 'B', reportingDutyId: 'r', periodId, windowEnd: d(windowEnd), submitted, transferred: false });
  const obligations = [obligation('o1', '2025H1', '2025-06-14', true), obligation('o2', '2025H1b', '2025-06-14'), obligation('o3', '2025H2', '2025-12-14'), obligation('o4', '2026H1', '2026-06-14')];
  const duties = [
    { id: 'd1', unitId: 'B', completed: true, transferred: false },
    { id: 'd2', unitId: 'B', completed: false, transferred: false },
  ];

  it('a split gives every confirmed successor its own share of the open obligations', () => {
    const plan = planTransfer({ effectiveDate: d('2025-07-01'), successors: [{ unitId: 'X', confirmed: true }, { unitId: 'Y', confirmed: true }], duties, obligations });
    expect(plan.obligations.map((o) => `${o.fromId}→${o.toUnitId}`)).toEqual(['o3→X', 'o3→Y', 'o4→X', 'o4→Y']);
    expect(plan.duties).toEqual([{ fromId: 'd2', toUnitId: 'X' }, { fromId: 'd2', toUnitId: 'Y' }]);
    expect(plan.kept).toEqual([{ id: 'd1', reason: 'done' }, { id: 'o1', reason: 'done' }, { id: 'o2', reason: 'before-change' }]);
  });

  it('waits for the coordinator to confirm a successor', () => {
    const plan = planTransfer({ effectiveDate: d('2025-07-01'), successors: [{ unitId: 'X', confirmed: true }, { unitId: 'Y', confirmed: false }], duties, obligations });
    expect(plan.obligations.map((o) => o.toUnitId)).toEqual(['X', 'X']);
    expect(plan.unconfirmed).toEqual(['Y']);
  });

  it('a merge collapses the same period coming from two predecessors', () => {
    const fromA = { ...obligation('a3', '2025H2', '2025-12-14'), unitId: 'A' };
    const plan = planTransfer({ effectiveDate: d('2025-07-01'), successors: [{ unitId: 'X', confirmed: true }], duties: [], obligations: [obligation('o3', '2025H2', '2025-12-14'), fromA] });
    expect(plan.obligations).toEqual([{ fromId: 'o3', toUnitId: 'X', reportingDutyId: 'r', periodId: '2025H2' }]);
  });
});
