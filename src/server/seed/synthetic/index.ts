/**
 * `thucthi seed --synthetic`: a national-scale data set for benchmarks and
 * load tests, deterministic for a given seed number. Everything is built in
 * memory first (ids included, from the seeded generator), then written in
 * one transaction through the audited writer with one summary audit row per
 * table: all of it or nothing, and an interrupted seed leaves an empty
 * database that can be seeded again.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { CivilDate } from '../../../core/civil-date.ts';
import type { Db } from '../../db/client.ts';
import {
  assignments,
  contentAreas,
  duties,
  obligations,
  planCitations,
  planForms,
  plans,
  reportEvents,
  reportingDuties,
  reports,
  reportVersions,
  unitGroupMembers,
  unitGroups,
  units,
  users,
} from '../../db/schema/index.ts';
import { inTransaction, type Work } from '../../db/uow.ts';
import { hashPassword } from '../../services/passwords.ts';
import { buildOrganisation } from './organisation.ts';
import { buildPlans } from './plans.ts';
import { Random } from './prng.ts';
import { buildReports } from './reports.ts';

export interface SyntheticOptions {
  /** Provinces in the order of assets/admin-units; null for all 34. */
  provinces: number | null;
  /** At most this many communes per province; null for all. */
  communesPerProvince: number | null;
  grassroots: number;
  plans: number;
  periods: number;
  seed: number;
  password: string;
  /** The seed's day: plans are dated so that `periods` monthly periods end with today's. */
  today: CivilDate;
}

export const SYNTHETIC_DEFAULTS = { grassroots: 50_000, plans: 200, periods: 12, seed: 1, password: 'thucthi2025' } as const;

export class DatabaseNotEmptyError extends Error {
  readonly code = 'DATABASE_NOT_EMPTY';
  constructor(count: number) {
    super(`Cơ sở dữ liệu đã có ${count} đơn vị: dữ liệu tổng hợp chỉ tạo trên cơ sở dữ liệu trống (hãy dùng DATA_DIR mới hoặc một cơ sở dữ liệu PostgreSQL mới).`);
  }
}

export interface SyntheticSummary {
  counts: Record<string, number>;
  /** Milliseconds: building in memory, writing, and both. */
  buildMs: number;
  writeMs: number;
  totalMs: number;
  /** A few logins to try, with their role. */
  logins: { username: string; role: string; unit: string }[];
}

export async function seedSynthetic(db: Db, options: SyntheticOptions, progress: (line: string) => void = () => undefined): Promise<SyntheticSummary> {
  const t0 = performance.now();
  const existing = await db.$count(units);
  if (existing > 0) throw new DatabaseNotEmptyError(existing);
  const rng = new Random(options.seed);
  // One hash for every account: argon2 costs ~60 ms a call, on purpose.
  const passwordHash = await hashPassword(options.password);
  const org = buildOrganisation(rng, options, passwordHash);
  const admin = org.users.find((u) => u.username === 'admin');
  const planRows = buildPlans(rng, org, { plans: options.plans, today: options.today, periods: options.periods, seed: options.seed, passwordHash, createdBy: admin?.id ?? '' });
  const reportRows = buildReports(rng, planRows, options.today);
  const buildMs = performance.now() - t0;
  progress(`Đã dựng dữ liệu trong bộ nhớ sau ${(buildMs / 1000).toFixed(1)} s; đang ghi…`);

  const counts: Record<string, number> = {};
  const t1 = performance.now();
  await inTransaction(db, null, async (work) => {
    const put = async <T extends PgTable>(label: string, table: T, rows: T['$inferInsert'][]) => {
      const ts = performance.now();
      await insertQuietly(work, table, rows);
      counts[label] = rows.length;
      progress(`  ${label.padEnd(18)} ${String(rows.length).padStart(8)} dòng  ${((performance.now() - ts) / 1000).toFixed(1)} s`);
    };
    await put('units', units, org.units);
    await put('users', users, [...org.users, ...planRows.users]);
    await put('unit_groups', unitGroups, org.groups);
    await put('unit_group_members', unitGroupMembers, org.members);
    await put('plans', plans, planRows.plans);
    await put('plan_citations', planCitations, planRows.citations);
    await put('content_areas', contentAreas, planRows.areas);
    await put('assignments', assignments, planRows.assignments);
    await put('duties', duties, planRows.duties);
    await put('reporting_duties', reportingDuties, planRows.reportingDuties);
    await put('plan_forms', planForms, planRows.forms);
    await put('obligations', obligations, planRows.obligations);
    await put('reports', reports, reportRows.reports);
    await put('report_versions', reportVersions, reportRows.versions);
    await put('report_events', reportEvents, reportRows.events);
  });
  const writeMs = performance.now() - t1;
  // Fresh statistics and visibility maps: the first queries after a bulk load are planned on them.
  const tv = performance.now();
  await db.execute(sql`VACUUM (ANALYZE)`);
  progress(`  VACUUM (ANALYZE)   ${((performance.now() - tv) / 1000).toFixed(1)} s`);
  const province = org.provinces[0];
  const commune = province?.communes.find((c) => c.grassrootsIds.length > 0) ?? province?.communes[0];
  const logins = [
    { username: 'admin', role: 'Quản trị hệ thống', unit: 'Văn phòng Trung ương Đảng' },
    { username: 'tw.dieuphoi', role: 'Cán bộ điều phối', unit: org.btgName },
    ...(province ? [{ username: `dp.${province.code}`, role: 'Cán bộ điều phối', unit: province.btgName }] : []),
    ...(commune ? [{ username: `bc.${commune.code}`, role: 'Cán bộ báo cáo', unit: commune.name }] : []),
  ];
  return { counts, buildMs, writeMs, totalMs: performance.now() - t0, logins };
}

/**
 * Bulk insert with one summary audit row per table. The rows are written in
 * large chunks by the audited writer; what it returns is dropped at once so
 * that a national seed does not hold every row twice.
 */
async function insertQuietly<T extends PgTable>(work: Work, table: T, rows: T['$inferInsert'][]): Promise<void> {
  // Several calls, not one: the writer returns every inserted row, and 600,000 rows at once would all be alive together.
  const SLICE = 20_000;
  for (let i = 0; i < rows.length; i += SLICE) {
    await work.write.insert(table, rows.slice(i, i + SLICE), { audit: 'summary', action: 'synthetic.seed' });
  }
}
