import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CivilDate } from '../../core/civil-date.ts';
import { fixedClock } from '../clock.ts';
import { openPostgres, type Database, type Db } from '../db/client.ts';
import { duties, notifications, obligations, reminderLog, units, userPreferences, users } from '../db/schema/index.ts';
import { queryRows } from '../db/sql.ts';
import { inTransaction } from '../db/uow.ts';
import { runJob } from '../jobs/runner.ts';
import { reminderJobs } from '../services/reminders/jobs.ts';
import { smtpMailer } from '../services/reminders/mailer.ts';
import { reminderDay, runReminders } from '../services/reminders/run.ts';
import { startSmtpSink, type SmtpSink } from '../services/reminders/testing/smtp-sink.ts';
import { createTestApp, type TestApp } from '../testing/app.ts';
import { testBackends } from '../testing/db.ts';

const FULL = { so_hoi_nghi: 2, luot_can_bo: 80, luot_dang_vien: 450, luot_nhan_dan: 1200, tong_dang_vien: 500, ty_le_dang_vien: 90 };
const PUBLIC_URL = 'https://thucthi.dienbien.vn';
const d = (s: string) => s as CivilDate;

/** A second "server process" on the same database: its own connection pool on PostgreSQL, the same instance on PGlite. */
async function secondProcess(database: Database): Promise<{ db: Db; close: () => Promise<void> }> {
  if (database.kind === 'pglite') return { db: database.db, close: async () => undefined };
  const [row] = await queryRows<{ name: string }>(database.db, sql`SELECT current_database() AS name`);
  const url = new URL(process.env.TEST_DATABASE_URL ?? '');
  url.pathname = `/${row?.name ?? ''}`;
  const other = await openPostgres(url.toString(), 3);
  return { db: other.db, close: other.close };
}

describe.each(testBackends())('reminders on %s', (backend) => {
  let t: TestApp;
  let sink: SmtpSink;
  let planId: string;
  let tgDutyId: string;
  const ids = new Map<string, string>();
  const name = new Map<string, string>();

  const run = (today: string, db?: Db) =>
    runReminders(db ?? t.database.db, { today: d(today), actor: null, mailer: smtpMailer({ url: sink.url, from: 'thucthi@dienbien.vn' }), publicUrl: PUBLIC_URL });

  /** The reminder log as readable tuples: what, which reminder, to whom, how, status. */
  const logOf = async (forDate?: string) => {
    const rows = await t.database.db
      .select({ l: reminderLog, username: users.username, oUnit: obligations.unitId, oPeriod: obligations.periodId, dUnit: duties.unitId })
      .from(reminderLog)
      .innerJoin(users, eq(users.id, reminderLog.userId))
      .leftJoin(obligations, eq(obligations.id, reminderLog.targetId))
      .leftJoin(duties, eq(duties.id, reminderLog.targetId))
      .where(forDate ? eq(reminderLog.forDate, d(forDate)) : undefined);
    return rows
      .map((r) => `${r.l.targetKind === 'obligation' ? `bc ${name.get(r.oUnit ?? '')} ${r.oPeriod}` : `nv ${name.get(r.dUnit ?? '')}`} ${r.l.reminderKey} → ${r.username} ${r.l.channel} ${r.l.status}`)
      .sort();
  };
  const mailsTo = (address: string) => sink.messages.filter((m) => m.to.includes(address));
  const setUser = (username: string, patch: { email?: string | null }, prefs?: { emailReminders: boolean; dailyDigest: boolean }) =>
    inTransaction(t.database.db, null, async (work) => {
      const id = ids.get(username) ?? '';
      if (patch.email !== undefined) await work.write.update(users, id, { email: patch.email });
      if (prefs) await work.write.insertOne(userPreferences, { userId: id, ...prefs });
    });

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await createTestApp(backend, { now: '2020-06-12T08:00:00+07:00', withPlan: true, config: { smtp: { url: sink.url, from: 'thucthi@dienbien.vn' }, publicUrl: PUBLIC_URL } });
    for (const u of await t.database.db.select().from(users)) ids.set(u.username, u.id);
    for (const u of await t.database.db.select().from(units)) name.set(u.id, u.name);
    await setUser('tuangiao.baocao', { email: 'mai@tuangiao.vn' });
    await setUser('tuangiao.lanhdao', { email: 'thang@tuangiao.vn' }, { emailReminders: true, dailyDigest: true });
    await setUser('btg.dieuphoi', { email: 'hoa@btg.vn' });
    await setUser('mttq.baocao', { email: 'lan@mttq.vn' }, { emailReminders: false, dailyDigest: false });
    // Tuần Giáo's own plan was due on Fri 5/6/2020 and is not done: 7 days overdue on the 12th.
    const [duty] = await t.database.db.select().from(duties).where(and(eq(duties.unitId, t.units.get('h-tg') ?? ''), eq(duties.kind, 'sub-plan')));
    if (!duty) throw new Error('no sub-plan duty');
    tgDutyId = duty.id;
    planId = duty.planId;
    await inTransaction(t.database.db, null, (work) => work.write.update(duties, duty.id, { deadline: d('2020-06-05') }));
    // Mường Ảng has already sent its report for the first half of 2020.
    const ma = await t.login('muongang.baocao');
    const inbox = (await t.as(ma, { method: 'GET', url: '/api/obligations' })).json().obligations as { id: string; periodId: string }[];
    const h1 = inbox.find((o) => o.periodId === '2020H1')?.id ?? '';
    const saved = await t.as(ma, { method: 'PUT', url: `/api/obligations/${h1}/report`, payload: { content: { narratives: {}, indicators: FULL }, version: 0 } });
    expect((await t.as(ma, { method: 'POST', url: `/api/obligations/${h1}/report/actions`, payload: { action: 'submit', version: saved.json().version } })).json().status).toBe('submitted');
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  it('on Fri 12/6/2020 sends exactly the reminders due, to the right people, by the right channels', async () => {
    const summary = await run('2020-06-12');
    expect(await logOf()).toEqual(
      [
        // The report due Tue 16/6: a week's notice (caught up three days late: the first run of the plan).
        'bc Huyện ủy Tuần Giáo 2020H1 before-7 → tuangiao.baocao app sent',
        'bc Huyện ủy Tuần Giáo 2020H1 before-7 → tuangiao.baocao email sent',
        'bc Huyện ủy Tuần Giáo 2020H1 before-7 → tuangiao.lanhdao app sent',
        'bc Huyện ủy Tuần Giáo 2020H1 before-7 → tuangiao.lanhdao email sent',
        // MTTQ's reporter turned e-mail off; Mường Ảng has submitted.
        'bc Ủy ban MTTQ Việt Nam tỉnh 2020H1 before-7 → mttq.baocao app sent',
        // The duty 7 days overdue: every 3 days to the unit, and escalated to its leader and the coordinating office.
        'nv Huyện ủy Tuần Giáo overdue-6 → tuangiao.baocao app sent',
        'nv Huyện ủy Tuần Giáo overdue-6 → tuangiao.baocao email sent',
        'nv Huyện ủy Tuần Giáo overdue-6 → tuangiao.lanhdao app sent',
        'nv Huyện ủy Tuần Giáo overdue-6 → tuangiao.lanhdao email sent',
        'nv Huyện ủy Tuần Giáo escalate → btg.dieuphoi app sent',
        'nv Huyện ủy Tuần Giáo escalate → btg.dieuphoi email sent',
        'nv Huyện ủy Tuần Giáo escalate → tuangiao.lanhdao app sent',
        'nv Huyện ủy Tuần Giáo escalate → tuangiao.lanhdao email sent',
      ].sort(),
    );
    expect(summary).toMatchObject({ due: 7, app: 7, email: { enabled: true, sent: 4, failed: 0, alreadySent: 0 } });

    // Mai gets one e-mail per reminder, her leader one digest, the coordinating office the escalation.
    expect(mailsTo('mai@tuangiao.vn').map((m) => m.subject).sort()).toEqual([
      'Nhắc hạn nộp báo cáo 6 tháng đầu năm 2020 — KH 82-KH/TU: còn 4 ngày (hạn 16/06/2020)',
      expect.stringMatching(/^Quá hạn nhiệm vụ “Xây dựng chương trình, kế hoạch thực hiện Kết luận số 51-KL\/TW.*” — KH 82-KH\/TU: đã quá 7 ngày \(hạn 05\/06\/2020\)$/),
    ]);
    const report = mailsTo('mai@tuangiao.vn').find((m) => m.subject.startsWith('Nhắc hạn'));
    expect(report?.from).toBe('thucthi@dienbien.vn');
    expect(report?.text).toContain('Kính gửi đồng chí Lường Thị Mai (Huyện ủy Tuần Giáo),');
    expect(report?.text).toContain('- Báo cáo: báo cáo 6 tháng đầu năm 2020');
    expect(report?.text).toContain('- Hạn: Thứ Ba, 16/06/2020 (còn 4 ngày)');
    expect(report?.text).toMatch(/Xem chi tiết: https:\/\/thucthi\.dienbien\.vn\/bao-cao\/[0-9a-f-]{36}/);
    const digest = mailsTo('thang@tuangiao.vn');
    expect(digest).toHaveLength(1);
    expect(digest[0]?.subject).toBe('Tổng hợp nhắc việc ngày 12/06/2020: 3 việc cần chú ý');
    expect(digest[0]?.text).toContain('1. ');
    expect(digest[0]?.text).toContain('3. ');
    expect(digest[0]?.text).toContain(`${PUBLIC_URL}/nhiem-vu/${tgDutyId}`);
    const escalation = mailsTo('hoa@btg.vn');
    expect(escalation.map((m) => m.subject)).toEqual([expect.stringMatching(/^Đơn vị chậm: Huyện ủy Tuần Giáo chưa hoàn thành nhiệm vụ “.*” — KH 82-KH\/TU \(quá hạn 7 ngày\)$/)]);
    expect(escalation[0]?.text).toContain('Đề nghị đồng chí đôn đốc đơn vị.');
    expect(sink.messages).toHaveLength(4);

    // In the app: one notice per reminder, counted as unread.
    const tg = await t.login('tuangiao.lanhdao');
    const list = (await t.as(tg, { method: 'GET', url: '/api/notifications' })).json();
    expect(list.unread).toBe(3);
    expect(list.items.map((n: { kind: string }) => n.kind)).toEqual(['reminder', 'reminder', 'reminder']);
  });

  it('sends nothing twice when run again', async () => {
    const before = { log: (await logOf()).length, mails: sink.messages.length, notices: await t.database.db.$count(notifications) };
    const again = await run('2020-06-12');
    expect(again).toMatchObject({ due: 7, app: 0, email: { sent: 0, failed: 0, alreadySent: 4 } });
    expect({ log: (await logOf()).length, mails: sink.messages.length, notices: await t.database.db.$count(notifications) }).toEqual(before);
  });

  it('sends nothing on a Saturday, and the daily job runs once per reminder day from 07:00', async () => {
    const [send] = reminderJobs(() => ({ smtp: { url: sink.url, from: 'thucthi@dienbien.vn' }, publicUrl: PUBLIC_URL }));
    if (!send) throw new Error('no job');
    expect(reminderDay(fixedClock('2020-06-13T06:59:00+07:00'))).toBe('2020-06-12');
    expect(reminderDay(fixedClock('2020-06-13T07:00:00+07:00'))).toBe('2020-06-13');
    const before = (await logOf()).length;
    const saturday = fixedClock('2020-06-13T09:00:00+07:00');
    expect(await runJob(t.database.db, saturday, send)).toBe('ran');
    expect(await runJob(t.database.db, saturday, send)).toBe('skipped');
    expect((await logOf()).length).toBe(before);
  });

  it('sends nothing twice when two server processes run at once', async () => {
    const second = await secondProcess(t.database);
    try {
      const mails = sink.messages.length;
      const notices = await t.database.db.$count(notifications);
      // Mon 15/6: the day before the report (Friday's notice of a Monday would come here), the duty 10 days overdue.
      const [a, b] = await Promise.all([run('2020-06-15'), run('2020-06-15', second.db)]);
      expect(await logOf('2020-06-15')).toEqual(
        [
          'bc Huyện ủy Tuần Giáo 2020H1 before-1 → tuangiao.baocao app sent',
          'bc Huyện ủy Tuần Giáo 2020H1 before-1 → tuangiao.baocao email sent',
          'bc Huyện ủy Tuần Giáo 2020H1 before-1 → tuangiao.lanhdao app sent',
          'bc Huyện ủy Tuần Giáo 2020H1 before-1 → tuangiao.lanhdao email sent',
          'bc Ủy ban MTTQ Việt Nam tỉnh 2020H1 before-1 → mttq.baocao app sent',
          'nv Huyện ủy Tuần Giáo overdue-9 → tuangiao.baocao app sent',
          'nv Huyện ủy Tuần Giáo overdue-9 → tuangiao.baocao email sent',
          'nv Huyện ủy Tuần Giáo overdue-9 → tuangiao.lanhdao app sent',
          'nv Huyện ủy Tuần Giáo overdue-9 → tuangiao.lanhdao email sent',
        ].sort(),
      );
      // Each reminder went out once between the two: 5 notices, and 3 e-mails (2 to Mai, 1 digest).
      expect(a.app + b.app).toBe(5);
      expect(a.email.sent + b.email.sent).toBe(3);
      expect(sink.messages.length - mails).toBe(3);
      expect((await t.database.db.$count(notifications)) - notices).toBe(5);
      expect(mailsTo('thang@tuangiao.vn').filter((m) => m.subject.includes('15/06/2020'))).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it('records a refused e-mail as failed and sends it on a later run; drops what is no longer needed', async () => {
    sink.refuse.add('mai@tuangiao.vn');
    // Fri 19/6: the report 3 days overdue, the duty 14 days (overdue-12).
    const failing = await run('2020-06-19');
    expect(failing.email).toMatchObject({ sent: 1, failed: 2 });
    const failed = await t.database.db.select().from(reminderLog).where(eq(reminderLog.status, 'failed'));
    expect(failed.map((f) => [f.reminderKey, f.channel]).sort()).toEqual([
      ['overdue-12', 'email'],
      ['overdue-3', 'email'],
    ]);
    expect(failed[0]?.error).toContain('550');
    // Tuần Giáo submits its report before the retry: that reminder is dropped, the duty's is sent.
    const reporter = await t.login('tuangiao.baocao');
    const inbox = (await t.as(reporter, { method: 'GET', url: '/api/obligations' })).json().obligations as { id: string; periodId: string }[];
    const h1 = inbox.find((o) => o.periodId === '2020H1')?.id ?? '';
    const saved = await t.as(reporter, { method: 'PUT', url: `/api/obligations/${h1}/report`, payload: { content: { narratives: {}, indicators: FULL }, version: 0 } });
    await t.as(reporter, { method: 'POST', url: `/api/obligations/${h1}/report/actions`, payload: { action: 'submit', version: saved.json().version } });
    sink.refuse.clear();
    const mails = mailsTo('mai@tuangiao.vn').length;
    const retry = await run('2020-06-19');
    expect(retry.retried).toEqual({ sent: 1, failed: 0, cancelled: 1 });
    expect(retry.email).toMatchObject({ sent: 0, failed: 0 });
    expect(mailsTo('mai@tuangiao.vn').length - mails).toBe(1);
    expect(mailsTo('mai@tuangiao.vn').at(-1)?.subject).toContain('đã quá 14 ngày');
    expect(await logOf('2020-06-19')).toEqual(
      expect.arrayContaining(['bc Huyện ủy Tuần Giáo 2020H1 overdue-3 → tuangiao.baocao email cancelled', 'nv Huyện ủy Tuần Giáo overdue-12 → tuangiao.baocao email sent']),
    );
  });

  it('follows the plan’s rules, the user’s preferences, and shows the log to the coordinating office', async () => {
    const coordinator = await t.login('btg.dieuphoi');
    const rules = (await t.as(coordinator, { method: 'GET', url: `/api/plans/${planId}/reminder-rules` })).json();
    expect(rules).toMatchObject({ version: 0, effective: { beforeDays: [7, 1], overdueEveryDays: 3, escalateAfterDays: 5 } });
    const put = await t.as(coordinator, { method: 'PUT', url: `/api/plans/${planId}/reminder-rules`, payload: { rules: { enabled: false }, version: 0 } });
    expect(put.json()).toMatchObject({ version: 1, rules: { enabled: false, beforeDays: null }, effective: { enabled: false } });
    expect((await t.as(coordinator, { method: 'PUT', url: `/api/plans/${planId}/reminder-rules`, payload: { rules: {}, version: 0 } })).statusCode).toBe(409);
    expect((await run('2020-06-22')).due).toBe(0);

    const reporter = await t.login('tuangiao.baocao');
    const prefs = (await t.as(reporter, { method: 'GET', url: '/api/me/preferences' })).json();
    expect(prefs).toEqual({ emailReminders: true, dailyDigest: false, email: 'mai@tuangiao.vn', version: 0 });
    expect((await t.as(reporter, { method: 'PUT', url: '/api/me/preferences', payload: { emailReminders: false, dailyDigest: true, version: 0 } })).json()).toMatchObject({ dailyDigest: true, version: 1 });

    const log = (await t.as(coordinator, { method: 'GET', url: `/api/reminders/log?planId=${planId}&unitId=${t.units.get('h-tg')}&channel=email` })).json();
    expect(log.entries.length).toBeGreaterThan(0);
    expect(log.entries.every((e: { unitName: string; channel: string }) => e.unitName === 'Huyện ủy Tuần Giáo' && e.channel === 'email')).toBe(true);
    expect(log.entries[0]).toMatchObject({ recipient: { name: expect.any(String) }, channelLabel: 'Thư điện tử', planNumber: '82-KH/TU' });
    expect((await t.as(reporter, { method: 'GET', url: '/api/reminders/status' })).json()).toMatchObject({ email: { enabled: true, from: 'thucthi@dienbien.vn' } });
  });
});
