/**
 * Every registered API route, three ways: anonymous → 401, a user of another
 * unit → 403 (or a list without the other unit's data), the right user → 2xx.
 * A route added without a row here fails the first test, so no route ships
 * with its access unchecked.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../core/access/roles.ts';
import { createTestApp, type Session, type TestApp } from './testing/app.ts';
import { mentions, multipart, type AccessModule, type Case, type Fixtures, type Who } from './testing/access.ts';
import { testBackends } from './testing/db.ts';

const SEED_TEXT = readFileSync(new URL('../../assets/documents/82-KH-TU_dien-bien_2019-08-27.txt', import.meta.url), 'utf8');
const SUB_PLAN = 'HUYỆN ỦY TUẦN GIÁO\n*\nSố 45-KH/HU\tĐẢNG CỘNG SẢN VIỆT NAM\nTuần Giáo, ngày 20 tháng 10 năm 2019\nKẾ HOẠCH\nthực hiện Kế hoạch số 82-KH/TU của Ban Thường vụ Tỉnh ủy\n-----\nI- MỤC ĐÍCH, YÊU CẦU\nQuán triệt sâu sắc.\n';

const CASES: Record<string, Case> = {
  'GET /api/auth/session': { request: () => ({ method: 'GET', url: '/api/auth/session' }), right: 'tuangiao.baocao' },
  'POST /api/auth/logout': { request: () => ({ method: 'POST', url: '/api/auth/logout' }), right: 'throwaway' },
  'POST /api/auth/password': {
    request: () => ({ method: 'POST', url: '/api/auth/password', payload: { current: 'matkhau-tam-2019', next: 'matkhau-moi-2020' } }),
    right: 'throwaway',
  },
  'GET /api/registry/units': {
    request: () => ({ method: 'GET', url: '/api/registry/units' }),
    right: 'btg.dieuphoi',
    other: { who: 'muongang.baocao', leaks: (b, f) => mentions(b, f.tuanGiao) },
  },
  'GET /api/registry/units/:id': { request: (f) => ({ method: 'GET', url: `/api/registry/units/${f.tuanGiao}` }), right: 'tuangiao.baocao', other: { who: 'muongang.baocao' } },
  'POST /api/registry/units': {
    request: (f) => ({ method: 'POST', url: '/api/registry/units', payload: { parentId: f.tuanGiao, kind: 'co-so', name: 'Chi bộ Thử nghiệm' } }),
    right: 'btg.dieuphoi',
    other: { who: 'tuangiao.baocao' },
  },
  'PUT /api/registry/units/:id': {
    request: (f) => ({ method: 'PUT', url: `/api/registry/units/${f.spareUnitId}`, payload: { parentId: f.root, kind: 'khac', name: 'Đơn vị dự phòng (sửa)', version: f.spareUnitVersion } }),
    right: 'btg.dieuphoi',
    other: { who: 'muongang.baocao' },
  },
  'DELETE /api/registry/units/:id': { request: (f) => ({ method: 'DELETE', url: `/api/registry/units/${f.spareUnitId}` }), right: 'btg.dieuphoi', other: { who: 'tinhuy.lanhdao' } },
  'GET /api/registry/groups': { request: () => ({ method: 'GET', url: '/api/registry/groups' }), right: 'btg.dieuphoi', other: { who: 'muongang.baocao', leaks: (b, f) => mentions(b, f.groupId) } },
  'POST /api/registry/groups': {
    request: (f) => ({ method: 'POST', url: '/api/registry/groups', payload: { ownerUnitId: f.root, name: 'Nhóm thử', members: [{ unitId: f.tuanGiao }] } }),
    right: 'btg.dieuphoi',
    other: { who: 'muongang.baocao' },
  },
  'PUT /api/registry/groups/:id': {
    request: (f) => ({ method: 'PUT', url: `/api/registry/groups/${f.groupId}`, payload: { ownerUnitId: f.root, name: 'Nhóm thử (sửa)', members: [], version: f.groupVersion } }),
    right: 'btg.dieuphoi',
    other: { who: 'tinhuy.lanhdao' },
  },
  'DELETE /api/registry/groups/:id': { request: (f) => ({ method: 'DELETE', url: `/api/registry/groups/${f.spareGroupId}` }), right: 'btg.dieuphoi', other: { who: 'tuangiao.baocao' } },
  'GET /api/registry/suggest': {
    request: () => ({ method: 'GET', url: `/api/registry/suggest?q=${encodeURIComponent('Huyện ủy Tuần Giáo')}` }),
    right: 'btg.dieuphoi',
    other: { who: 'muongang.baocao', leaks: (b, f) => mentions(b, f.tuanGiao) },
  },
  'GET /api/registry/export': { request: () => ({ method: 'GET', url: '/api/registry/export?format=csv' }), right: 'btg.dieuphoi', other: { who: 'muongang.baocao', leaks: (b) => b.includes('Tuần Giáo') } },
  'POST /api/registry/import': {
    request: () => ({ method: 'POST', url: '/api/registry/import?dryRun=true', ...multipart({}, { name: 'dv.csv', content: 'Mã hệ thống,Mã,Tên đơn vị,Tên viết tắt,Tên gọi khác,Loại,Đơn vị cấp trên\n,,Chi bộ mới,,,Tổ chức cơ sở đảng,Huyện ủy Tuần Giáo\n' }) }),
    right: 'btg.dieuphoi',
    other: { who: 'tuangiao.baocao' },
  },
  'GET /api/plans': { request: () => ({ method: 'GET', url: '/api/plans' }), right: 'tuangiao.baocao' },
  'GET /api/plans/:id': { request: (f) => ({ method: 'GET', url: `/api/plans/${f.planId}` }), right: 'tuangiao.baocao', other: { who: 'muongang.baocao', leaks: (b) => b.includes('Huyện ủy Tuần Giáo') } },
  'GET /api/plans/:id/source': { request: (f) => ({ method: 'GET', url: `/api/plans/${f.planId}/source` }), right: 'tinhuy.lanhdao' },
  'PATCH /api/plans/:id': {
    request: (f) => ({ method: 'PATCH', url: `/api/plans/${f.planId}`, payload: { title: 'thực hiện Kết luận số 51-KL/TW', endDate: null, status: 'active', version: 1 } }),
    right: 'btg.dieuphoi',
    other: { who: 'tuangiao.baocao' },
  },
  'GET /api/imports': { request: () => ({ method: 'GET', url: '/api/imports' }), right: 'btg.dieuphoi', other: { who: 'tinhuy.lanhdao' } },
  'POST /api/imports': { request: () => ({ method: 'POST', url: '/api/imports', ...multipart({}, { name: 'kh.txt', content: SEED_TEXT }) }), right: 'btg.dieuphoi', other: { who: 'tuangiao.baocao' } },
  'POST /api/imports/text': { request: () => ({ method: 'POST', url: '/api/imports/text', payload: { text: SEED_TEXT } }), right: 'btg.dieuphoi', other: { who: 'tinhuy.lanhdao' } },
  'GET /api/imports/:id': { request: (f) => ({ method: 'GET', url: `/api/imports/${f.importId}` }), right: 'btg.dieuphoi', other: { who: 'muongang.baocao' } },
  'PUT /api/imports/:id': {
    request: (f) => ({ method: 'PUT', url: `/api/imports/${f.importId}`, payload: { draft: f.importDraft, version: f.importVersion } }),
    right: 'btg.dieuphoi',
    other: { who: 'muongang.baocao' },
  },
  'POST /api/imports/:id/publish': {
    request: (f) => ({ method: 'POST', url: `/api/imports/${f.importId}/publish`, payload: { version: f.importVersion + 1, allowDuplicate: true } }),
    right: 'btg.dieuphoi',
    other: { who: 'tuangiao.baocao' },
  },
  'DELETE /api/imports/:id': { request: (f) => ({ method: 'DELETE', url: `/api/imports/${f.spareImportId}` }), right: 'admin', other: { who: 'muongang.baocao' } },
  'GET /api/duties': { request: () => ({ method: 'GET', url: '/api/duties' }), right: 'tuangiao.baocao', other: { who: 'muongang.baocao', leaks: (b, f) => mentions(b, f.dutyId) } },
  'GET /api/duties/:id': { request: (f) => ({ method: 'GET', url: `/api/duties/${f.dutyId}` }), right: 'tuangiao.baocao', other: { who: 'muongang.baocao' } },
  'POST /api/duties/:id/updates': {
    request: (f) => ({ method: 'POST', url: `/api/duties/${f.dutyId}/updates`, ...multipart({ text: 'Tiến độ', progress: '20', version: String(f.dutyVersion) }) }),
    right: 'tuangiao.baocao',
    other: { who: 'muongang.baocao' },
  },
  'GET /api/attachments/:id': { request: (f) => ({ method: 'GET', url: `/api/attachments/${f.attachmentId}` }), right: 'btg.dieuphoi', other: { who: 'muongang.baocao' } },
  'GET /api/audit': { request: () => ({ method: 'GET', url: '/api/audit' }), right: 'admin', other: { who: 'btg.dieuphoi' } },
  'GET /api/users': { request: () => ({ method: 'GET', url: '/api/users' }), right: 'admin', other: { who: 'btg.dieuphoi' } },
  'POST /api/users': {
    request: (f) => ({ method: 'POST', url: '/api/users', payload: { username: 'nguoi.moi', displayName: 'Người mới', role: 'reporter', unitId: f.tuanGiao, password: 'matkhau-tam-2019' } }),
    right: 'admin',
    other: { who: 'tuangiao.baocao' },
  },
  'PUT /api/users/:id': {
    request: (f) => ({ method: 'PUT', url: `/api/users/${f.editUserId}`, payload: { displayName: 'Người sửa', role: 'reporter', unitId: f.tuanGiao, version: 1 } }),
    right: 'admin',
    other: { who: 'btg.dieuphoi' },
  },
  'POST /api/users/:id/password': { request: (f) => ({ method: 'POST', url: `/api/users/${f.editUserId}/password`, payload: { password: 'matkhau-tam-2019' } }), right: 'admin', other: { who: 'tinhuy.lanhdao' } },
};

const FULL = { so_hoi_nghi: 2, luot_can_bo: 80, luot_dang_vien: 450, luot_nhan_dan: 1200, tong_dang_vien: 500, ty_le_dang_vien: 90 };

// Reporting: the order matters (save, attach, then submit the same draft).
Object.assign(CASES, {
  'GET /api/obligations': { request: () => ({ method: 'GET', url: '/api/obligations' }), right: 'tuangiao.baocao', other: { who: 'muongang.baocao', leaks: (b, f) => mentions(b, f.obligationId) } },
  'GET /api/obligations/:id/report': { request: (f) => ({ method: 'GET', url: `/api/obligations/${f.obligationId}/report` }), right: 'tuangiao.baocao', other: { who: 'muongang.baocao' } },
  'PUT /api/obligations/:id/report': {
    request: (f) => ({ method: 'PUT', url: `/api/obligations/${f.obligationId}/report`, payload: { content: { narratives: {}, indicators: FULL }, version: 0 } }),
    right: 'tuangiao.baocao',
    other: { who: 'muongang.baocao' },
  },
  'POST /api/obligations/:id/report/attachments': {
    request: (f) => ({ method: 'POST', url: `/api/obligations/${f.obligationId}/report/attachments`, ...multipart({}, { name: 'mc.txt', content: 'biên bản' }) }),
    right: 'tuangiao.baocao',
    other: { who: 'muongang.baocao' },
  },
  'POST /api/obligations/:id/report/actions': {
    request: (f) => ({ method: 'POST', url: `/api/obligations/${f.obligationId}/report/actions`, payload: { action: 'submit', version: 2 } }),
    right: 'tuangiao.baocao',
    other: { who: 'muongang.baocao' },
  },
  'POST /api/obligations/:id/exception': {
    request: (f) => ({ method: 'POST', url: `/api/obligations/${f.otherObligationId}/exception`, payload: { dueDate: '2020-01-31', lockDate: null, reason: 'Gia hạn', version: 1 } }),
    right: 'btg.dieuphoi',
    other: { who: 'tuangiao.baocao' },
  },
  'GET /api/obligations/:id/session-totals': { request: (f) => ({ method: 'GET', url: `/api/obligations/${f.obligationId}/session-totals` }), right: 'tuangiao.baocao', other: { who: 'muongang.baocao' } },
  'GET /api/plans/:id/board': { request: (f) => ({ method: 'GET', url: `/api/plans/${f.planId}/board` }), right: 'btg.dieuphoi', other: { who: 'muongang.baocao', leaks: (b) => b.includes('Huyện ủy Tuần Giáo') } },
  'POST /api/plans/:id/remind': { request: (f) => ({ method: 'POST', url: `/api/plans/${f.planId}/remind`, payload: { obligationIds: [f.otherObligationId] } }), right: 'btg.dieuphoi', other: { who: 'tuangiao.baocao' } },
  'GET /api/plans/:id/form': { request: (f) => ({ method: 'GET', url: `/api/plans/${f.planId}/form` }), right: 'tuangiao.baocao' },
  'PUT /api/plans/:id/form': {
    request: (f) => ({ method: 'PUT', url: `/api/plans/${f.planId}/form`, payload: { indicators: [], rules: [], requireApproval: false, version: 1 } }),
    right: 'btg.dieuphoi',
    other: { who: 'tuangiao.lanhdao' },
  },
  'PUT /api/reporting-duties/:id/rule': {
    request: (f) => ({ method: 'PUT', url: `/api/reporting-duties/${f.reportingDutyId}/rule`, payload: { cadence: '6-monthly', window: 'cutoff-nd09', due: { days: 5, count: 'working' }, lock: { days: 30, count: 'calendar' } } }),
    right: 'btg.dieuphoi',
    other: { who: 'tuangiao.baocao' },
  },
  'POST /api/duties/:id/sub-plan': { request: (f) => ({ method: 'POST', url: `/api/duties/${f.subPlanDutyId}/sub-plan`, ...multipart({}, { name: 'kh-huyen.txt', content: SUB_PLAN }) }), right: 'tuangiao.baocao', other: { who: 'muongang.baocao' } },
  'GET /api/duties/:id/sessions': { request: (f) => ({ method: 'GET', url: `/api/duties/${f.disseminateDutyId}/sessions` }), right: 'tuangiao.baocao', other: { who: 'muongang.baocao' } },
  'POST /api/duties/:id/sessions': {
    request: (f) => ({ method: 'POST', url: `/api/duties/${f.disseminateDutyId}/sessions`, payload: { heldOn: '2019-10-15', form: 'truc-tiep', title: 'Hội nghị quán triệt', cadres: 50, partyMembers: 300, people: 0 } }),
    right: 'tuangiao.baocao',
    other: { who: 'muongang.baocao' },
  },
  'GET /api/notifications': { request: () => ({ method: 'GET', url: '/api/notifications' }), right: 'tuangiao.baocao' },
  'POST /api/notifications/read': { request: () => ({ method: 'POST', url: '/api/notifications/read', payload: {} }), right: 'tuangiao.baocao' },
} satisfies Record<string, Case>);

// Route modules add their own cases next to their routes.
const MODULES = Object.values(import.meta.glob<{ access: AccessModule }>('./routes/*.access.ts', { eager: true })).map((m) => m.access);
for (const m of MODULES) Object.assign(CASES, m.cases);

const PUBLIC_ROUTES = new Set(['GET /api/health', 'GET /api/openapi.json', 'POST /api/auth/login', ...MODULES.flatMap((m) => m.publicRoutes ?? [])]);

describe.each(testBackends())('access to every route on %s', (backend) => {
  let t: TestApp;
  let f: Fixtures;
  const sessions = new Map<Who, Session>();
  const sessionOf = async (who: Who) => {
    if (who === 'throwaway') {
      return t.login('nguoi.thu', 'matkhau-tam-2019');
    }
    let s = sessions.get(who);
    if (!s) {
      s = await t.login(who);
      sessions.set(who, s);
    }
    return s;
  };

  beforeAll(async () => {
    t = await createTestApp(backend, { now: '2019-09-10T09:00:00+07:00' });
    const c = await sessionOf('btg.dieuphoi');
    const admin = await sessionOf('admin');
    const draft = (await t.as(c, { method: 'POST', url: '/api/imports/text', payload: { text: SEED_TEXT } })).json();
    const { planId } = (await t.as(c, { method: 'POST', url: `/api/imports/${draft.id}/publish`, payload: { version: draft.version } })).json();
    const second = (await t.as(c, { method: 'POST', url: '/api/imports/text', payload: { text: SEED_TEXT } })).json();
    const spareImport = (await t.as(c, { method: 'POST', url: '/api/imports/text', payload: { text: SEED_TEXT } })).json();
    const reporter = await sessionOf('tuangiao.baocao');
    const tgDuties = (await t.as(reporter, { method: 'GET', url: '/api/duties' })).json().duties as { id: string; kind: string; version: number }[];
    const byKind = (kind: string) => tgDuties.find((d) => d.kind === kind) ?? tgDuties[0];
    const duty = byKind('guide-inspect');
    if (!duty) throw new Error('no duty');
    const obligationsList = (await t.as(c, { method: 'GET', url: '/api/obligations' })).json().obligations as { id: string; unitName: string; periodId: string }[];
    const ob = (unit: string) => obligationsList.find((o) => o.unitName === unit && o.periodId === '2019H2')?.id ?? '';
    const form = (await t.as(c, { method: 'GET', url: `/api/plans/${planId}/form` })).json();
    await t.as(reporter, { method: 'POST', url: `/api/duties/${duty.id}/updates`, ...multipart({ text: 'Bắt đầu', progress: '10', version: String(duty.version) }, { name: 'mc.txt', content: 'minh chứng' }) });
    const detail = (await t.as(reporter, { method: 'GET', url: `/api/duties/${duty.id}` })).json();
    const root = t.units.get('tinh-uy') ?? '';
    const spare = (await t.as(c, { method: 'POST', url: '/api/registry/units', payload: { parentId: root, kind: 'khac', name: 'Đơn vị dự phòng' } })).json();
    const group = (await t.as(c, { method: 'POST', url: '/api/registry/groups', payload: { ownerUnitId: root, name: 'Nhóm A', members: [{ unitId: t.units.get('h-tg') }] } })).json();
    const spareGroup = (await t.as(c, { method: 'POST', url: '/api/registry/groups', payload: { ownerUnitId: root, name: 'Nhóm B', members: [] } })).json();
    await t.as(admin, { method: 'POST', url: '/api/users', payload: { username: 'nguoi.thu', displayName: 'Người thử', role: 'reporter', unitId: t.units.get('h-tg'), password: 'matkhau-tam-2019' } });
    const editUser = (await t.as(admin, { method: 'POST', url: '/api/users', payload: { username: 'nguoi.sua', displayName: 'Người sửa', role: 'reporter', unitId: t.units.get('h-tg'), password: 'matkhau-tam-2019' } })).json();
    f = {
      extra: {},
      planId,
      obligationId: ob('Huyện ủy Tuần Giáo'),
      otherObligationId: ob('Huyện ủy Mường Ảng'),
      reportingDutyId: form.reportingRules[0].reportingDutyId,
      subPlanDutyId: byKind('sub-plan')?.id ?? '',
      disseminateDutyId: byKind('disseminate')?.id ?? '',
      importId: second.id,
      importVersion: second.version,
      importDraft: second.draft,
      spareImportId: spareImport.id,
      editUserId: editUser.id,
      dutyId: duty.id,
      dutyVersion: detail.duty.version,
      attachmentId: detail.updates[0].attachments[0].id,
      tuanGiao: t.units.get('h-tg') ?? '',
      muongAng: t.units.get('h-ma') ?? '',
      root,
      spareUnitId: spare.id,
      spareUnitVersion: spare.version,
      groupId: group.id,
      groupVersion: group.version,
      spareGroupId: spareGroup.id,
    };
  });
  afterAll(async () => t?.close());

  beforeAll(async () => {
    for (const m of MODULES) if (m.setup) Object.assign(f.extra, await m.setup({ t, f, sessionOf }));
  });

  it('knows every registered route, and every route declares a known permission', () => {
    const registered = t.app.routeTable.map((r) => `${r.method} ${r.url}`).sort();
    const covered = [...Object.keys(CASES), ...PUBLIC_ROUTES].sort();
    expect(registered).toEqual(covered);
    for (const r of t.app.routeTable) expect(['public', ...PERMISSIONS]).toContain(r.access);
    expect(t.app.routeTable.filter((r) => r.access === 'public').map((r) => `${r.method} ${r.url}`).sort()).toEqual([...PUBLIC_ROUTES].sort());
  });

  it.each(Object.entries(CASES))('%s: anonymous → 401', async (_name, c) => {
    const res = await t.app.inject(c.request(f));
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it.each(Object.entries(CASES).filter(([, c]) => c.other))('%s: another unit or role → 403 or nothing of theirs', async (_name, c) => {
    const other = c.other;
    if (!other) return;
    const res = await t.as(await sessionOf(other.who), c.request(f));
    if (other.leaks) {
      expect(res.statusCode).toBeLessThan(300);
      expect(other.leaks(res.body, f)).toBe(false);
    } else {
      expect(res.statusCode).toBe(403);
      expect(['FORBIDDEN', 'OUT_OF_SCOPE']).toContain(res.json().error.code);
    }
  });

  // Sequential: some requests change what later ones see.
  it('the right user → 2xx, for every route', async () => {
    const failures: string[] = [];
    for (const [name, c] of Object.entries(CASES)) {
      const res = await t.as(await sessionOf(c.right), c.request(f));
      if (res.statusCode >= 300) failures.push(`${name}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
  });
});
