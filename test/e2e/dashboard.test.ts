/**
 * The coordinator's dashboard of plan 82-KH/TU in the browser, on the
 * server's clock of 10/6/2020, with two districts' 2020H1 reports sent
 * through the API: the cards show exactly what GET /api/plans/:id/dashboard
 * counts for the same filters (chosen in the page and kept in the URL), the
 * drill-down goes province → the districts' group → Huyện ủy Tuần Giáo and
 * its items, a screenshot is kept; the calendar shows the 2020H1 due date
 * (16/06/2020) in its month grid; and after the coordinator reminds the
 * Front, its reporter's bell shows the count.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiOf, browserAvailable, startE2E, type E2E } from './harness.ts';

const FULL = { so_hoi_nghi: 2, luot_can_bo: 80, luot_dang_vien: 450, luot_nhan_dan: 1200, tong_dang_vien: 500, ty_le_dang_vien: 90 };
const STATUSES = ['hoan-thanh-dung-han', 'hoan-thanh-qua-han', 'dang-thuc-hien', 'chua-thuc-hien', 'qua-han'] as const;

interface Obligation {
  id: string;
  planId: string;
  unitName: string;
  periodId: string;
}

interface Summary {
  duties: { total: number; byStatus: Record<string, number> };
  reporting: { expected: number; submitted: number; onTime: number };
  overdue: { total: number };
  filters: { periodId: string };
}

describe.skipIf(!browserAvailable)('dashboard of plan 82-KH/TU, 6 tháng đầu năm 2020', () => {
  let e: E2E;
  let planId = '';
  let frontObligation = '';
  const newPage = async (options?: { phone?: boolean }) => {
    const page = await e.newPage(options);
    page.setDefaultTimeout(45_000);
    return page;
  };

  beforeAll(async () => {
    e = await startE2E({ now: '2020-06-10T09:00:00+07:00' });
  });
  afterAll(async () => e?.close());

  it('two districts send their 2020H1 reports (through the API), one is accepted', async () => {
    const versions: Record<string, { id: string; version: number }> = {};
    for (const [username, unitName] of [
      ['tuangiao.baocao', 'Huyện ủy Tuần Giáo'],
      ['muongang.baocao', 'Huyện ủy Mường Ảng'],
    ] as const) {
      const page = await newPage();
      await e.login(page, username);
      const api = await apiOf(page);
      const o = ((await api.get('/api/obligations')) as { obligations: Obligation[] }).obligations.find((x) => x.unitName === unitName && x.periodId === '2020H1');
      if (!o) throw new Error(`no 2020H1 report for ${unitName}`);
      planId = o.planId;
      const saved = (await api.put(`/api/obligations/${o.id}/report`, { content: { narratives: {}, indicators: FULL }, version: 0 })) as { version: number };
      const sent = (await api.post(`/api/obligations/${o.id}/report/actions`, { action: 'submit', version: saved.version })) as { status: string; version: number };
      expect(sent.status).toBe('submitted');
      versions[unitName] = { id: o.id, version: sent.version };
      await page.context().close();
    }
    const coordinator = await newPage();
    await e.login(coordinator, 'btg.dieuphoi');
    const api = await apiOf(coordinator);
    const tg = versions['Huyện ủy Tuần Giáo'];
    expect(((await api.post(`/api/obligations/${tg?.id}/report/actions`, { action: 'accept', version: tg?.version })) as { status: string }).status).toBe('accepted');
    const all = ((await api.get('/api/obligations')) as { obligations: Obligation[] }).obligations;
    frontObligation = all.find((o) => o.unitName === 'Ủy ban MTTQ Việt Nam tỉnh' && o.periodId === '2020H1')?.id ?? '';
    expect(frontObligation).not.toBe('');
  });

  it('shows the counts the server gives for the period chosen in the page, the filter kept in the URL', async () => {
    const page = await newPage();
    await e.login(page, 'btg.dieuphoi');
    const api = await apiOf(page);
    await page.goto(`/ke-hoach/${planId}/theo-doi`);
    // Without a period: the last one whose window closed (2019H2), as the server decides.
    const byDefault = (await api.get(`/api/plans/${planId}/dashboard`)) as Summary;
    expect(byDefault.filters.periodId).toBe('2019H2');
    await page.getByTestId('card-submitted-value').getByText(`${byDefault.reporting.submitted}/${byDefault.reporting.expected}`, { exact: true }).waitFor();

    await page.getByRole('combobox', { name: 'Kỳ báo cáo' }).click();
    await page.getByRole('option', { name: /^6 tháng đầu năm 2020/ }).click();
    await page.waitForURL(/[?&]ky=2020H1/);
    const s = (await api.get(`/api/plans/${planId}/dashboard?period=2020H1`)) as Summary;
    expect(s.reporting).toMatchObject({ expected: 21, submitted: 2, onTime: 2 });
    await page.getByTestId('card-submitted-value').getByText('2/21', { exact: true }).waitFor();
    await expect(page.getByTestId('card-expected-value').textContent()).resolves.toBe(String(s.reporting.expected));
    await expect(page.getByTestId('card-on-time-value').textContent()).resolves.toBe(String(s.reporting.onTime));
    await expect(page.getByTestId('card-overdue-value').textContent()).resolves.toBe(String(s.overdue.total));
    const shown: Record<string, number> = {};
    for (const status of STATUSES) shown[status] = Number(await page.getByTestId(`card-${status}-value`).textContent());
    expect(shown).toEqual(s.duties.byStatus);
    expect(Object.values(shown).reduce((a, b) => a + b, 0)).toBe(s.duties.total);
    // The table beside the status chart says the same.
    await expect(page.getByTestId('status-table').getByRole('row', { name: /^Cộng/ }).textContent()).resolves.toContain(String(s.duties.total));
    await page.getByTestId('status-chart').locator('canvas').first().waitFor();
    await page.getByTestId('rate-trend').locator('canvas').first().waitFor();
    await e.screenshot(page, 'dashboard');

    // Reloading the URL keeps the filter.
    await page.reload();
    await page.getByTestId('card-submitted-value').getByText('2/21', { exact: true }).waitFor();
  });

  it('drills down from the province through the districts’ group to Huyện ủy Tuần Giáo and its items', async () => {
    const page = await newPage();
    await e.login(page, 'btg.dieuphoi');
    const api = await apiOf(page);
    await page.goto(`/ke-hoach/${planId}/theo-doi?ky=2020H1`);
    await page.getByRole('tab', { name: 'Theo cây tổ chức' }).click();
    const drill = page.getByTestId('drill');
    await drill.getByTestId('drill-node').getByText('Tỉnh ủy Điện Biên', { exact: true }).waitFor();
    await drill.getByRole('button', { name: 'Xem Các huyện ủy, thị ủy, thành ủy' }).click();
    await page.waitForURL(/nut=group%3A|nut=group:/);
    await drill.getByTestId('drill-node').getByText('Các huyện ủy, thị ủy, thành ủy', { exact: true }).waitFor();
    await expect(drill.getByTestId('drill-child').count()).resolves.toBe(10);

    await drill.getByRole('button', { name: 'Xem Huyện ủy Tuần Giáo' }).click();
    await drill.getByTestId('drill-node').getByText('Huyện ủy Tuần Giáo', { exact: true }).waitFor();
    const crumbs = drill.getByRole('navigation', { name: 'Vị trí trong cây tổ chức' });
    await expect(crumbs.textContent()).resolves.toMatch(/Tỉnh ủy Điện Biên.*Huyện ủy Tuần Giáo/);
    const node = new URL(page.url()).searchParams.get('nut') ?? '';
    const server = (await api.get(`/api/plans/${planId}/dashboard/drill?period=2020H1&node=${node}`)) as { items: { title: string; label: string }[] };
    await drill.getByTestId('drill-item').first().waitFor();
    await expect(drill.getByTestId('drill-item').count()).resolves.toBe(server.items.length);
    const report = drill.getByTestId('drill-item').filter({ hasText: 'Báo cáo 6 tháng đầu năm 2020' });
    await expect(report.getByText('Nộp đúng hạn').isVisible()).resolves.toBe(true);
    await expect(report.getByRole('link').getAttribute('href')).resolves.toMatch(/^\/bao-cao\//);

    // Back up through the breadcrumbs.
    await crumbs.getByRole('button', { name: 'Tỉnh ủy Điện Biên' }).click();
    await drill.getByTestId('drill-node').getByText('Tỉnh ủy Điện Biên', { exact: true }).waitFor();
  });

  it('shows the 2020H1 due date, 16/06/2020, in the calendar’s month grid', async () => {
    const page = await newPage();
    await e.login(page, 'btg.dieuphoi');
    await page.goto('/lich');
    await page.getByTestId('calendar-title').getByText('Tháng 6/2020').waitFor();
    const today = page.locator('[data-date="2020-06-10"]');
    await expect(today.getAttribute('class')).resolves.toContain('cal-today');
    const due = page.locator('[data-date="2020-06-16"]');
    // One grouped event per reporting duty of the plan due that day.
    const event = due.getByTestId('calendar-event').filter({ hasText: /Hạn báo cáo 6 tháng đầu năm 2020.*\(\d+ đơn vị\)/ }).first();
    await event.waitFor();
    // A grouped deadline opens to its units, each with where it stands.
    await event.click();
    const units = page.getByRole('dialog').filter({ hasText: 'Huyện ủy Tuần Giáo' });
    await units.getByText('Nộp đúng hạn').first().waitFor();
    // The popover fades in: shoot once its transition has finished, not half transparent.
    await units.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
    await e.screenshot(page, 'calendar');
  });

  it('shows the count on the bell of a reporter the coordinator reminded', async () => {
    const coordinator = await newPage();
    await e.login(coordinator, 'btg.dieuphoi');
    const api = await apiOf(coordinator);
    const reminded = (await api.post(`/api/plans/${planId}/remind`, { obligationIds: [frontObligation] })) as { notified: number };
    expect(reminded.notified).toBeGreaterThan(0);

    const page = await newPage({ phone: true });
    await e.login(page, 'mttq.baocao');
    const bell = page.getByRole('button', { name: /^Thông báo: \d+ chưa đọc$/ });
    await bell.waitFor();
    // The count is the server's unread count (the reminder, and any the daily job sent on its own).
    const unread = (await (await apiOf(page)).get('/api/notifications?unread=true&limit=50')) as { unread: number; items: { title: string; link: string }[] };
    expect(unread.items.filter((n) => n.link === `/bao-cao/${frontObligation}`).map((n) => n.title)).toContain('Nhắc nộp báo cáo 6 tháng đầu năm 2020');
    expect(unread.unread).toBeGreaterThan(0);
    await expect(page.getByTestId('bell-count').textContent()).resolves.toBe(String(unread.unread));
    await bell.click();
    const dropdown = page.getByRole('dialog', { name: /^Thông báo/ });
    await dropdown.getByText('Nhắc nộp báo cáo 6 tháng đầu năm 2020').waitFor();
    await dropdown.getByRole('button', { name: 'Đánh dấu đã đọc' }).click();
    await page.getByRole('button', { name: 'Thông báo: không có thông báo mới' }).waitFor();
  });
});
