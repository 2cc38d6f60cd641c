import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../testing/app.ts';
import { testBackends } from '../testing/db.ts';

const SEED_TEXT = readFileSync(new URL('../../../assets/documents/82-KH-TU_dien-bien_2019-08-27.txt', import.meta.url), 'utf8');

interface Draft {
  meta: { number: string; title: string };
  assignments: { unitText: string; targets: { text: string; ref: { kind: string; id: string } | null }[]; partners: { ref: unknown }[] }[];
}

describe.each(testBackends())('importing plan 82-KH/TU on %s', (backend) => {
  let t: TestApp;
  let coordinator: Session;
  beforeAll(async () => {
    t = await createTestApp(backend, { now: '2019-09-10T09:00:00+07:00' });
    coordinator = await t.login('btg.dieuphoi');
  });
  afterAll(async () => t?.close());

  let importId = '';
  let version = 0;

  it('parses the text and resolves every unit it names', async () => {
    const res = await t.as(coordinator, { method: 'POST', url: '/api/imports/text', payload: { text: SEED_TEXT, fileName: '82-KH-TU.txt' } });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { id: string; version: number; draft: Draft; problems: unknown[]; duplicate: unknown };
    importId = body.id;
    version = body.version;
    expect(body.draft.meta.number).toBe('82-KH/TU');
    expect(body.draft.assignments).toHaveLength(4);
    const resolved = body.draft.assignments.map((a) => a.targets.map((x) => x.ref?.kind ?? null));
    expect(resolved).toEqual([['unit', 'unit'], ['group', 'group'], ['unit', 'group'], ['unit']]);
    expect(body.problems).toEqual([]);
    expect(body.duplicate).toBeNull();
  });

  it('saves a correction with optimistic versioning', async () => {
    const current = (await t.as(coordinator, { method: 'GET', url: `/api/imports/${importId}` })).json() as { draft: Draft };
    current.draft.meta.title = current.draft.meta.title.trim();
    const saved = await t.as(coordinator, { method: 'PUT', url: `/api/imports/${importId}`, payload: { draft: current.draft, version } });
    expect(saved.statusCode).toBe(200);
    const stale = await t.as(coordinator, { method: 'PUT', url: `/api/imports/${importId}`, payload: { draft: current.draft, version } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    version = saved.json().version;
  });

  let planId = '';
  it('publishes the plan with one duty per unit', async () => {
    const res = await t.as(coordinator, { method: 'POST', url: `/api/imports/${importId}/publish`, payload: { version } });
    expect(res.statusCode).toBe(200);
    planId = res.json().planId;
    const plan = (await t.as(coordinator, { method: 'GET', url: `/api/plans/${planId}` })).json() as {
      plan: { number: string; date: string };
      contentAreas: unknown[];
      duties: { unitName: string; role: string; assignmentId: string }[];
      assignments: { id: string }[];
      reportingDuties: { cadence: string; to: string[]; via: string | null; unitCount: number }[];
    };
    expect(plan.plan).toMatchObject({ number: '82-KH/TU', date: '2019-08-27' });
    expect(plan.contentAreas).toHaveLength(6);
    const unitsOf = (i: number) => [...new Set(plan.duties.filter((d) => d.assignmentId === plan.assignments[i]?.id && d.role === 'chu-tri').map((d) => d.unitName))];
    expect(unitsOf(0).sort()).toEqual(['Ban cán sự đảng UBND tỉnh', 'Đảng đoàn HĐND tỉnh'].sort());
    expect(unitsOf(1)).toHaveLength(15);
    expect(unitsOf(1)).toContain('Huyện ủy Tuần Giáo');
    expect(unitsOf(2)).toHaveLength(6);
    expect(unitsOf(3)).toEqual(['Ban Tuyên giáo Tỉnh ủy']);
    expect(plan.duties.some((d) => d.role === 'phoi-hop' && d.unitName === 'Sở Giáo dục và Đào tạo')).toBe(true);
    expect(plan.reportingDuties.map((r) => [r.cadence, r.via, r.unitCount])).toEqual([
      ['6-monthly', 'Ban Tuyên giáo Tỉnh ủy', 15],
      ['6-monthly', 'Ban Tuyên giáo Tỉnh ủy', 6],
      ['yearly', null, 1],
    ]);
  });

  it('warns when the same number is imported again, and publishes only when asked', async () => {
    const again = (await t.as(coordinator, { method: 'POST', url: '/api/imports/text', payload: { text: SEED_TEXT } })).json();
    expect(again.duplicate).toMatchObject({ planId, number: '82-KH/TU' });
    const refused = await t.as(coordinator, { method: 'POST', url: `/api/imports/${again.id}/publish`, payload: { version: again.version } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('PLAN_NUMBER_EXISTS');
    const discarded = await t.as(coordinator, { method: 'DELETE', url: `/api/imports/${again.id}` });
    expect(discarded.statusCode).toBe(200);
  });

  it('shows a district reporter only its own duties', async () => {
    const reporter = await t.login('tuangiao.baocao');
    const res = await t.as(reporter, { method: 'GET', url: '/api/duties' });
    const duties = res.json().duties as { unitName: string; status: string }[];
    expect(duties.length).toBeGreaterThan(0);
    expect(new Set(duties.map((d) => d.unitName))).toEqual(new Set(['Huyện ủy Tuần Giáo']));
    const plan = (await t.as(reporter, { method: 'GET', url: `/api/plans/${planId}` })).json() as { duties: { unitName: string }[]; abilities: { manage: boolean } };
    expect(new Set(plan.duties.map((d) => d.unitName))).toEqual(new Set(['Huyện ủy Tuần Giáo']));
    expect(plan.abilities.manage).toBe(false);
  });

  it('filters duties by a unit of the caller\'s scope, and refuses a unit outside it', async () => {
    const all = (await t.as(coordinator, { method: 'GET', url: '/api/duties' })).json().duties as { unitId: string; unitName: string }[];
    const unitOf = (name: string) => all.find((d) => d.unitName === name)?.unitId ?? '';
    const [tuanGiao, muongAng] = [unitOf('Huyện ủy Tuần Giáo'), unitOf('Huyện ủy Mường Ảng')];
    expect(new Set(all.map((d) => d.unitName)).size).toBeGreaterThan(10);
    const reporter = await t.login('tuangiao.baocao');
    const own = (await t.as(reporter, { method: 'GET', url: `/api/duties?unitId=${tuanGiao}` })).json().duties as { unitId: string }[];
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((d) => d.unitId === tuanGiao)).toBe(true);
    const other = await t.as(reporter, { method: 'GET', url: `/api/duties?unitId=${muongAng}` });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('OUT_OF_SCOPE');
    // The coordinator's organisation reaches every unit.
    const theirs = (await t.as(coordinator, { method: 'GET', url: `/api/duties?unitId=${muongAng}` })).json().duties as { unitName: string }[];
    expect(new Set(theirs.map((d) => d.unitName))).toEqual(new Set(['Huyện ủy Mường Ảng']));
  });

  it('records progress with an attachment that only the unit and the office can fetch', async () => {
    const reporter = await t.login('tuangiao.baocao');
    const [duty] = (await t.as(reporter, { method: 'GET', url: '/api/duties' })).json().duties as { id: string; version: number }[];
    const boundary = '----thucthi';
    const body = [
      `--${boundary}\r\nContent-Disposition: form-data; name="text"\r\n\r\nĐã ban hành kế hoạch của Huyện ủy.\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="progress"\r\n\r\n60\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="version"\r\n\r\n${duty?.version}\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="../../bao-cao.txt"\r\nContent-Type: text/plain\r\n\r\nNội dung minh chứng\r\n`,
      `--${boundary}--\r\n`,
    ].join('');
    const res = await t.as(reporter, { method: 'POST', url: `/api/duties/${duty?.id}/updates`, payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
    expect(res.statusCode).toBe(200);
    const detail = (await t.as(coordinator, { method: 'GET', url: `/api/duties/${duty?.id}` })).json();
    expect(detail.duty).toMatchObject({ progress: 60, status: 'dang-thuc-hien' });
    const [update] = detail.updates;
    expect(update.attachments[0].fileName).toBe('bao-cao.txt');
    const file = await t.as(coordinator, { method: 'GET', url: `/api/attachments/${update.attachments[0].id}` });
    expect(file.body).toBe('Nội dung minh chứng');
    const other = await t.login('muongang.baocao');
    expect((await t.as(other, { method: 'GET', url: `/api/attachments/${update.attachments[0].id}` })).statusCode).toBe(403);
  });
});
