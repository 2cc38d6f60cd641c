/**
 * The rest of the follow-up screens of plan 82-KH/TU in the browser, on the
 * server's clock of 10/6/2020 (its daily reminder job has run at start-up):
 * the leadership's "Tổng quan" across plans shows what
 * GET /api/dashboard/leadership gives; a district's calendar as a list shows
 * its 2020H1 due date (16/06/2020), and its private iCalendar address, made
 * and revoked on the account page, serves that date and then 404; the
 * coordinator adds a "6 days before" reminder to the plan's rules, which
 * stays after a reload, and once the administrator runs the reminders the
 * log has the new entries; a reporter the coordinator reminded reads the
 * notice on the notifications page and the bell's count drops.
 */
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiOf, browserAvailable, startE2E, type E2E } from './harness.ts';

const PLAN_NUMBER = '82-KH/TU';
const H1_DUE = '2020-06-16';

interface LeadershipView {
  today: string;
  plans: {
    id: string;
    number: string | null;
    duties: { total: number };
    overdue: { total: number };
    reporting: { expected: number; submitted: number } | null;
  }[];
  unitsBehind: { unitName: string; overdueDuties: number; overdueObligations: number; plans: number }[];
}

interface Obligation {
  id: string;
  planId: string;
  unitName: string;
  periodId: string;
}

interface NotificationList {
  unread: number;
  items: { id: string; title: string; link: string | null; readAt: string | null }[];
}

const cells = async (row: ReturnType<Page['locator']>) => (await row.locator('td').allTextContents()).map((t) => t.trim());

describe.skipIf(!browserAvailable)('overview, calendar list and feed, reminders and notifications of plan 82-KH/TU', () => {
  let e: E2E;
  const newPage = async (options?: { phone?: boolean }) => {
    const page = await e.newPage(options);
    page.setDefaultTimeout(45_000);
    return page;
  };
  const planIdOf = async (page: Page) => {
    const { plans } = (await (await apiOf(page)).get('/api/plans')) as { plans: { id: string; number: string | null }[] };
    const plan = plans.find((p) => p.number === PLAN_NUMBER);
    if (!plan) throw new Error(`no plan ${PLAN_NUMBER}`);
    return plan.id;
  };

  beforeAll(async () => {
    e = await startE2E({ now: '2020-06-10T09:00:00+07:00' });
  });
  afterAll(async () => e?.close());

  it('shows the leadership plan 82-KH/TU with the figures the server gives, and the units behind', async () => {
    const page = await newPage();
    await e.login(page, 'tinhuy.lanhdao');
    await page.getByRole('link', { name: 'Tổng quan' }).first().click();
    await page.waitForURL(/\/tong-quan$/);
    await page.getByRole('heading', { name: 'Tổng quan', level: 2 }).waitFor();
    await page.getByText('Số liệu đến ngày 10/06/2020.').waitFor();

    const view = (await (await apiOf(page)).get('/api/dashboard/leadership')) as LeadershipView;
    expect(view.today).toBe('2020-06-10');
    const plan = view.plans.find((p) => p.number === PLAN_NUMBER);
    if (!plan) throw new Error(`${PLAN_NUMBER} is not in the leadership view`);

    const table = page.getByTestId('plans-table');
    await expect(table.locator('tbody tr').count()).resolves.toBe(view.plans.length);
    const row = table.locator('tbody tr').filter({ has: page.getByRole('link', { name: PLAN_NUMBER, exact: true }) });
    const [, , onTrack, reporting, overdue] = await cells(row);
    expect(onTrack).toContain(`${plan.duties.total} nhiệm vụ`);
    expect(overdue).toBe(String(plan.overdue.total));
    // The reporting rate of the last closed period (2019H2).
    expect(plan.reporting).not.toBeNull();
    expect(reporting).toContain(`${plan.reporting?.submitted}/${plan.reporting?.expected}`);

    const behind = page.getByTestId('units-behind');
    expect(view.unitsBehind.length).toBeGreaterThan(0);
    await expect(behind.locator('tbody tr').count()).resolves.toBe(view.unitsBehind.length);
    const first = view.unitsBehind[0];
    expect(await cells(behind.locator('tbody tr').first())).toEqual([first?.unitName, String(first?.overdueDuties), String(first?.overdueObligations), String(first?.plans)]);
    await page.getByTestId('plan-scores').locator('canvas').first().waitFor();
    await e.screenshot(page, 'overview');

    // The plan's name leads to its dashboard.
    await row.getByRole('link', { name: PLAN_NUMBER, exact: true }).click();
    await page.waitForURL(new RegExp(`/ke-hoach/${plan.id}/theo-doi`));
    await page.getByTestId('card-expected-value').waitFor();
  });

  it('lists Huyện ủy Tuần Giáo’s 2020H1 due date, 16/06/2020, in the calendar’s list view', async () => {
    const page = await newPage();
    await e.login(page, 'tuangiao.baocao');
    await page.goto('/lich');
    await page.getByTestId('calendar-title').getByText('Tháng 6/2020').waitFor();
    await page.getByRole('radiogroup', { name: 'Cách xem' }).getByText('Danh sách', { exact: true }).click();
    await page.waitForURL(/[?&]xem=danh-sach/);
    const list = page.getByTestId('calendar-list');
    await list.getByText('Thứ Ba, 16/06/2020', { exact: true }).waitFor();
    // The unit's own deadline is one event, linked to its report.
    const event = list.getByTestId('calendar-list-event').filter({ hasText: 'Hạn báo cáo 6 tháng đầu năm 2020 — KH 82-KH/TU' });
    await expect(event.count()).resolves.toBe(1);
    const own = ((await (await apiOf(page)).get('/api/obligations')) as { obligations: Obligation[] }).obligations.find((o) => o.unitName === 'Huyện ủy Tuần Giáo' && o.periodId === '2020H1');
    await expect(event.getByRole('link').getAttribute('href')).resolves.toBe(`/bao-cao/${own?.id}`);
    // The list keeps its view on reload (it is in the URL).
    await page.reload();
    await page.getByTestId('calendar-list').getByText('Thứ Ba, 16/06/2020', { exact: true }).waitFor();
  });

  it('makes a private iCalendar address on the account page that serves 16/06/2020, and revokes it (then 404)', async () => {
    const page = await newPage();
    await e.login(page, 'tuangiao.baocao');
    await page.goto('/lich');
    await page.getByRole('link', { name: 'Tài khoản' }).last().click();
    await page.waitForURL(/\/tai-khoan$/);
    const status = page.getByTestId('feed-status');
    await status.getByText('Chưa bật.').waitFor();
    await page.getByRole('button', { name: 'Tạo địa chỉ lịch' }).click();
    const shown = page.getByTestId('feed-url');
    await shown.waitFor();
    await status.getByText(/^Đang bật/).waitFor();
    const url = /https?:\/\/\S+?\.ics/.exec((await shown.textContent()) ?? '')?.[0] ?? '';
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/calendar\/feed\/[A-Za-z0-9_-]+\.ics$/);

    const feed = await page.request.get(url);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toMatch(/^text\/calendar/);
    const text = await feed.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR/);
    expect(text).toMatch(/BEGIN:VEVENT(?:(?!END:VEVENT)[\s\S])*DTSTART[^:\r\n]*:20200616(?:(?!END:VEVENT)[\s\S])*END:VEVENT/);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.name).toBe('vcalendar');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const due = events.filter((ev) => ev.startDate.toString() === H1_DUE);
    expect(due.map((ev) => ev.summary)).toContain('Hạn báo cáo 6 tháng đầu năm 2020 — KH 82-KH/TU');
    expect(due.every((ev) => ev.startDate.isDate)).toBe(true);

    await page.getByRole('button', { name: 'Thu hồi' }).click();
    await page.getByRole('dialog', { name: 'Thu hồi địa chỉ lịch' }).getByRole('button', { name: 'Thu hồi' }).click();
    await status.getByText('Chưa bật.').waitFor();
    await expect(shown.count()).resolves.toBe(0);
    expect((await page.request.get(url)).status()).toBe(404);
  });

  it('keeps the coordinator’s new “6 days before” rule after a reload, and the administrator’s run adds to the reminder log', async () => {
    const page = await newPage();
    await e.login(page, 'btg.dieuphoi');
    const api = await apiOf(page);
    const planId = await planIdOf(page);
    // The start-up run of the day's reminders has finished (the log is what it sent).
    await expect.poll(async () => ((await api.get('/api/reminders/status')) as { lastRun: { finishedAt: string | null } | null }).lastRun?.finishedAt ?? null, { timeout: 60_000 }).not.toBeNull();
    const logOf = async () => ((await api.get(`/api/reminders/log?planId=${planId}&limit=1000`)) as { entries: { itemTitle: string }[] }).entries;
    const before = await logOf();

    await page.goto(`/ke-hoach/${planId}/nhac-viec`);
    await page.getByRole('heading', { name: `Nhắc việc — Kế hoạch ${PLAN_NUMBER}` }).waitFor();
    const field = page.getByRole('combobox', { name: 'Nhắc trước hạn (ngày)' });
    await field.waitFor();
    const pills = page.locator('.mantine-TagsInput-root', { hasText: 'Nhắc trước hạn (ngày)' }).locator('.mantine-Pill-label');
    await expect(pills.allTextContents()).resolves.toEqual(['7', '1']);
    await expect(page.getByRole('button', { name: 'Lưu quy tắc' }).isDisabled()).resolves.toBe(true);
    await field.fill('6');
    await field.press('Enter');
    await pills.nth(2).waitFor();
    await expect(pills.allTextContents()).resolves.toEqual(['7', '6', '1']);
    await page.getByRole('button', { name: 'Lưu quy tắc' }).click();
    await page.getByText('Đã lưu quy tắc nhắc việc.').waitFor();
    const saved = (await api.get(`/api/plans/${planId}/reminder-rules`)) as { rules: { beforeDays: number[] | null; overdueEveryDays: number | null } };
    expect(saved.rules.beforeDays).toEqual([7, 6, 1]);
    // Only the changed field left the default.
    expect(saved.rules.overdueEveryDays).toBeNull();

    await page.reload();
    await page.getByRole('combobox', { name: 'Nhắc trước hạn (ngày)' }).waitFor();
    await pills.nth(2).waitFor();
    await expect(pills.allTextContents()).resolves.toEqual(['7', '6', '1']);
    await expect(page.getByRole('button', { name: 'Về mặc định' }).count()).resolves.toBe(1);
    // The coordinator may not run reminders by hand: that is the administrator's.
    await expect(page.getByRole('button', { name: 'Chạy nhắc việc ngay' }).count()).resolves.toBe(0);

    const admin = await newPage();
    await e.login(admin, 'admin');
    await admin.goto(`/ke-hoach/${planId}/nhac-viec`);
    await admin.getByRole('button', { name: 'Chạy nhắc việc ngay' }).click();
    const result = admin.getByTestId('run-result');
    await result.getByText('Đã chạy cho ngày 10/06/2020').waitFor();
    // 16/06 − 6 days = today: the new milestone goes out now, to every unit that has not reported.
    const fresh = Number(/; (\d+) thông báo mới/.exec((await result.textContent()) ?? '')?.[1]);
    expect(fresh).toBeGreaterThan(0);

    const after = await logOf();
    expect(after.length).toBeGreaterThan(before.length);
    expect(after.length - before.length).toBe(fresh);
    await page.reload();
    const log = page.getByTestId('reminder-log');
    await log.locator('tbody tr').first().waitFor();
    await expect(log.locator('tbody tr').count()).resolves.toBe(Math.min(after.length, 200));
    await expect(log.locator('tbody tr').first().textContent()).resolves.toContain('Báo cáo 6 tháng đầu năm 2020');
    await expect(log.locator('tbody tr').first().textContent()).resolves.toContain('nhắc ngày 10/06/2020');
  });

  it('lets a reminded reporter read the reminder on the notifications page, and the bell’s count drops', async () => {
    const coordinator = await newPage();
    await e.login(coordinator, 'btg.dieuphoi');
    const all = ((await (await apiOf(coordinator)).get('/api/obligations')) as { obligations: Obligation[] }).obligations;
    const front = all.find((o) => o.unitName === 'Ủy ban MTTQ Việt Nam tỉnh' && o.periodId === '2020H1');
    if (!front) throw new Error('no 2020H1 report of the Front');
    const reminded = (await (await apiOf(coordinator)).post(`/api/plans/${front.planId}/remind`, { obligationIds: [front.id] })) as { notified: number };
    expect(reminded.notified).toBeGreaterThan(0);

    const page = await newPage({ phone: true });
    await e.login(page, 'mttq.baocao');
    const api = await apiOf(page);
    const before = (await api.get('/api/notifications?unread=true&limit=200')) as NotificationList;
    const manual = before.items.filter((n) => n.title === 'Nhắc nộp báo cáo 6 tháng đầu năm 2020' && n.link === `/bao-cao/${front.id}`);
    expect(manual).toHaveLength(1);
    const bellName = (n: number) => (n ? `Thông báo: ${n} chưa đọc` : 'Thông báo: không có thông báo mới');
    await page.getByRole('button', { name: bellName(before.unread), exact: true }).waitFor();

    await page.goto('/thong-bao');
    await page.getByRole('heading', { name: 'Thông báo', level: 2 }).waitFor();
    await page.getByText(`${before.unread} thông báo chưa đọc.`, { exact: true }).waitFor();
    const row = page.getByTestId('notification').filter({ has: page.getByRole('link', { name: 'Nhắc nộp báo cáo 6 tháng đầu năm 2020', exact: true }) });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('đơn vị Ủy ban MTTQ Việt Nam tỉnh chưa gửi báo cáo (hạn 16/06/2020)');
    await row.getByRole('button', { name: 'Đã đọc' }).click();

    // The row now says it was read; the page's count and the bell drop by one.
    await row.getByText(/đã đọc \d/).waitFor();
    await expect(row.getByRole('button', { name: 'Đã đọc' }).count()).resolves.toBe(0);
    await page.getByText(`${before.unread - 1} thông báo chưa đọc.`, { exact: true }).waitFor();
    await page.getByRole('button', { name: bellName(before.unread - 1), exact: true }).waitFor();
    const after = (await api.get('/api/notifications?unread=true&limit=200')) as NotificationList;
    expect(after.unread).toBe(before.unread - 1);
    expect(after.items.map((n) => n.id)).not.toContain(manual[0]?.id);

    // "Chưa đọc" no longer lists it.
    await page.getByRole('radiogroup', { name: 'Lọc thông báo' }).getByText('Chưa đọc', { exact: true }).click();
    await expect.poll(() => page.getByTestId('notification').count(), { timeout: 45_000 }).toBe(after.unread);
    await expect(page.getByRole('link', { name: 'Nhắc nộp báo cáo 6 tháng đầu năm 2020', exact: true }).count()).resolves.toBe(0);
  });
});
