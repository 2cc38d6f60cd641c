/**
 * The consolidated report in the browser, on the server's clock of 10/6/2020
 * (plan 82-KH/TU, 6 tháng đầu năm 2020 due 16/6): three units' reports are
 * sent through the API (the reporting screens have their own test) and the
 * coordinator accepts two; then the coordinator drafts the 2020H1 report in
 * the UI, condenses a section in the rich-text editor, saves, and downloads
 * Word and Excel — the .docx carries the edited text in word/document.xml,
 * the .xlsx opens with exceljs and holds the indicator table with the sums.
 */
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiOf, browserAvailable, startE2E, type E2E } from './harness.ts';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const FULL = { so_hoi_nghi: 2, luot_can_bo: 80, luot_dang_vien: 450, luot_nhan_dan: 1200, tong_dang_vien: 500, ty_le_dang_vien: 90 };
const CONDENSED = 'Kinh phí tổ chức hội nghị ở cơ sở còn hạn hẹp; địa bàn vùng cao rộng, đi lại khó khăn.';
const BOLD = 'Cần bố trí kinh phí năm 2020.';

interface Obligation {
  id: string;
  planId: string;
  unitName: string;
  periodId: string;
}

describe.skipIf(!browserAvailable)('consolidated report of plan 82-KH/TU, 6 tháng đầu năm 2020', () => {
  let e: E2E;
  let planId = '';
  let consolidationPath = '';
  const newPage = async () => {
    const page = await e.newPage();
    page.setDefaultTimeout(45_000);
    return page;
  };

  beforeAll(async () => {
    e = await startE2E({ now: '2020-06-10T09:00:00+07:00' });
  });
  afterAll(async () => e?.close());

  it('three units send their 2020H1 reports and the coordinator accepts two (through the API)', async () => {
    const sent: Record<string, { id: string; version: number }> = {};
    const send = async (username: string, unitName: string, narratives: (areas: string[]) => Record<string, string>, indicators: Record<string, number>) => {
      const page = await newPage();
      await e.login(page, username);
      const api = await apiOf(page);
      const list = (await api.get('/api/obligations')) as { obligations: Obligation[] };
      const o = list.obligations.find((x) => x.unitName === unitName && x.periodId === '2020H1');
      if (!o) throw new Error(`no 2020H1 report for ${unitName}`);
      planId = o.planId;
      const form = (await api.get(`/api/plans/${o.planId}/form`)) as { form: { sections: { key: string }[] } };
      const areas = form.form.sections.map((s) => s.key).filter((k) => k.startsWith('area:'));
      const saved = (await api.put(`/api/obligations/${o.id}/report`, { content: { narratives: narratives(areas), indicators }, version: 0 })) as { version: number };
      const submitted = (await api.post(`/api/obligations/${o.id}/report/actions`, { action: 'submit', version: saved.version })) as { status: string; version: number };
      expect(submitted.status).toBe('submitted');
      sent[unitName] = { id: o.id, version: submitted.version };
      await page.context().close();
    };
    await send('tuangiao.baocao', 'Huyện ủy Tuần Giáo', (a) => ({ [a[0] ?? '']: 'Ban Thường vụ Huyện ủy ban hành Kế hoạch số 45-KH/HU.', 'kho-khan': 'Kinh phí tổ chức hội nghị còn hạn hẹp.' }), FULL);
    await send('muongang.baocao', 'Huyện ủy Mường Ảng', (a) => ({ [a[1] ?? '']: 'Lồng ghép giáo dục lý tưởng trong sinh hoạt chi đoàn.', 'kho-khan': 'Địa bàn rộng, đi lại khó khăn.' }), { ...FULL, so_hoi_nghi: 3, ty_le_dang_vien: 80 });
    await send('mttq.baocao', 'Ủy ban MTTQ Việt Nam tỉnh', (a) => ({ [a[0] ?? '']: 'Mặt trận hướng dẫn các tổ chức thành viên.' }), { ...FULL, so_hoi_nghi: 1 });

    const coordinator = await newPage();
    await e.login(coordinator, 'btg.dieuphoi');
    const api = await apiOf(coordinator);
    for (const unit of ['Huyện ủy Tuần Giáo', 'Huyện ủy Mường Ảng']) {
      const r = sent[unit];
      if (!r) throw new Error(unit);
      expect(((await api.post(`/api/obligations/${r.id}/report/actions`, { action: 'accept', version: r.version })) as { status: string }).status).toBe('accepted');
    }
  });

  it('the coordinator drafts the 2020H1 report, condenses a section in the editor and saves it', async () => {
    const page = await newPage();
    await e.login(page, 'btg.dieuphoi');
    await page.goto(`/ke-hoach/${planId}/tong-hop`);
    await page.getByText('Chưa có báo cáo tổng hợp nào của kế hoạch này.').waitFor();
    const form = page.getByRole('form', { name: 'Lập dự thảo báo cáo tổng hợp' });
    await form.getByRole('combobox', { name: 'Kỳ báo cáo' }).click();
    await page.getByRole('option', { name: /^6 tháng đầu năm 2020 — đã nộp 3\/21/ }).click();
    await form.getByRole('button', { name: 'Lập dự thảo' }).click();
    await page.waitForURL(new RegExp(`/tong-hop/${UUID}$`));
    consolidationPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: 'Báo cáo định kỳ: 6 tháng đầu năm 2020' }).waitFor();

    // The section gathered both districts' passages, each marked with its unit.
    const section = page.getByRole('region', { name: /KHÓ KHĂN, VƯỚNG MẮC/ });
    const editor = section.getByRole('textbox', { name: 'Nội dung: KHÓ KHĂN, VƯỚNG MẮC' });
    await editor.getByText('Huyện ủy Tuần Giáo:').waitFor();
    await expect(editor.getByText('Huyện ủy Mường Ảng:').isVisible()).resolves.toBe(true);
    await section.getByRole('button', { name: /Tư liệu từ báo cáo các đơn vị \(2 đoạn\)/ }).click();

    // Condense the two passages into one sentence, then add a bold one with the toolbar.
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(CONDENSED);
    await page.keyboard.press('Enter');
    await section.getByRole('button', { name: 'Chữ đậm' }).click();
    await page.keyboard.type(BOLD);
    await section.getByText('Chưa lưu').waitFor();
    await expect(page.getByTestId('save-state').textContent()).resolves.toBe('Có thay đổi chưa lưu');

    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByTestId('save-state').getByText('Đã lưu', { exact: true }).waitFor();
    await section.getByText('Đã sửa').waitFor();

    const api = await apiOf(page);
    const stored = (await api.get(`/api/consolidations/${consolidationPath.split('/').pop()}`)) as { version: number; content: { sections: { key: string; html: string; edited: boolean }[] } };
    const difficulties = stored.content.sections.find((s) => s.key === 'kho-khan');
    expect(difficulties).toMatchObject({ edited: true, html: `<p>${CONDENSED}</p><p><strong>${BOLD}</strong></p>` });
    expect(stored.version).toBe(2);

    // A reload shows the saved text, not the generated one.
    await page.reload();
    await page.getByRole('textbox', { name: 'Nội dung: KHÓ KHĂN, VƯỚNG MẮC' }).getByText(CONDENSED).waitFor();
    await e.screenshot(page, 'consolidation-editor');
  });

  it('downloads Word with the edited text and Excel with the indicator table', async () => {
    const page = await newPage();
    await e.login(page, 'btg.dieuphoi');
    await page.goto(consolidationPath);
    const panel = page.getByTestId('export-panel');
    await panel.waitFor();

    const [word] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Tải Word' }).click()]);
    expect(word.suggestedFilename()).toBe('bao-cao-tong-hop_82-kh-tu_2020H1.docx');
    const docxPath = await word.path();
    const xml = execFileSync('unzip', ['-p', docxPath, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain(CONDENSED);
    expect(text).toContain(BOLD);
    expect(text).toContain('BÁO CÁO');
    // The passages the coordinator condensed are gone from the document.
    expect(text).not.toContain('Kinh phí tổ chức hội nghị còn hạn hẹp.');

    const [excel] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: /^Tải Excel/ }).click()]);
    expect(excel.suggestedFilename()).toBe('bao-cao-tong-hop_82-kh-tu_2020H1.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await excel.path());
    const sheet = book.getWorksheet('Tổng hợp');
    expect(sheet).toBeDefined();
    expect(sheet?.getRow(4).values).toEqual([undefined, 'TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả', 'Cách tính', 'Số đơn vị báo cáo']);
    const rows = new Map<string, unknown[]>();
    sheet?.eachRow((row, n) => {
      if (n > 4) rows.set(String(row.getCell(2).value), (row.values as unknown[]).slice(4));
    });
    // Three reports count (two accepted, one submitted): 2 + 3 + 1 conferences; the rate is the mean of 90, 80, 90.
    expect(rows.get('Số hội nghị quán triệt, triển khai')).toEqual([6, 'Tổng', 3]);
    expect(rows.get('Tỷ lệ đảng viên tham gia học tập, quán triệt')).toEqual([86.7, 'Bình quân', 3]);
  });

  it('shows the indicator tables, late and missing units on the Số liệu tab', async () => {
    const page = await newPage();
    await e.login(page, 'btg.dieuphoi');
    await page.goto(consolidationPath);
    await page.getByRole('tab', { name: 'Số liệu' }).click();
    const totals = page.getByTestId('indicator-totals');
    await totals.getByRole('row', { name: /Số hội nghị quán triệt, triển khai/ }).getByRole('cell', { name: '6', exact: true }).waitFor();
    await expect(page.getByTestId('indicator-by-unit').getByRole('row').count()).resolves.toBe(4);
    await expect(page.getByTestId('missing-units').getByRole('row').count()).resolves.toBe(19);
  });
});
