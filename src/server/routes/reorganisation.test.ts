import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CivilDate } from '../../core/civil-date.ts';
import { inTransaction } from '../db/uow.ts';
import { computeScope } from '../services/scope.ts';
import { transferOpenWork } from '../services/reorganisation.ts';
import { createTestApp, type Session, type TestApp } from '../testing/app.ts';
import { testBackends } from '../testing/db.ts';

const FULL = { so_hoi_nghi: 2, luot_can_bo: 80, luot_dang_vien: 450, luot_nhan_dan: 1200, tong_dang_vien: 500, ty_le_dang_vien: 90 };

describe.each(testBackends())('the 2025 reorganisation on %s', (backend) => {
  let t: TestApp;
  let coordinator: Session;
  let reporter: Session;
  let report2020H1 = '';
  beforeAll(async () => {
    t = await createTestApp(backend, { now: '2020-06-10T09:00:00+07:00', withPlan: true });
    coordinator = await t.login('btg.dieuphoi');
    reporter = await t.login('tuangiao.baocao');
    const inbox = (await t.as(reporter, { method: 'GET', url: '/api/obligations' })).json().obligations as { id: string; periodId: string }[];
    report2020H1 = inbox.find((o) => o.periodId === '2020H1')?.id ?? '';
    const saved = await t.as(reporter, { method: 'PUT', url: `/api/obligations/${report2020H1}/report`, payload: { content: { narratives: {}, indicators: FULL }, version: 0 } });
    await t.as(reporter, { method: 'POST', url: `/api/obligations/${report2020H1}/report/actions`, payload: { action: 'submit', version: saved.json().version } });
  });
  afterAll(async () => t?.close());

  const namesAsOf = async (asOf: string) =>
    ((await t.as(coordinator, { method: 'GET', url: `/api/registry/units?asOf=${asOf}` })).json().units as { name: string }[]).map((u) => u.name);

  it.each([
    ['2025-06-30', 'Huyện ủy Tuần Giáo', 'Đảng ủy xã Tuần Giáo', 32],
    ['2025-07-01', 'Đảng ủy xã Tuần Giáo', 'Huyện ủy Tuần Giáo', 67],
  ])('shows the tree as of %s', async (asOf, present, absent, count) => {
    const names = await namesAsOf(asOf);
    expect(names).toContain(present);
    expect(names).not.toContain(absent);
    expect(names).toHaveLength(count);
  });

  it('records successors: certain ones confirmed, the rest waiting', async () => {
    const list = (await t.as(coordinator, { method: 'GET', url: `/api/registry/successions?unitId=${t.units.get('h-tg')}` })).json().successions as { successorName: string; confirmed: boolean }[];
    expect(list.filter((s) => s.confirmed).map((s) => s.successorName)).toEqual(['Đảng ủy xã Tuần Giáo']);
    expect(list.filter((s) => !s.confirmed).map((s) => s.successorName).sort()).toEqual(['Đảng ủy xã Chiềng Sinh', 'Đảng ủy xã Mường Mùn', 'Đảng ủy xã Pú Nhung', 'Đảng ủy xã Quài Tở'].sort());
  });

  it('transfers open duties to confirmed successors; past reports stay with the district', async () => {
    const tuanGiao = t.units.get('h-tg') ?? '';
    const list = (await t.as(coordinator, { method: 'GET', url: `/api/registry/successions?unitId=${tuanGiao}` })).json().successions as { id: string; successorName: string; version: number }[];
    const puNhung = list.find((s) => s.successorName === 'Đảng ủy xã Pú Nhung');
    expect((await t.as(coordinator, { method: 'POST', url: `/api/registry/successions/${puNhung?.id}/confirm`, payload: { version: puNhung?.version } })).statusCode).toBe(200);
    const preview = (await t.as(coordinator, { method: 'GET', url: `/api/registry/units/${tuanGiao}/transfer` })).json();
    const openDuties = ((await t.as(reporter, { method: 'GET', url: '/api/duties' })).json().duties as unknown[]).length;
    expect(preview.duties).toHaveLength(openDuties * 2);
    expect(preview.unconfirmed).toHaveLength(3);
    const actor = { userId: coordinator.userId, role: 'coordinator' as const, unitId: coordinator.unitId, username: 'btg.dieuphoi' };
    const result = await inTransaction(t.database.db, actor, async (work) => transferOpenWork(work, await computeScope(work.read, actor, 'registry.manage'), tuanGiao, null, '2025-07-10' as CivilDate));
    expect(result.duties).toBe(openDuties * 2);
    expect(((await t.as(reporter, { method: 'GET', url: '/api/duties' })).json().duties as unknown[]).length).toBe(0);
    const commune = await t.login('xatuangiao.baocao');
    const theirs = (await t.as(commune, { method: 'GET', url: '/api/duties' })).json().duties as { unitName: string }[];
    expect(theirs).toHaveLength(openDuties);
    expect(new Set(theirs.map((d) => d.unitName))).toEqual(new Set(['Đảng ủy xã Tuần Giáo']));
    const obligations = (await t.as(commune, { method: 'GET', url: '/api/obligations' })).json().obligations as { periodId: string }[];
    expect(obligations.map((o) => o.periodId)).toEqual(expect.arrayContaining(['2025H2']));
    const past = (await t.as(coordinator, { method: 'GET', url: `/api/obligations/${report2020H1}/report` })).json();
    expect(past.unit.name).toBe('Huyện ủy Tuần Giáo');
    expect(past.report.status).toBe('submitted');
    const history = (await t.as(coordinator, { method: 'GET', url: `/api/registry/units/${tuanGiao}/history` })).json();
    expect(history.transfers).toHaveLength(1);
  });

  it('resolves "Các đảng ủy xã, phường" in a 2026 plan to the 45 new committees', async () => {
    const text = [
      'TỈNH ỦY ĐIỆN BIÊN',
      'Số 12-KH/TU\tĐẢNG CỘNG SẢN VIỆT NAM',
      'Điện Biên, ngày 10 tháng 3 năm 2026',
      'KẾ HOẠCH',
      'thực hiện Nghị quyết số 71-NQ/TW, ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo',
      '-----',
      'I- MỤC ĐÍCH, YÊU CẦU',
      'Quán triệt đầy đủ.',
      'II- TỔ CHỨC THỰC HIỆN',
      '1. Các đảng ủy xã, phường',
      'Tổ chức quán triệt xong trong quý II/2026. Định kỳ 06 tháng báo cáo kết quả về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy).',
    ].join('\n');
    const draft = (await t.as(coordinator, { method: 'POST', url: '/api/imports/text', payload: { text } })).json();
    expect(draft.draft.meta.date).toBe('2026-03-10');
    const target = draft.draft.assignments[0].targets[0];
    expect(target.ref.kind).toBe('group');
    const { planId } = (await t.as(coordinator, { method: 'POST', url: `/api/imports/${draft.id}/publish`, payload: { version: draft.version } })).json();
    const plan = (await t.as(coordinator, { method: 'GET', url: `/api/plans/${planId}` })).json();
    expect(new Set(plan.duties.map((d: { unitName: string }) => d.unitName)).size).toBe(45);
    expect(plan.reportingDuties[0].unitCount).toBe(45);
  });
});
