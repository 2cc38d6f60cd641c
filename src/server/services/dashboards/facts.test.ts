/**
 * The SQL restatements of core rules (facts.ts) agree with core on every
 * combination that matters: duty status, and an obligation's overdue / on
 * time / submitted flags.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CivilDate } from '../../../core/civil-date.ts';
import { dutyStatus } from '../../../core/duty/index.ts';
import { obligationTiming } from '../../../core/period/index.ts';
import { REPORT_STATUSES, countsAsSubmitted, isOnTime, type ReportStatus } from '../../../core/reporting/index.ts';
import type { Database } from '../../db/client.ts';
import { queryRows } from '../../db/sql.ts';
import { openTestDatabase, testBackends } from '../../testing/db.ts';
import { dutyStatusSql, onTimeSql, overdueObligationSql, submittedSql } from './facts.ts';

const TODAY = '2020-06-12' as CivilDate;
const dates = [null, '2020-06-01', '2020-06-12', '2020-06-13'] as const;
const q = (v: string | null) => (v === null ? 'NULL::date' : `'${v}'::date`);

describe.each(testBackends())('SQL rules agree with core on %s', (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(async () => database?.close());

  it('duty status', async () => {
    const cases: { deadline: string | null; completedOn: string | null; startedOn: string | null; progress: number }[] = [];
    for (const deadline of dates) for (const completedOn of dates) for (const startedOn of dates) for (const progress of [0, 30]) cases.push({ deadline, completedOn, startedOn, progress });
    const values = cases.map((c, i) => `(${i}, ${q(c.deadline)}, ${q(c.completedOn)}, ${q(c.startedOn)}, ${c.progress})`).join(', ');
    const rows = await queryRows<{ i: number; status: string }>(
      database.db,
      sql`SELECT d.i, ${dutyStatusSql(TODAY)} AS status FROM (VALUES ${sql.raw(values)}) AS d(i, deadline, completed_on, started_on, progress) ORDER BY d.i`,
    );
    expect(rows.map((r) => r.status)).toEqual(cases.map((c) => dutyStatus(c as Parameters<typeof dutyStatus>[0], { today: TODAY })));
  });

  it('obligation: submitted, on time, overdue', async () => {
    const cases: { due: string; exceptionDue: string | null; lock: string; status: ReportStatus | null; first: string | null }[] = [];
    for (const due of ['2020-06-01', '2020-06-12', '2020-06-16']) {
      for (const exceptionDue of [null, '2020-06-30']) {
        for (const lock of ['2020-06-10', '2020-07-16']) for (const status of [null, ...REPORT_STATUSES]) for (const first of [null, '2020-06-05', '2020-06-20']) cases.push({ due, exceptionDue, lock, status, first });
      }
    }
    const values = cases.map((c, i) => `(${i}, '${c.due}'::date, ${q(c.exceptionDue)}, '${c.lock}'::date, NULL::date, ${c.status ? `'${c.status}'` : 'NULL::text'}, ${q(c.first)})`).join(', ');
    const rows = await queryRows<{ i: number; submitted: boolean; on_time: boolean; overdue: boolean }>(
      database.db,
      sql`SELECT x.i, ${submittedSql()} AS submitted, ${onTimeSql()} AS on_time, ${overdueObligationSql(TODAY)} AS overdue
          FROM (VALUES ${sql.raw(values)}) AS x(i, due_date, exception_due_date, lock_date, exception_lock_date, status, first_submitted_on)
          CROSS JOIN LATERAL (SELECT x.due_date, x.exception_due_date, x.lock_date, x.exception_lock_date) o
          CROSS JOIN LATERAL (SELECT x.status, x.first_submitted_on) r ORDER BY x.i`,
    );
    const expected = cases.map((c) => {
      const submitted = c.status !== null && countsAsSubmitted(c.status);
      const fact = { dueDate: c.due as CivilDate, exceptionDueDate: c.exceptionDue as CivilDate | null, status: c.status, firstSubmittedOn: c.first as CivilDate | null };
      const timing = obligationTiming(
        { dueDate: c.due as CivilDate, lockDate: c.lock as CivilDate },
        { today: TODAY, submittedOn: submitted ? (c.first as CivilDate | null) : null, exception: { dueDate: (c.exceptionDue ?? undefined) as CivilDate | undefined } },
      );
      return { submitted, onTime: submitted && isOnTime(fact), overdue: timing === 'overdue' };
    });
    expect(rows.map((r) => ({ submitted: r.submitted, onTime: r.on_time, overdue: r.overdue }))).toEqual(expected);
  });
});
