/**
 * The reorganisation of 1/7/2025 in the browser: the coordinator compares
 * the tree on 30/6/2025 and 1/7/2025 (the district committees end, the
 * commune committees begin), confirms the successors of Huyện ủy Tuần Giáo,
 * transfers its open duties to them, and the district's 2020H1 report is
 * still shown under the district. The server runs on the clock of 10/6/2020
 * (so the 2020H1 report can be submitted); the 2025 data is seeded whatever
 * the clock, and the transfer takes an explicit date.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, startE2E, type E2E } from './harness.ts';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const FULL = { so_hoi_nghi: 2, luot_can_bo: 80, luot_dang_vien: 450, luot_nhan_dan: 1200, tong_dang_vien: 500, ty_le_dang_vien: 90 };
const PENDING = ['Đảng ủy xã Chiềng Sinh', 'Đảng ủy xã Mường Mùn', 'Đảng ủy xã Pú Nhung', 'Đảng ủy xã Quài Tở'];

async function json<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(url);
  expect(res.status()).toBe(200);
  return (await res.json()) as T;
}

describe.skipIf(!browserAvailable)('the 2025 reorganisation, Huyện ủy Tuần Giáo', () => {
  let e: E2E;
  // Generous per step on a shared, loaded machine; every step still waits for an element, never a sleep.
  const newPage = async () => {
    const page = await e.newPage();
    page.setDefaultTimeout(45_000);
    return page;
  };
  let reportId = '';
  let openDuties = 0;

  beforeAll(async () => {
    e = await startE2E({ now: '2020-06-10T09:00:00+07:00' });
  });
  afterAll(async () => e?.close());

  it('the district submits its 2020H1 report first (through the API the report page uses)', async () => {
    const page = await newPage();
    await e.login(page, 'tuangiao.baocao');
    const { obligations } = await json<{ obligations: { id: string; periodId: string }[] }>(page, '/api/obligations');
    reportId = obligations.find((o) => o.periodId === '2020H1')?.id ?? '';
    expect(reportId).toMatch(new RegExp(`^${UUID}$`));
    openDuties = (await json<{ duties: unknown[] }>(page, '/api/duties')).duties.length;
    expect(openDuties).toBeGreaterThan(0);
    const { csrfToken } = await json<{ csrfToken: string }>(page, '/api/auth/session');
    const headers = { 'x-csrf-token': csrfToken };
    const saved = await page.request.put(`/api/obligations/${reportId}/report`, { headers, data: { content: { narratives: { 'kho-khan': 'Đã quán triệt đến 100% chi bộ.' }, indicators: FULL }, version: 0 } });
    expect(saved.status()).toBe(200);
    const { version } = (await saved.json()) as { version: number };
    const submitted = await page.request.post(`/api/obligations/${reportId}/report/actions`, { headers, data: { action: 'submit', version, comment: null } });
    expect(((await submitted.json()) as { status: string }).status).toBe('submitted');
  });

  it('the coordinator sees the tree on 30/6/2025 and on 1/7/2025: the district, then its commune', async () => {
    const page = await newPage();
    await e.login(page, 'btg.dieuphoi');
    await page.goto('/to-chuc');
    await page.getByRole('link', { name: /^Sắp xếp tổ chức/ }).click();
    await page.waitForURL(/\/to-chuc\/sap-xep$/);
    const before = page.getByRole('tree', { name: 'Cây đơn vị ngày 30/06/2025' });
    const after = page.getByRole('tree', { name: 'Cây đơn vị ngày 01/07/2025' });
    await before.getByRole('treeitem', { name: 'Huyện ủy Tuần Giáo' }).waitFor();
    await after.getByRole('treeitem', { name: 'Đảng ủy xã Tuần Giáo' }).waitFor();
    await expect(before.getByRole('treeitem', { name: 'Đảng ủy xã Tuần Giáo' }).count()).resolves.toBe(0);
    await expect(after.getByRole('treeitem', { name: 'Huyện ủy Tuần Giáo' }).count()).resolves.toBe(0);
    // The whole organisation on each day: 32 units before, 67 after (ten districts gone, forty-five communes new).
    const section = (name: string) => page.getByRole('region', { name });
    await section('Cây đơn vị ngày 30/06/2025').getByText('32 đơn vị · 10 kết thúc').waitFor();
    await section('Cây đơn vị ngày 01/07/2025').getByText('67 đơn vị · 45 mới').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await e.screenshot(page, 'reorganisation-trees');
  });

  it('confirms the district’s successors, transfers its open duties, and its 2020H1 report stays under it', async () => {
    const page = await newPage();
    await e.login(page, 'btg.dieuphoi');
    await page.goto('/to-chuc/sap-xep');
    const group = page.getByRole('region', { name: 'Kế thừa Huyện ủy Tuần Giáo' });
    await group.getByText('5 đơn vị kế thừa, 4 chờ xác nhận').waitFor();
    // The seeded note says why they wait.
    await expect(group.getByText('Theo phạm vi mã đơn vị hành chính cũ — cần xác nhận').count()).resolves.toBe(4);
    for (const name of PENDING) {
      await group.getByRole('button', { name: `Xác nhận: ${name}` }).click();
      await group.getByRole('button', { name: `Bỏ xác nhận: ${name}` }).waitFor();
    }
    await group.getByText('5 đơn vị kế thừa', { exact: true }).waitFor();

    await group.getByRole('button', { name: 'Chuyển giao công việc' }).click();
    const panel = page.getByRole('region', { name: 'Chuyển giao công việc của Huyện ủy Tuần Giáo' });
    const preview = panel.getByTestId('transfer-preview');
    await preview.getByText(`Đảng ủy xã Tuần Giáo nhận ${openDuties} nhiệm vụ chưa hoàn thành.`).waitFor();
    for (const name of PENDING) await expect(preview.getByText(`${name} nhận ${openDuties} nhiệm vụ chưa hoàn thành.`).isVisible()).resolves.toBe(true);
    // The past periods stay: their cut-off days are long before the change.
    await expect(preview.getByText(/mục kỳ báo cáo đã chốt trước ngày chuyển giao$/).isVisible()).resolves.toBe(true);
    await expect(preview.getByText(/mục đã hoàn thành hoặc đã nộp báo cáo$/).isVisible()).resolves.toBe(true);
    await expect(panel.getByLabel('Ngày chuyển giao (dd/mm/yyyy)').inputValue()).resolves.toBe('01/07/2025');
    await e.screenshot(page, 'reorganisation-transfer');

    await panel.getByRole('button', { name: 'Xác nhận chuyển giao' }).click();
    const dialog = page.getByRole('dialog', { name: 'Chuyển giao công việc' });
    await dialog.getByRole('button', { name: 'Chuyển giao' }).click();
    await page.getByText(`Đã chuyển giao ${openDuties * 5} nhiệm vụ và 0 kỳ báo cáo của Huyện ủy Tuần Giáo.`).waitFor();
    await panel.getByText('Không còn gì để chuyển').waitFor();

    const commune = await newPage();
    await e.login(commune, 'xatuangiao.baocao');
    const theirs = await json<{ duties: { unitName: string }[] }>(commune, '/api/duties');
    expect(theirs.duties.map((d) => d.unitName)).toEqual(Array(openDuties).fill('Đảng ủy xã Tuần Giáo'));

    // The district's history: the transfer, and the report it made in 2020, still under it.
    await group.getByRole('link', { name: 'Huyện ủy Tuần Giáo', exact: true }).click();
    await page.waitForURL(new RegExp(`/to-chuc/don-vi/${UUID}$`));
    await page.getByText('Đã kết thúc ngày 30/06/2025').waitFor();
    await page.getByTestId('unit-transfers').getByText(`Hiệu lực 01/07/2025: ${openDuties * 5} nhiệm vụ, 0 kỳ báo cáo chuyển đi`, { exact: false }).waitFor();
    const row = page.getByTestId('unit-report-row').filter({ hasText: '6 tháng đầu năm 2020' });
    await row.getByText('Đã gửi').waitFor();
    await expect(row.getByRole('link').getAttribute('href')).resolves.toBe(`/bao-cao/${reportId}`);
    const past = await json<{ unit: { name: string }; report: { status: string } }>(page, `/api/obligations/${reportId}/report`);
    expect(past).toMatchObject({ unit: { name: 'Huyện ủy Tuần Giáo' }, report: { status: 'submitted' } });
  });
});
