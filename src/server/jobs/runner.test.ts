import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../clock.ts';
import type { Database } from '../db/client.ts';
import { obligations } from '../db/schema/index.ts';
import { inTransaction } from '../db/uow.ts';
import { seedOrganisation, seedPlan } from '../seed/seed-demo.ts';
import { openTestDatabase, testBackends } from '../testing/db.ts';
import { claim, extendObligations, runJob } from './runner.ts';

describe.each(testBackends())('scheduled jobs on %s', (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
    await inTransaction(database.db, null, async (work) => {
      await seedOrganisation(work);
      await seedPlan(work, 'btg.dieuphoi', fixedClock('2019-09-10T09:00:00+07:00').today());
    });
  });
  afterAll(async () => database?.close());

  it('lets exactly one of many concurrent claims win', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => claim(database.db, 'thu', '2020-01-01')));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('extends obligations as time passes, once a day', async () => {
    const tuanGiaoPeriods = async () =>
      (await database.db.select({ p: obligations.periodId }).from(obligations).where(eq(obligations.periodType, '6-monthly'))).map((r) => r.p);
    expect(new Set(await tuanGiaoPeriods())).toEqual(new Set(['2019H2', '2020H1']));
    const later = fixedClock('2021-01-10T09:00:00+07:00');
    expect(await runJob(database.db, later, extendObligations)).toBe('ran');
    expect(new Set(await tuanGiaoPeriods())).toEqual(new Set(['2019H2', '2020H1', '2020H2', '2021H1', '2021H2']));
    expect(await runJob(database.db, later, extendObligations)).toBe('skipped');
  });
});
