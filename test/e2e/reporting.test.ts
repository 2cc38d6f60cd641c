/**
 * Periodic reporting in the browser, on the server's clock of 10/6/2020
 * (the 2020H1 window of plan 82-KH/TU closes on 14/6, due 16/6): a district
 * reporter fills the report (a reload mid-way loses nothing), submits; the
 * coordinator returns it with a comment; the reporter corrects and submits
 * again; the coordinator accepts; the period board counts the unit on time.
 * Then a draft typed offline syncs when the connection returns, and two
 * people saving the same draft get both versions side by side.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, startE2E, type E2E } from './harness.ts';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const DIFFICULTIES = 'Địa bàn rộng, nhiều bản vùng cao đi lại khó khăn trong mùa mưa.';
const RESULTS = 'Huyện ủy đã tổ chức 2 hội nghị quán triệt Kết luận 51-KL/TW cho cán bộ chủ chốt.';
const RETURN_COMMENT = 'Đề nghị bổ sung số lượt quần chúng nhân dân tham dự các buổi tuyên truyền ở xã.';
const EVIDENCE = { name: 'bien-ban-quan-triet.txt', mimeType: 'text/plain', buffer: Buffer.from('BIÊN BẢN hội nghị quán triệt, Tuần Giáo 05/6/2020\n', 'utf8') };

// A district's own plan, as a Word file reduced to text: the parser reads its number, date and title.
const SUB_PLAN = [
  'HUYỆN ỦY MƯỜNG ẢNG',
  'Số 45-KH/HU\tĐẢNG CỘNG SẢN VIỆT NAM',
  'Mường Ảng, ngày 20 tháng 9 năm 2019',
  'KẾ HOẠCH',
  'thực hiện Kế hoạch số 82-KH/TU của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận số 51-KL/TW',
  '-----',
  'I- MỤC ĐÍCH, YÊU CẦU',
  'Quán triệt đầy đủ đến cán bộ, đảng viên.',
  'II- TỔ CHỨC THỰC HIỆN',
  '1. Các chi bộ, đảng bộ cơ sở',
  'Tổ chức quán triệt xong trong quý IV/2019.',
].join('\n');

interface Obligation {
  id: string;
  planId: string;
  unitName: string;
  periodId: string;
}
interface Report {
  report: { status: string; version: number; content: { narratives: Record<string, string>; indicators: Record<string, unknown> } };
}

async function obligation(page: Page, unitName: string, periodId: string): Promise<Obligation> {
  const list = (await (await page.request.get('/api/obligations')).json()) as { obligations: Obligation[] };
  const found = list.obligations.find((o) => o.unitName === unitName && o.periodId === periodId);
  if (!found) throw new Error(`no obligation ${unitName} ${periodId}`);
  return found;
}

async function serverReport(page: Page, id: string): Promise<Report> {
  return (await (await page.request.get(`/api/obligations/${id}/report`)).json()) as Report;
}

describe.skipIf(!browserAvailable)('periodic reporting, plan 82-KH/TU, 6 tháng đầu năm 2020', () => {
  let e: E2E;
  // Generous per step on a shared, loaded machine; every step still waits for an element, never a sleep.
  const newPage = async (options?: { phone?: boolean }) => {
    const page = await e.newPage(options);
    page.setDefaultTimeout(45_000);
    return page;
  };
  let reportPath = '';
  let boardPath = '';

  beforeAll(async () => {
    e = await startE2E({ now: '2020-06-10T09:00:00+07:00' });
  });
  afterAll(async () => e?.close());

  const rate = async (page: Page) => ({
    submitted: (await page.getByTestId('rate-submitted').textContent()) ?? '',
    onTime: (await page.getByTestId('rate-on-time').textContent()) ?? '',
  });

  it('the board starts with nothing submitted for the period', async () => {
    const page = await newPage();
    await e.login(page, 'btg.dieuphoi');
    const o = await obligation(page, 'Huyện ủy Tuần Giáo', '2020H1');
    boardPath = `/ke-hoach/${o.planId}/bao-cao?ky=2020H1`;
    await page.goto(boardPath);
    await page.getByTestId('rate-submitted').getByText('0/21').waitFor();
    expect(await rate(page)).toEqual({ submitted: 'Đã nộp0/210%', onTime: 'Đúng hạn00%' });
    await expect(page.getByTestId('not-reported').getByRole('checkbox').count()).resolves.toBe(21);
  });

  it('a district reporter fills the report, reloads mid-way and finds the text, then submits with evidence', async () => {
    const page = await newPage();
    await e.login(page, 'tuangiao.baocao');
    await page.goto('/bao-cao');
    const row = page.getByTestId('obligation-row').filter({ hasText: '6 tháng đầu năm 2020' });
    // Due 16/6/2020, six days after the server's today; timing and report status side by side.
    await row.getByText('16/06/2020 · còn 6 ngày').waitFor();
    await expect(row.getByText('Sắp đến hạn').isVisible()).resolves.toBe(true);
    await expect(row.getByText('Chưa soạn').isVisible()).resolves.toBe(true);
    await row.getByRole('link', { name: '6 tháng đầu năm 2020' }).click();
    await page.waitForURL(new RegExp(`/bao-cao/${UUID}$`));
    reportPath = new URL(page.url()).pathname;
    const obligationId = reportPath.split('/').pop() ?? '';

    await page.getByLabel('Khó khăn, vướng mắc').fill(DIFFICULTIES);
    // Reload at once, before the autosave could finish: the text is kept in the browser and comes back.
    await page.reload();
    await expect(page.getByLabel('Khó khăn, vướng mắc').inputValue()).resolves.toBe(DIFFICULTIES);
    await page.getByText(/^Đã lưu lúc \d{2}:\d{2}$/).waitFor();
    expect((await serverReport(page, obligationId)).report.content.narratives['kho-khan']).toBe(DIFFICULTIES);

    const narratives = page.getByRole('region', { name: 'Nội dung báo cáo' });
    await narratives.getByRole('textbox').first().fill(RESULTS);
    const send = page.getByRole('button', { name: 'Gửi báo cáo' });
    // Required indicators missing: sending waits, and says what is missing.
    await page.getByText('Chưa nhập "Số lượt đảng viên tham dự".').waitFor();
    await expect(send.isDisabled()).resolves.toBe(true);
    await page.getByLabel('Số hội nghị quán triệt, triển khai').fill('2');
    await page.getByLabel('Số lượt cán bộ tham dự').fill('80');
    await page.getByLabel('Số lượt đảng viên tham dự').fill('900');
    await page.getByLabel('Số lượt quần chúng nhân dân tham dự').fill('1200');
    await page.getByLabel('Tổng số đảng viên của đơn vị').fill('500');
    await page.getByLabel('Tỷ lệ đảng viên tham gia học tập, quán triệt').fill('90');
    // The cross-field rule, checked live in the browser with the server's own rules.
    await page.getByText('Số đảng viên tham dự không thể lớn hơn tổng số đảng viên').first().waitFor();
    await expect(send.isDisabled()).resolves.toBe(true);
    await page.getByLabel('Số lượt đảng viên tham dự').fill('450');
    await page.getByText('Số đảng viên tham dự không thể lớn hơn tổng số đảng viên').first().waitFor({ state: 'detached' });

    await page.getByLabel('Thêm tệp minh chứng').setInputFiles(EVIDENCE);
    await page.getByRole('button', { name: 'Tải tệp lên' }).click();
    await page.getByTestId('report-files').getByRole('link', { name: /bien-ban-quan-triet\.txt/ }).waitFor();
    await page.getByText(/^Đã lưu lúc \d{2}:\d{2}$/).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await e.screenshot(page, 'report-form');

    await send.click();
    await page.getByTestId('report-status').filter({ hasText: /^Đã gửi$/ }).waitFor();
    await expect(page.getByLabel('Khó khăn, vướng mắc').getAttribute('readonly')).resolves.not.toBeNull();
    const stored = await serverReport(page, obligationId);
    expect(stored.report.status).toBe('submitted');
    expect(stored.report.content.indicators).toEqual({ so_hoi_nghi: 2, luot_can_bo: 80, luot_dang_vien: 450, luot_nhan_dan: 1200, tong_dang_vien: 500, ty_le_dang_vien: 90 });
  });

  it('the coordinator returns it with a comment; the reporter sees it, corrects and submits again', async () => {
    const coordinator = await newPage();
    await e.login(coordinator, 'btg.dieuphoi');
    await coordinator.goto(reportPath);
    await coordinator.getByRole('button', { name: 'Trả lại đơn vị' }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Trả lại đơn vị' });
    await dialog.getByLabel('Lý do trả lại, nội dung cần sửa').fill(RETURN_COMMENT);
    await dialog.getByRole('button', { name: 'Trả lại đơn vị' }).click();
    await coordinator.getByTestId('returned-comment').getByText(RETURN_COMMENT).waitFor();

    const page = await newPage();
    await e.login(page, 'tuangiao.baocao');
    await page.goto('/bao-cao');
    // Returned reports come first in the unit's inbox.
    const first = page.getByTestId('obligation-row').first();
    await first.getByText('Bị trả lại').waitFor();
    await first.getByRole('link', { name: '6 tháng đầu năm 2020' }).click();
    await page.getByTestId('returned-comment').getByText(RETURN_COMMENT).waitFor();
    await expect(page.getByTestId('report-events').getByText(RETURN_COMMENT).isVisible()).resolves.toBe(true);
    await page.getByLabel('Số lượt quần chúng nhân dân tham dự').fill('1500');
    await page.getByText(/^Đã lưu lúc \d{2}:\d{2}$/).waitFor();
    await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await page.getByTestId('report-status').filter({ hasText: /^Đã gửi$/ }).waitFor();
    await page.getByText('Lần gửi 2 ·').waitFor();
  });

  it('the coordinator accepts, sees what changed between the two versions, and the board counts the unit on time', async () => {
    const page = await newPage();
    await e.login(page, 'btg.dieuphoi');
    await page.goto(reportPath);
    // The two submitted versions, compared: the corrected number.
    const compare = page.getByRole('region', { name: 'So sánh phiên bản' });
    await compare.getByTestId('report-diff').getByText('Số lượt quần chúng nhân dân tham dự').waitFor();
    await expect(compare.locator('del').allTextContents()).resolves.toEqual(['1200']);
    await expect(compare.locator('ins').allTextContents()).resolves.toEqual(['1500']);
    await page.getByRole('button', { name: 'Tiếp nhận' }).click();
    await page.getByTestId('report-status').filter({ hasText: /^Đã tiếp nhận$/ }).waitFor();

    await page.goto(boardPath);
    await page.getByTestId('rate-submitted').getByText('1/21').waitFor();
    expect(await rate(page)).toEqual({ submitted: 'Đã nộp1/214,8%', onTime: 'Đúng hạn14,8%' });
    const tuanGiao = page.getByTestId('board-row').filter({ hasText: 'Huyện ủy Tuần Giáo' });
    await expect(tuanGiao.getByText('Nộp đúng hạn').isVisible()).resolves.toBe(true);
    await expect(tuanGiao.getByText('Đã tiếp nhận').isVisible()).resolves.toBe(true);
    await expect(tuanGiao.getByRole('link').getAttribute('href')).resolves.toBe(reportPath);
    const missing = page.getByTestId('not-reported');
    await expect(missing.getByRole('checkbox').count()).resolves.toBe(20);
    await expect(missing.getByText('Huyện ủy Tuần Giáo').count()).resolves.toBe(0);
    await e.screenshot(page, 'period-board');

    // One click reminds the chosen units' reporters and leaders.
    await page.getByRole('checkbox', { name: 'Chọn tất cả' }).uncheck();
    await missing.getByRole('checkbox', { name: 'Huyện ủy Mường Ảng' }).check();
    await page.getByRole('button', { name: 'Nhắc báo cáo' }).click();
    await page.getByRole('status').getByText('Đã gửi nhắc tới 1 người.').waitFor();
  });

  it('keeps typing made offline in the browser and saves it when the connection returns', async () => {
    const page = await newPage({ phone: true });
    await e.login(page, 'muongang.baocao');
    const o = await obligation(page, 'Huyện ủy Mường Ảng', '2020H1');
    await page.goto('/bao-cao');
    await page.getByTestId('obligation-card').filter({ hasText: '6 tháng đầu năm 2020' }).click();
    await page.waitForURL(new RegExp(`/bao-cao/${o.id}$`));
    const field = page.getByLabel('Khó khăn, vướng mắc');
    await field.waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    await e.screenshot(page, 'report-form-phone');

    await page.context().setOffline(true);
    const text = 'Mất điện, mất mạng ba ngày do mưa lũ; số liệu các xã gửi chậm.';
    await field.fill(text);
    await page.getByText('Đang ngoại tuyến — bản nháp được lưu trên máy').waitFor();
    const kept = await page.evaluate(() => Object.entries(window.localStorage).find(([k]) => k.startsWith('thucthi.report-draft'))?.[1] ?? '');
    expect(JSON.parse(kept)).toMatchObject({ dirty: true, baseVersion: 0, content: { narratives: { 'kho-khan': text } } });

    await page.context().setOffline(false);
    await page.getByText(/^Đã lưu lúc \d{2}:\d{2}$/).waitFor();
    const stored = await serverReport(page, o.id);
    expect(stored.report.content.narratives['kho-khan']).toBe(text);
    expect(stored.report.status).toBe('draft');
  });

  it('never overwrites a colleague’s save: the second sees both versions and keeps theirs deliberately', async () => {
    const reporter = await newPage();
    await e.login(reporter, 'tuangiao.baocao');
    const o = await obligation(reporter, 'Huyện ủy Tuần Giáo', '2020H2');
    const leader = await newPage();
    await e.login(leader, 'tuangiao.lanhdao');
    await reporter.goto(`/bao-cao/${o.id}`);
    await leader.goto(`/bao-cao/${o.id}`);
    await leader.getByLabel('Khó khăn, vướng mắc').waitFor();

    const theirs = 'Thiếu kinh phí tổ chức hội nghị ở cơ sở.';
    const mine = 'Thiếu kinh phí và tài liệu tuyên truyền bằng tiếng dân tộc.';
    await reporter.getByLabel('Khó khăn, vướng mắc').fill(theirs);
    await reporter.getByText(/^Đã lưu lúc \d{2}:\d{2}$/).waitFor();

    await leader.getByLabel('Khó khăn, vướng mắc').fill(mine);
    const conflict = leader.getByTestId('report-conflict');
    await conflict.waitFor();
    await expect(conflict.getByRole('region', { name: 'Bản trên máy chủ' }).getByText(theirs).isVisible()).resolves.toBe(true);
    await expect(conflict.getByRole('region', { name: 'Bản của tôi' }).getByText(mine).isVisible()).resolves.toBe(true);
    await expect(conflict.getByRole('region', { name: 'Khác biệt' }).locator('ins').first().isVisible()).resolves.toBe(true);
    // Nothing was overwritten while the leader decides.
    expect((await serverReport(leader, o.id)).report.content.narratives['kho-khan']).toBe(theirs);

    await conflict.getByRole('button', { name: 'Giữ bản của tôi' }).click();
    await conflict.waitFor({ state: 'detached' });
    await leader.getByText(/^Đã lưu lúc \d{2}:\d{2}$/).waitFor();
    const stored = await serverReport(leader, o.id);
    expect(stored.report.content.narratives['kho-khan']).toBe(mine);
    expect(stored.report.version).toBe(2);
  });
  it('a locked period opens again for one unit when the coordinator grants an exception', async () => {
    const page = await newPage();
    await e.login(page, 'btg.dieuphoi');
    const o = await obligation(page, 'Huyện ủy Tuần Giáo', '2019H2');
    await page.goto(`/bao-cao/${o.id}`);
    await page.getByText('Đã khóa sổ', { exact: true }).first().waitFor();
    const exception = page.getByRole('region', { name: 'Gia hạn cho đơn vị' });
    await exception.getByRole('button', { name: 'Gia hạn' }).click();
    await exception.getByLabel('Hạn nộp mới (dd/mm/yyyy)').fill('30/06/2020');
    await exception.getByLabel('Hạn khóa sổ mới (dd/mm/yyyy)').fill('15/07/2020');
    await exception.getByLabel('Lý do gia hạn').fill('Mưa lũ chia cắt địa bàn');
    await exception.getByRole('button', { name: 'Lưu gia hạn' }).click();
    await exception.getByText('Đã gia hạn: nộp đến 30/06/2020, khóa sổ 15/07/2020 — Mưa lũ chia cắt địa bàn.').waitFor();

    const reporter = await newPage();
    await e.login(reporter, 'tuangiao.baocao');
    await reporter.goto(`/bao-cao/${o.id}`);
    await reporter.getByText('30/06/2020 (gia hạn) · còn 20 ngày').waitFor();
    await expect(reporter.getByLabel('Khó khăn, vướng mắc').getAttribute('readonly')).resolves.toBeNull();
    await expect(reporter.getByRole('button', { name: 'Gửi báo cáo' }).isVisible()).resolves.toBe(true);
  });

  it('a district records its quán triệt sessions, fills the report from them, and files its own plan', async () => {
    const page = await newPage();
    await e.login(page, 'muongang.baocao');
    const o = await obligation(page, 'Huyện ủy Mường Ảng', '2020H1');
    const { duties } = (await (await page.request.get('/api/duties')).json()) as { duties: { id: string; kind: string }[] };
    const dutyOf = (kind: string) => duties.find((d) => d.kind === kind)?.id ?? '';

    // The duties page points at the report that is due.
    await page.goto('/viec-cua-don-vi');
    const strip = page.getByTestId('reporting-strip');
    await expect(strip.getByRole('link', { name: /6 tháng đầu năm 2020/ }).getAttribute('href')).resolves.toBe(`/bao-cao/${o.id}`);

    await page.goto(`/nhiem-vu/${dutyOf('disseminate')}`);
    const sessions = page.getByRole('region', { name: 'Hội nghị quán triệt' });
    await sessions.getByText('Chưa ghi nhận hội nghị nào.').waitFor();
    const record = async (date: string, title: string, cadres: string, members: string, people: string) => {
      await sessions.getByLabel('Ngày tổ chức (dd/mm/yyyy)').fill(date);
      await sessions.getByLabel('Tên hội nghị').fill(title);
      await sessions.getByLabel('Số cán bộ tham dự').fill(cadres);
      await sessions.getByLabel('Số đảng viên tham dự').fill(members);
      await sessions.getByLabel('Số nhân dân tham dự').fill(people);
      await sessions.getByRole('button', { name: 'Ghi nhận hội nghị' }).click();
      await sessions.getByRole('cell', { name: title }).waitFor();
    };
    await record('20/05/2020', 'Hội nghị quán triệt Kết luận 51-KL/TW cho cán bộ chủ chốt', '80', '150', '1000');
    await record('05/06/2020', 'Hội nghị trực tuyến tới các chi bộ', '120', '300', '0');
    await expect(sessions.getByTestId('sessions-total').textContent()).resolves.toBe('Tổng: 2 hội nghị2004501.000');

    await page.goto(`/bao-cao/${o.id}`);
    await page.getByRole('button', { name: 'Điền từ các hội nghị đã ghi nhận' }).click();
    await page.getByText('Đã điền từ 2 hội nghị. Hãy kiểm tra lại trước khi gửi.').waitFor();
    await expect(page.getByLabel('Số hội nghị quán triệt, triển khai').inputValue()).resolves.toBe('2');
    await expect(page.getByLabel('Số lượt đảng viên tham dự').inputValue()).resolves.toBe('450');
    await page.getByText(/^Đã lưu lúc \d{2}:\d{2}$/).waitFor();
    expect((await serverReport(page, o.id)).report.content.indicators).toMatchObject({ so_hoi_nghi: 2, luot_can_bo: 200, luot_dang_vien: 450, luot_nhan_dan: 1000 });

    // "Xây dựng kế hoạch": the unit's own plan, read by the server, completes the duty.
    await page.goto(`/nhiem-vu/${dutyOf('sub-plan')}`);
    const own = page.getByRole('region', { name: 'Kế hoạch của đơn vị' });
    await own.getByLabel('Tệp kế hoạch của đơn vị').setInputFiles({ name: 'ke-hoach-45-KH-HU.txt', mimeType: 'text/plain', buffer: Buffer.from(SUB_PLAN, 'utf8') });
    await own.getByRole('button', { name: 'Tải lên kế hoạch' }).click();
    await own.getByText('Đã ghi nhận kế hoạch số 45-KH/HU — nhiệm vụ hoàn thành ngày 10/06/2020.').waitFor();
    const link = own.getByRole('link', { name: 'Mở kế hoạch của đơn vị' });
    await link.click();
    await page.waitForURL(new RegExp(`/ke-hoach/${UUID}$`));
    await page.getByRole('heading', { name: /45-KH\/HU/ }).waitFor();
  });

  it('the coordinator adds an indicator, asks for the leader’s approval and moves a due date; the reporter then asks for approval', async () => {
    const page = await newPage();
    await e.login(page, 'btg.dieuphoi');
    const o = await obligation(page, 'Huyện ủy Mường Ảng', '2020H1');
    await page.goto(`/ke-hoach/${o.planId}/mau-bao-cao`);
    const indicators = page.getByRole('region', { name: 'Chỉ tiêu', exact: true });
    await indicators.getByRole('region', { name: /^Chỉ tiêu 6:/ }).waitFor();
    await indicators.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    const added = indicators.getByRole('region', { name: 'Chỉ tiêu 7: chưa đặt tên' });
    await added.getByLabel('Tên chỉ tiêu').fill('Số buổi tuyên truyền ở cơ sở');
    await expect(indicators.getByRole('region', { name: 'Chỉ tiêu 7: Số buổi tuyên truyền ở cơ sở' }).getByLabel('Mã').inputValue()).resolves.toBe('so_buoi_tuyen_truyen_o_co_so');
    await page.getByLabel('Yêu cầu lãnh đạo đơn vị duyệt trước khi gửi').check();
    await page.getByRole('button', { name: 'Lưu mẫu báo cáo' }).click();
    await page.getByText('Đã lưu mẫu báo cáo.').waitFor();
    const form = (await (await page.request.get(`/api/plans/${o.planId}/form`)).json()) as { form: { indicators: { code: string }[] }; requireApproval: boolean };
    expect(form.form.indicators.map((i) => i.code).at(-1)).toBe('so_buoi_tuyen_truyen_o_co_so');
    expect(form.requireApproval).toBe(true);

    // The schedule: due 2 working days after the cut-off by default; 5 moves 2020H1 from 16/6 to 19/6 (14/6/2020 is a Sunday).
    const rule = page.getByRole('region', { name: /^Chế độ báo cáo: / }).first();
    await rule.getByTestId('rule-example').getByText('hạn nộp 16/06/2020', { exact: false }).waitFor();
    await rule.getByLabel('Hạn nộp sau ngày chốt', { exact: true }).fill('5');
    await rule.getByTestId('rule-example').getByText('hạn nộp 19/06/2020', { exact: false }).waitFor();
    await rule.getByRole('button', { name: 'Lưu chế độ báo cáo' }).click();
    await page.getByText('Đã lưu chế độ báo cáo. Các kỳ chưa có báo cáo được tính lại hạn.').waitFor();

    const reporter = await newPage();
    await e.login(reporter, 'muongang.baocao');
    await reporter.goto(`/bao-cao/${o.id}`);
    await reporter.getByLabel('Số buổi tuyên truyền ở cơ sở').waitFor();
    await reporter.getByRole('button', { name: 'Trình lãnh đạo duyệt' }).waitFor();
    await expect(reporter.getByRole('button', { name: 'Gửi báo cáo' }).count()).resolves.toBe(0);
  });
});
