import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachments, notifications } from '../db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../testing/app.ts';
import { testBackends } from '../testing/db.ts';

interface Inbox {
  obligations: { id: string; unitName: string; periodId: string; timing: string; reportStatus: string | null; dueDate: string }[];
}

const FULL = { so_hoi_nghi: 2, luot_can_bo: 80, luot_dang_vien: 450, luot_nhan_dan: 1200, tong_dang_vien: 500, ty_le_dang_vien: 90 };

const multipartFile = (name: string, bytes: Buffer) => {
  const b = '----rep';
  const head = Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  return { payload: Buffer.concat([head, bytes, Buffer.from(`\r\n--${b}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${b}` } };
};

function countFiles(dir: string): number {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  } catch {
    return 0;
  }
}

describe.each(testBackends())('periodic reporting on %s', (backend) => {
  let t: TestApp;
  let reporter: Session;
  let leader: Session;
  let other: Session;
  let coordinator: Session;
  let viewer: Session;
  let inbox: Inbox['obligations'];
  const find = (unit: string, period: string) => {
    const o = inbox.find((x) => x.unitName === unit && x.periodId === period);
    if (!o) throw new Error(`no obligation ${unit} ${period}`);
    return o;
  };
  const report = async (s: Session, id: string) => (await t.as(s, { method: 'GET', url: `/api/obligations/${id}/report` })).json();
  const save = (s: Session, id: string, indicators: Record<string, unknown>, version: number, text = 'Đã quán triệt') =>
    t.as(s, { method: 'PUT', url: `/api/obligations/${id}/report`, payload: { content: { narratives: { 'kho-khan': text }, indicators }, version } });
  const doAction = (s: Session, id: string, action: string, version: number, comment: string | null = null) =>
    t.as(s, { method: 'POST', url: `/api/obligations/${id}/report/actions`, payload: { action, version, comment } });

  beforeAll(async () => {
    t = await createTestApp(backend, { now: '2020-06-10T09:00:00+07:00', withPlan: true, config: { maxUploadBytes: 64 * 1024 } });
    reporter = await t.login('tuangiao.baocao');
    leader = await t.login('tuangiao.lanhdao');
    other = await t.login('muongang.baocao');
    coordinator = await t.login('btg.dieuphoi');
    viewer = await t.login('tinhuy.lanhdao');
    inbox = ((await t.as(coordinator, { method: 'GET', url: '/api/obligations' })).json() as Inbox).obligations;
  });
  afterAll(async () => t?.close());

  it('generates obligations per unit and period with Nghị định 09 dates', () => {
    const tg = inbox.filter((o) => o.unitName === 'Huyện ủy Tuần Giáo').map((o) => [o.periodId, o.dueDate, o.timing]);
    expect(tg).toEqual(
      expect.arrayContaining([
        ['2019H2', '2019-12-17', 'locked'],
        ['2020H1', '2020-06-16', 'due-soon'],
        ['2020H2', '2020-12-16', 'not-due'],
      ]),
    );
    expect(inbox.filter((o) => o.periodId === '2020H1')).toHaveLength(21);
    expect(inbox.filter((o) => o.unitName === 'Ban Tuyên giáo Tỉnh ủy').map((o) => o.periodId)).toEqual(expect.arrayContaining(['2019', '2020']));
  });

  it('shows a reporter only the obligations of their unit', async () => {
    const mine = ((await t.as(reporter, { method: 'GET', url: '/api/obligations' })).json() as Inbox).obligations;
    expect(new Set(mine.map((o) => o.unitName))).toEqual(new Set(['Huyện ủy Tuần Giáo']));
    expect(mine[0]?.timing).toBe('due-soon');
    const id = find('Huyện ủy Tuần Giáo', '2020H1').id;
    expect((await t.as(other, { method: 'GET', url: `/api/obligations/${id}/report` })).statusCode).toBe(403);
  });

  it('saves drafts with versions: a stale save is a conflict carrying both versions', async () => {
    const id = find('Huyện ủy Tuần Giáo', '2020H1').id;
    const first = await save(reporter, id, { so_hoi_nghi: 1 }, 0, 'Bản của người thứ nhất');
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(1);
    const second = await save(leader, id, { so_hoi_nghi: 5 }, 0, 'Bản của người thứ hai');
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('VERSION_CONFLICT');
    expect(second.json().error.details.current.content.narratives['kho-khan']).toBe('Bản của người thứ nhất');
    const kept = await report(reporter, id);
    expect(kept.report.content.indicators).toEqual({ so_hoi_nghi: 1 });
  });

  it('refuses to submit an incomplete report, with each problem', async () => {
    const id = find('Huyện ủy Tuần Giáo', '2020H1').id;
    const r = await report(reporter, id);
    const res = await doAction(reporter, id, 'submit', r.report.version);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('REPORT_INCOMPLETE');
    expect(res.json().error.details.issues.map((i: { field: string }) => i.field)).toEqual(['luot_dang_vien', 'tong_dang_vien']);
    const bad = await save(reporter, id, { ...FULL, luot_dang_vien: 900 }, r.report.version);
    const afterBad = await doAction(reporter, id, 'submit', bad.json().version);
    expect(afterBad.json().error.details.issues[0].code).toBe('RULE');
  });

  it('submits, returns with a comment, resubmits and accepts, keeping every version', async () => {
    const id = find('Huyện ủy Tuần Giáo', '2020H1').id;
    let r = await report(reporter, id);
    const saved = await save(reporter, id, FULL, r.report.version, 'Đã tổ chức 2 hội nghị');
    const submitted = await doAction(reporter, id, 'submit', saved.json().version);
    expect(submitted.json()).toMatchObject({ status: 'submitted', versionNumber: 1 });
    expect((await save(reporter, id, FULL, submitted.json().version)).json().error.code).toBe('REPORT_WRONG_STATUS');
    expect((await doAction(reporter, id, 'accept', submitted.json().version)).statusCode).toBe(403);
    expect((await doAction(viewer, id, 'accept', submitted.json().version)).statusCode).toBe(403);
    expect((await doAction(other, id, 'accept', submitted.json().version)).statusCode).toBe(403);
    const noReason = await doAction(coordinator, id, 'return', submitted.json().version);
    expect(noReason.statusCode).toBe(400);
    const returned = await doAction(coordinator, id, 'return', submitted.json().version, 'Bổ sung số liệu nhân dân tham dự');
    expect(returned.json().status).toBe('returned');
    r = await report(reporter, id);
    expect(r.abilities.actions).toEqual(['save', 'submit']);
    const fixed = await save(reporter, id, { ...FULL, luot_nhan_dan: 1500 }, r.report.version, 'Đã tổ chức 3 hội nghị');
    const again = await doAction(reporter, id, 'submit', fixed.json().version);
    expect(again.json()).toMatchObject({ status: 'submitted', versionNumber: 2 });
    const accepted = await doAction(coordinator, id, 'accept', again.json().version);
    expect(accepted.json().status).toBe('accepted');
    r = await report(coordinator, id);
    expect(r.versions.map((v: { number: number; content: { narratives: Record<string, string> } }) => [v.number, v.content.narratives['kho-khan']])).toEqual([
      [1, 'Đã tổ chức 2 hội nghị'],
      [2, 'Đã tổ chức 3 hội nghị'],
    ]);
    expect(r.events.map((e: { action: string }) => e.action)).toEqual(['accept', 'submit', 'return', 'submit']);
    expect(r.events.find((e: { action: string }) => e.action === 'return').comment).toBe('Bổ sung số liệu nhân dân tham dự');
  });

  it('counts the unit on time on the period board', async () => {
    const board = (await t.as(coordinator, { method: 'GET', url: `/api/plans/${(await report(coordinator, find('Huyện ủy Tuần Giáo', '2020H1').id)).plan.id}/board?period=2020H1` })).json();
    const row = board.rows.find((x: { unitName: string }) => x.unitName === 'Huyện ủy Tuần Giáo');
    expect(row).toMatchObject({ reportStatus: 'accepted', timing: 'submitted-on-time' });
    const rate = board.periods.find((p: { periodId: string }) => p.periodId === '2020H1');
    expect(rate).toMatchObject({ expected: 21, submitted: 1, onTime: 1 });
    expect(board.notReported).toHaveLength(20);
  });

  it('with leader approval required: reporter asks, leader rejects or approves', async () => {
    const planId = (await report(coordinator, find('Huyện ủy Tuần Giáo', '2020H2').id)).plan.id;
    const form = (await t.as(coordinator, { method: 'GET', url: `/api/plans/${planId}/form` })).json();
    const put = await t.as(coordinator, { method: 'PUT', url: `/api/plans/${planId}/form`, payload: { indicators: form.form.indicators, rules: form.form.rules, requireApproval: true, version: form.version } });
    expect(put.statusCode).toBe(200);
    const id = find('Huyện ủy Tuần Giáo', '2020H2').id;
    const saved = await save(reporter, id, FULL, 0);
    expect((await doAction(reporter, id, 'submit', saved.json().version)).json().error.code).toBe('REPORT_APPROVAL_REQUIRED');
    const asked = await doAction(reporter, id, 'request-approval', saved.json().version);
    expect(asked.json().status).toBe('awaiting-approval');
    expect((await doAction(reporter, id, 'approve', asked.json().version)).statusCode).toBe(403);
    const rejected = await doAction(leader, id, 'reject', asked.json().version, 'Viết lại phần khó khăn');
    expect(rejected.json().status).toBe('draft');
    const asked2 = await doAction(reporter, id, 'request-approval', rejected.json().version);
    const approved = await doAction(leader, id, 'approve', asked2.json().version);
    expect(approved.json()).toMatchObject({ status: 'submitted', versionNumber: 1 });
  });

  it('closes entry after the lock date until the coordinator grants an exception', async () => {
    const o = find('Huyện ủy Tuần Giáo', '2019H2');
    const locked = await save(reporter, o.id, FULL, 0);
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('REPORT_LOCKED');
    expect((await t.as(reporter, { method: 'POST', url: `/api/obligations/${o.id}/exception`, payload: { dueDate: '2020-06-30', lockDate: '2020-07-15', reason: 'x', version: 1 } })).statusCode).toBe(403);
    const granted = await t.as(coordinator, { method: 'POST', url: `/api/obligations/${o.id}/exception`, payload: { dueDate: '2020-06-30', lockDate: '2020-07-15', reason: 'Bão lũ', version: 1 } });
    expect(granted.statusCode).toBe(200);
    const saved = await save(reporter, o.id, FULL, 0);
    // Approval is required since the previous test: the leader submits.
    const submitted = await doAction(leader, o.id, 'submit', saved.json().version);
    expect(submitted.json().status).toBe('submitted');
    expect((await report(coordinator, o.id)).obligation.timing).toBe('submitted-on-time');
  });

  it('refuses an attachment of the wrong type or over the limit, storing nothing', async () => {
    const id = find('Huyện ủy Mường Ảng', '2020H1').id;
    const before = { rows: await t.database.db.$count(attachments), files: countFiles(t.config.filesDir) };
    const exe = await t.as(other, { method: 'POST', url: `/api/obligations/${id}/report/attachments`, ...multipartFile('bao-cao.pdf', Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(200, 1)])) });
    expect(exe.statusCode).toBe(400);
    expect(exe.json().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
    const big = await t.as(other, { method: 'POST', url: `/api/obligations/${id}/report/attachments`, ...multipartFile('lon.txt', Buffer.alloc(100 * 1024, 'a')) });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('FILE_TOO_LARGE');
    expect({ rows: await t.database.db.$count(attachments), files: countFiles(t.config.filesDir) }).toEqual(before);
    const ok = await t.as(other, { method: 'POST', url: `/api/obligations/${id}/report/attachments`, ...multipartFile('minh-chung.txt', Buffer.from('Biên bản hội nghị')) });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().attachments[0].fileName).toBe('minh-chung.txt');
  });

  it('reminds the units that have not reported, in the app', async () => {
    const id = find('Huyện ủy Mường Ảng', '2020H1').id;
    const planId = (await report(coordinator, id)).plan.id;
    expect((await t.as(reporter, { method: 'POST', url: `/api/plans/${planId}/remind`, payload: { obligationIds: [id] } })).statusCode).toBe(403);
    const res = await t.as(coordinator, { method: 'POST', url: `/api/plans/${planId}/remind`, payload: { obligationIds: [id] } });
    expect(res.json().notified).toBe(1);
    const list = (await t.as(other, { method: 'GET', url: '/api/notifications' })).json();
    expect(list.unread).toBe(1);
    expect(list.items[0].title).toContain('6 tháng đầu năm 2020');
    await t.as(other, { method: 'POST', url: '/api/notifications/read', payload: {} });
    expect((await t.as(other, { method: 'GET', url: '/api/notifications' })).json().unread).toBe(0);
    expect(await t.database.db.$count(notifications)).toBe(1);
    // The reminder log shows it, to whom and for which report; a second reminder the same day is kept too.
    const log = (await t.as(coordinator, { method: 'GET', url: `/api/reminders/log?planId=${planId}` })).json().entries as { targetId: string; unitName: string; channel: string; status: string; subject: string }[];
    const entries = log.filter((e) => e.targetId === id);
    expect(entries.map((e) => [e.unitName, e.channel, e.status, e.subject])).toEqual([['Huyện ủy Mường Ảng', 'app', 'sent', list.items[0].title]]);
    expect((await t.as(coordinator, { method: 'POST', url: `/api/plans/${planId}/remind`, payload: { obligationIds: [id] } })).json().notified).toBe(1);
    const again = (await t.as(coordinator, { method: 'GET', url: `/api/reminders/log?planId=${planId}` })).json().entries as { targetId: string }[];
    expect(again.filter((e) => e.targetId === id)).toHaveLength(2);
  });
});
