/**
 * Many people at once on one report: 100 concurrent saves of one draft and
 * 100 concurrent submissions of one obligation. Exactly one of each wins;
 * the others are told there was a conflict; nothing is lost or doubled.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reports, reportVersions } from '../../src/server/db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../../src/server/testing/app.ts';
import { testBackends } from '../../src/server/testing/db.ts';

const FULL = { so_hoi_nghi: 2, luot_can_bo: 80, luot_dang_vien: 450, luot_nhan_dan: 1200, tong_dang_vien: 500, ty_le_dang_vien: 90 };
const N = 100;

describe.each(testBackends())('concurrent use of one report on %s', (backend) => {
  let t: TestApp;
  let reporter: Session;
  let leader: Session;
  let obligations: { id: string; periodId: string }[];
  beforeAll(async () => {
    t = await createTestApp(backend, { now: '2020-06-10T09:00:00+07:00', withPlan: true });
    reporter = await t.login('tuangiao.baocao');
    leader = await t.login('tuangiao.lanhdao');
    obligations = (await t.as(reporter, { method: 'GET', url: '/api/obligations' })).json().obligations;
  });
  afterAll(async () => t?.close());

  const save = (s: Session, id: string, text: string, version: number) =>
    t.as(s, { method: 'PUT', url: `/api/obligations/${id}/report`, payload: { content: { narratives: { 'kho-khan': text }, indicators: FULL }, version } });

  it(`${N} concurrent first saves of one draft: one creates it, the rest conflict`, async () => {
    const id = obligations.find((o) => o.periodId === '2020H1')?.id ?? '';
    const results = await Promise.all(Array.from({ length: N }, (_, i) => save(i % 2 ? reporter : leader, id, `bản ${i}`, 0)));
    const codes = results.map((r) => (r.statusCode === 200 ? 'ok' : r.json().error.code));
    expect(codes.filter((c) => c === 'ok')).toHaveLength(1);
    expect(new Set(codes.filter((c) => c !== 'ok'))).toEqual(new Set(['VERSION_CONFLICT']));
    const winner = results.findIndex((r) => r.statusCode === 200);
    const [row] = await t.database.db.select().from(reports).where(eq(reports.obligationId, id));
    expect(row?.content.narratives['kho-khan']).toBe(`bản ${winner}`);
    // Every loser was shown the version that won, so nobody's text is silently gone.
    for (const r of results.filter((x) => x.statusCode === 409)) expect(r.json().error.details.current.content.narratives['kho-khan']).toBe(`bản ${winner}`);
  });

  it(`${N} concurrent saves from one version: exactly one lands, version moves by one`, async () => {
    const id = obligations.find((o) => o.periodId === '2020H1')?.id ?? '';
    const [before] = await t.database.db.select().from(reports).where(eq(reports.obligationId, id));
    const results = await Promise.all(Array.from({ length: N }, (_, i) => save(reporter, id, `sửa ${i}`, before?.version ?? 0)));
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(results.filter((r) => r.statusCode === 409)).toHaveLength(N - 1);
    const [after] = await t.database.db.select().from(reports).where(eq(reports.obligationId, id));
    expect(after?.version).toBe((before?.version ?? 0) + 1);
  });

  it(`${N} concurrent submissions of one obligation: one submitted version, the rest refused`, async () => {
    const id = obligations.find((o) => o.periodId === '2020H1')?.id ?? '';
    const [current] = await t.database.db.select().from(reports).where(eq(reports.obligationId, id));
    const results = await Promise.all(
      Array.from({ length: N }, () => t.as(leader, { method: 'POST', url: `/api/obligations/${id}/report/actions`, payload: { action: 'submit', version: current?.version } })),
    );
    const ok = results.filter((r) => r.statusCode === 200);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => r.statusCode >= 500)).toHaveLength(0);
    // Each loser learns that the report was already sent (or changed under it): nothing was half-done.
    for (const r of results.filter((x) => x.statusCode !== 200)) expect(['REPORT_WRONG_STATUS', 'VERSION_CONFLICT']).toContain(r.json().error.code);
    const versions = await t.database.db.select().from(reportVersions).where(eq(reportVersions.reportId, current?.id ?? ''));
    expect(versions).toHaveLength(1);
    const [row] = await t.database.db.select().from(reports).where(eq(reports.obligationId, id));
    expect(row).toMatchObject({ status: 'submitted', versionCount: 1 });
  });
});
