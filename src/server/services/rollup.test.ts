/**
 * The period roll-up against the pure reference (core/org rollupCompleteness)
 * on a small synthetic national tree, and the tree cache's reloads.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CivilDate } from '../../core/civil-date.ts';
import { rollupCompleteness, type CompletenessFact } from '../../core/org/reorganisation.ts';
import { countsAsSubmitted, isOnTime, type ReportStatus } from '../../core/reporting/index.ts';
import type { Database } from '../db/client.ts';
import { units } from '../db/schema/index.ts';
import { queryRows } from '../db/sql.ts';
import { inTransaction, reader } from '../db/uow.ts';
import { seedSynthetic } from '../seed/synthetic/index.ts';
import { openTestDatabase, testBackends } from '../testing/db.ts';
import { periodCompleteness, UnitTreeCache } from './rollup.ts';

const TODAY = '2026-11-28' as CivilDate;

describe.each(testBackends())('period completeness on %s', (backend) => {
  let database: Database;
  let rootId: string;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
    await seedSynthetic(database.db, { provinces: 3, communesPerProvince: 5, grassroots: 40, plans: 8, periods: 4, seed: 3, password: 'thucthi2025', today: TODAY });
    const [root] = await queryRows<{ id: string }>(database.db, sql`SELECT id FROM units WHERE parent_id IS NULL`);
    rootId = root?.id ?? '';
  });
  afterAll(async () => database?.close());

  it.each(['202609', '202611', '202612'])('matches the reference roll-up for %s', async (periodId) => {
    const tree = await queryRows<{ id: string; parentId: string | null; name: string; sortOrder: number; validFrom: string | null; validTo: string | null }>(
      database.db,
      sql`SELECT id, parent_id AS "parentId", name, sort_order AS "sortOrder", valid_from::text AS "validFrom", valid_to::text AS "validTo" FROM units`,
    );
    const rows = await queryRows<{ unitId: string; windowEnd: string; dueDate: CivilDate; exceptionDueDate: CivilDate | null; status: ReportStatus | null; firstSubmittedOn: CivilDate | null }>(
      database.db,
      sql`SELECT o.unit_id AS "unitId", o.window_end::text AS "windowEnd", o.due_date::text AS "dueDate", o.exception_due_date::text AS "exceptionDueDate", r.status, r.first_submitted_on::text AS "firstSubmittedOn"
          FROM obligations o LEFT JOIN reports r ON r.obligation_id = o.id WHERE o.period_id = ${periodId} AND o.transferred_on IS NULL`,
    );
    const facts: CompletenessFact[] = rows.map((r) => {
      const submitted = r.status !== null && countsAsSubmitted(r.status);
      return { unitId: r.unitId, submitted, onTime: submitted && isOnTime(r) };
    });
    const asOf = (rows[0]?.windowEnd ?? TODAY) as CivilDate;
    const reference = rollupCompleteness(tree, facts, asOf);

    const result = await periodCompleteness(reader(database.db), new UnitTreeCache(reader(database.db)), { rootId, periodId });
    const strip = (n: { unitId: string; expected: number; submitted: number; onTime: number } | undefined) => n && { unitId: n.unitId, expected: n.expected, submitted: n.submitted, onTime: n.onTime };
    expect(strip(result.total)).toEqual(strip(reference.get(rootId)));
    expect(result.total.expected).toBe(rows.length);
    // Three provinces owe reports (the central bodies owe none, so they are not listed).
    expect(result.children).toHaveLength(3);
    for (const child of result.children) expect(strip(child)).toEqual(strip(reference.get(child.unitId)));
    if (periodId === '202612') expect(result.total.submitted).toBe(0); // not due yet: nobody has reported
    else expect(result.total.submitted).toBeGreaterThan(result.total.onTime);
  });

  it('keeps its copy of the tree only while the units table is unchanged, whoever changed it', async () => {
    const cache = new UnitTreeCache(reader(database.db));
    const first = await cache.get();
    expect(await cache.get()).toBe(first);
    // A change made through another connection (as another server process would) is seen at once.
    const [unit] = await inTransaction(database.db, null, (work) =>
      work.write.insert(units, [{ parentId: rootId, kind: 'khac', name: 'Đơn vị thử bộ nhớ đệm', searchText: 'don vi thu bo nho dem' }], { audit: 'summary' }),
    );
    const id = unit?.id ?? '';
    expect(first.parent.has(id)).toBe(false);
    const second = await cache.get();
    expect(second).not.toBe(first);
    expect(second.parent.get(id)).toBe(rootId);
    // A moved or renamed unit too, with no time-to-live to wait for.
    await inTransaction(database.db, null, (work) => work.write.update(units, id, { name: 'Đơn vị đã đổi tên' }, { action: 'unit.update' }));
    expect((await cache.get()).name.get(id)).toBe('Đơn vị đã đổi tên');
    // A change rolled back leaves the copy as it was.
    const third = await cache.get();
    await expect(
      inTransaction(database.db, null, async (work) => {
        await work.write.update(units, id, { name: 'Không lưu' }, { action: 'unit.update' });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await cache.get()).toBe(third);
  });

});
