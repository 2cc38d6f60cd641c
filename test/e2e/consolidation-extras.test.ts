/**
 * More of the consolidated report in the browser, on the server's clock of
 * 20/12/2020 (plan 82-KH/TU): the periods 6 tháng cuối năm 2019 and 6 tháng
 * đầu năm 2020 are locked by then, so the coordinator reopens them for three
 * units (gia hạn, through the API) and the units send their reports late;
 * Tuần Giáo marks two duties done (one past its deadline). Then, in the UI:
 * the coordinator drafts a sơ kết over both periods — the trend tables hold
 * the sums and means of what was sent, the duty tables what was done on time,
 * late or not at all; uploads an office Word template and exports the sơ kết
 * with it; and Tuần Giáo's reporter downloads their own report as Word.
 */
import { readFile } from 'node:fs/promises';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipEntryText } from '../../src/server/exports/testing/zip-entry.ts';
import { apiOf, browserAvailable, startE2E, type E2E } from './harness.ts';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const TG = 'Huyện ủy Tuần Giáo';
const MA = 'Huyện ủy Mường Ảng';
const MTTQ = 'Ủy ban MTTQ Việt Nam tỉnh';
const BASE = { luot_can_bo: 80, luot_dang_vien: 450, luot_nhan_dan: 1200, tong_dang_vien: 500 };
/** Conferences (a number: summed) and the share of members (a percentage: averaged), per unit and period. */
const SENT: Record<string, Record<string, { so_hoi_nghi: number; ty_le_dang_vien: number } | undefined>> = {
  '2019H2': { [TG]: { so_hoi_nghi: 2, ty_le_dang_vien: 90 }, [MA]: { so_hoi_nghi: 3, ty_le_dang_vien: 80 }, [MTTQ]: { so_hoi_nghi: 1, ty_le_dang_vien: 70 } },
  '2020H1': { [TG]: { so_hoi_nghi: 4, ty_le_dang_vien: 95 }, [MA]: { so_hoi_nghi: 5, ty_le_dang_vien: 85 } },
};
const TG_2020H1 = 'Huyện ủy Tuần Giáo tổ chức 4 hội nghị học tập chuyên đề tại các xã vùng cao trong 6 tháng đầu năm 2020.';
const TEMPLATE_NAME = 'Mẫu sơ kết của Ban (e2e)';

interface Obligation {
  id: string;
  planId: string;
  unitName: string;
  periodId: string;
}
interface Duty {
  id: string;
  planNumber: string | null;
  text: string;
  deadline: string | null;
  status: string;
  version: number;
}

const sum = (period: string, key: 'so_hoi_nghi' | 'ty_le_dang_vien') => Object.values(SENT[period] ?? {}).reduce((s, v) => s + (v?.[key] ?? 0), 0);
const unitConferences = (unitName: string) => Object.values(SENT).reduce((s, units) => s + (units[unitName]?.so_hoi_nghi ?? 0), 0);
const mean = (period: string) => sum(period, 'ty_le_dang_vien') / Object.keys(SENT[period] ?? {}).length;

/** A .docx whose paragraphs are the given lines, each in one run (so each {{…}} stays whole). */
const docxOf = async (...lines: string[]) => Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }] }));

/** The text of word/document.xml: the runs' text (<w:t>), one line per paragraph. */
const documentText = (bytes: Uint8Array) =>
  zipEntryText(bytes, 'word/document.xml')
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join(''))
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const cells = async (row: ReturnType<Page['getByRole']>) => {
  await row.waitFor();
  return (await row.getByRole('cell').allTextContents()).map((t) => t.trim());
};

describe.skipIf(!browserAvailable)('sơ kết, office template and a unit’s report in Word, plan 82-KH/TU at 20/12/2020', () => {
  let e: E2E;
  let planId = '';
  let reviewPath = '';
  let tgReport2020H1 = '';
  let lateDuty: Duty | undefined;
  let doneDuty: Duty | undefined;
  const newPage = async () => {
    const page = await e.newPage();
    page.setDefaultTimeout(45_000);
    return page;
  };

  beforeAll(async () => {
    e = await startE2E({ now: '2020-12-20T09:00:00+07:00' });
  });
  afterAll(async () => e?.close());

  it('reopens the two locked periods for three units, who send their reports; Tuần Giáo finishes two duties (through the API)', async () => {
    const coordinator = await newPage();
    await e.login(coordinator, 'btg.dieuphoi');
    const api = await apiOf(coordinator);
    const all = ((await api.get('/api/obligations')) as { obligations: Obligation[] }).obligations;
    // Both periods exist for the plan and are past their lock date on 20/12/2020.
    for (const period of Object.keys(SENT)) expect(all.filter((o) => o.periodId === period).length).toBeGreaterThanOrEqual(3);
    const obligationOf = (unitName: string, period: string) => {
      const o = all.find((x) => x.unitName === unitName && x.periodId === period);
      if (!o) throw new Error(`no ${period} report for ${unitName}`);
      planId = o.planId;
      return o;
    };
    for (const [period, units] of Object.entries(SENT)) {
      for (const unitName of Object.keys(units)) {
        const o = obligationOf(unitName, period);
        const view = (await api.get(`/api/obligations/${o.id}/report`)) as { obligation: { version: number; timing: string } };
        expect(view.obligation.timing).toBe('locked');
        await api.post(`/api/obligations/${o.id}/exception`, { dueDate: null, lockDate: '2020-12-31', reason: 'Gửi bổ sung báo cáo để sơ kết 01 năm.', version: view.obligation.version });
      }
    }
    await coordinator.context().close();

    for (const [username, unitName] of [
      ['tuangiao.baocao', TG],
      ['muongang.baocao', MA],
      ['mttq.baocao', MTTQ],
    ] as const) {
      const page = await newPage();
      await e.login(page, username);
      const unitApi = await apiOf(page);
      const areas = ((await unitApi.get(`/api/plans/${planId}/form`)) as { form: { sections: { key: string }[] } }).form.sections.map((s) => s.key).filter((k) => k.startsWith('area:'));
      for (const [period, units] of Object.entries(SENT)) {
        const figures = units[unitName];
        if (!figures) continue;
        const o = obligationOf(unitName, period);
        const narratives = { [areas[0] ?? '']: unitName === TG && period === '2020H1' ? TG_2020H1 : `${unitName} quán triệt Kế hoạch số 82-KH/TU (${period}).` };
        const saved = (await unitApi.put(`/api/obligations/${o.id}/report`, { content: { narratives, indicators: { ...BASE, ...figures } }, version: 0 })) as { version: number };
        const submitted = (await unitApi.post(`/api/obligations/${o.id}/report/actions`, { action: 'submit', version: saved.version })) as { status: string };
        expect(submitted.status).toBe('submitted');
        if (unitName === TG && period === '2020H1') tgReport2020H1 = o.id;
      }
      if (username === 'tuangiao.baocao') {
        // One duty past its deadline (31/12/2019) done today, one without a deadline done today.
        const duties = ((await unitApi.get(`/api/duties?planId=${planId}`)) as { duties: Duty[] }).duties;
        lateDuty = duties.find((d) => d.deadline !== null && d.deadline < '2020-12-20' && d.status === 'qua-han');
        doneDuty = duties.find((d) => d.deadline === null && d.status === 'chua-thuc-hien');
        if (!lateDuty || !doneDuty) throw new Error('Tuần Giáo has no overdue duty and no duty without a deadline');
        const session = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
        for (const d of [lateDuty, doneDuty]) {
          const res = await page.request.post(`/api/duties/${d.id}/updates`, {
            multipart: { text: 'Đã hoàn thành, có báo cáo kết quả.', progress: '100', completed: 'true', version: String(d.version) },
            headers: { 'x-csrf-token': session.csrfToken },
          });
          expect(res.status(), await res.text()).toBe(200);
        }
        const after = ((await unitApi.get(`/api/duties?planId=${planId}`)) as { duties: Duty[] }).duties;
        expect(after.find((d) => d.id === lateDuty?.id)?.status).toBe('hoan-thanh-qua-han');
        expect(after.find((d) => d.id === doneDuty?.id)?.status).toBe('hoan-thanh-dung-han');
      }
      await page.context().close();
    }
    expect(tgReport2020H1).toMatch(new RegExp(`^${UUID}$`));
  });

  it('the coordinator drafts a sơ kết over both periods: trend tables equal the sums sent, duties by how they were done', async () => {
    const page = await newPage();
    await e.login(page, 'btg.dieuphoi');
    await page.goto(`/ke-hoach/${planId}/tong-hop`);
    const form = page.getByRole('form', { name: 'Lập dự thảo báo cáo tổng hợp' });
    await form.waitFor();
    await form.getByText('Sơ kết', { exact: true }).click();
    await form.getByRole('combobox', { name: 'Từ kỳ' }).waitFor();
    await form.getByRole('combobox', { name: 'Từ kỳ' }).click();
    await page.getByRole('option', { name: /^6 tháng cuối năm 2019 — đã nộp 3\/\d+/ }).click();
    await form.getByRole('combobox', { name: 'Đến kỳ' }).click();
    await page.getByRole('option', { name: /^6 tháng đầu năm 2020 — đã nộp 2\/\d+/ }).click();
    await form.getByRole('button', { name: 'Lập dự thảo' }).click();
    await page.waitForURL(new RegExp(`/tong-hop/${UUID}$`));
    reviewPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: /^Sơ kết: / }).waitFor();

    await page.getByRole('tab', { name: 'Số liệu' }).click();

    // Conferences: summed per period and over both.
    const conferences = page.getByTestId('trend-so_hoi_nghi');
    await expect(cells(conferences.getByRole('row', { name: /Toàn tỉnh/ }))).resolves.toEqual(['Toàn tỉnh', String(sum('2019H2', 'so_hoi_nghi')), String(sum('2020H1', 'so_hoi_nghi')), String(sum('2019H2', 'so_hoi_nghi') + sum('2020H1', 'so_hoi_nghi'))]);
    const header = (await conferences.getByRole('row').first().getByRole('columnheader').allTextContents()).map((t) => t.trim());
    expect(header).toEqual(['Đơn vị', '6 tháng cuối năm 2019', '6 tháng đầu năm 2020', 'Cộng']);
    await expect(cells(conferences.getByRole('row', { name: new RegExp(`^${TG}`) }))).resolves.toEqual([TG, '2', '4', String(unitConferences(TG))]);
    await expect(cells(conferences.getByRole('row', { name: new RegExp(`^${MTTQ}`) }))).resolves.toEqual([MTTQ, '1', '—', '1']);
    // Its chart is drawn beside the table, described with the same figures.
    const chart = conferences.getByRole('img', { name: `6 tháng cuối năm 2019: ${sum('2019H2', 'so_hoi_nghi')}; 6 tháng đầu năm 2020: ${sum('2020H1', 'so_hoi_nghi')}`, exact: true });
    await chart.locator('canvas').first().waitFor();

    // The share of members: the mean of the units per period, and of the periods over both.
    const share = page.getByTestId('trend-ty_le_dang_vien');
    expect([mean('2019H2'), mean('2020H1')]).toEqual([80, 90]);
    await expect(cells(share.getByRole('row', { name: /Toàn tỉnh/ }))).resolves.toEqual(['Toàn tỉnh', '80%', '90%', '85%']);
    await expect(cells(share.getByRole('row', { name: new RegExp(`^${MA}`) }))).resolves.toEqual([MA, '80%', '85%', '82,5%']);

    // Duties: Tuần Giáo's late one is listed with its deadline, the day it was done and the delay.
    const deadline = lateDuty?.deadline ?? '';
    const daysLate = Math.round((Date.UTC(2020, 11, 20) - Date.parse(`${deadline}T00:00:00Z`)) / 86_400_000);
    const lateBlock = page.locator('.mantine-Paper-root').filter({ has: page.getByRole('heading', { name: 'Nhiệm vụ hoàn thành quá hạn', exact: true }) });
    const lateRow = lateBlock.getByRole('row', { name: new RegExp(`^${TG}`) });
    await expect(cells(lateRow)).resolves.toEqual([TG, lateDuty?.text.trim() ?? '', deadline.split('-').reverse().join('/'), '20/12/2020', String(daysLate)]);
    // The one without a deadline, done today, is not among the late ones.
    await expect(lateBlock.getByText(doneDuty?.text.trim() ?? '-', { exact: true }).count()).resolves.toBe(0);

    // The duty chart's table equals the API's counts, with what Tuần Giáo did.
    const api = await apiOf(page);
    const stored = (await api.get(`/api/consolidations/${reviewPath.split('/').pop()}`)) as { kind: string; content: { tables: { duties: { counts: Record<string, number> } } } };
    expect(stored.kind).toBe('so-ket');
    const counts = stored.content.tables.duties.counts;
    expect(counts['hoan-thanh-qua-han']).toBeGreaterThanOrEqual(1);
    expect(counts['hoan-thanh-dung-han']).toBeGreaterThanOrEqual(1);
    expect(counts['chua-thuc-hien']).toBeGreaterThanOrEqual(1);
    const dutyChart = page.locator('.chart-block').filter({ has: page.getByRole('heading', { name: 'Nhiệm vụ theo tình trạng' }) });
    for (const [status, label] of [
      ['hoan-thanh-dung-han', 'Hoàn thành đúng hạn'],
      ['hoan-thanh-qua-han', 'Hoàn thành quá hạn'],
      ['chua-thuc-hien', 'Chưa thực hiện'],
      ['qua-han', 'Quá hạn'],
    ] as const) {
      await expect(cells(dutyChart.getByRole('row', { name: new RegExp(`^${label}`) }))).resolves.toEqual([label, String(counts[status] ?? 0)]);
    }
    await e.screenshot(page, 'consolidation-so-ket');
  });

  it('uploads an office template and exports the sơ kết with it: the Word file holds the substituted figures', async () => {
    const page = await newPage();
    await e.login(page, 'btg.dieuphoi');
    await page.goto(reviewPath);
    const panel = page.getByTestId('export-panel');
    await panel.getByRole('button', { name: 'Quản lý mẫu Word' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mẫu Word của cơ quan' });
    await dialog.getByText('Chưa có mẫu riêng', { exact: false }).waitFor();

    const template = await docxOf(
      'MẪU CỦA BAN — {{issuerName}}',
      'Trích yếu: {{title}}',
      '{{FOR i IN indicators}}',
      'Chỉ tiêu {{$i.stt}}. {{$i.label}}: {{$i.value}}',
      '{{END-FOR i}}',
      '{{FOR u IN units}}{{$u.name}}: {{$u.values[0]}}; {{END-FOR u}}',
      '{{placeAndDate}}',
    );
    await dialog.getByLabel('Tệp mẫu Word (.docx)').setInputFiles({ name: 'mau-so-ket.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: template });
    await dialog.getByRole('textbox', { name: 'Tên mẫu' }).fill(TEMPLATE_NAME);
    await dialog.getByRole('button', { name: 'Tải mẫu lên' }).click();
    await dialog.getByRole('row', { name: new RegExp(TEMPLATE_NAME.replace(/[()]/g, '\\$&')) }).getByRole('cell', { name: 'Ban Tuyên giáo Tỉnh ủy' }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await panel.getByRole('combobox', { name: 'Mẫu Word' }).click();
    await page.getByRole('option', { name: TEMPLATE_NAME }).click();
    const [word] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Tải Word' }).click()]);
    expect(word.suggestedFilename()).toMatch(/\.docx$/);
    const text = documentText(await readFile(await word.path()));
    expect(text).toContain('MẪU CỦA BAN — Ban Tuyên giáo Tỉnh ủy');
    expect(text).not.toContain('{{');
    const total = sum('2019H2', 'so_hoi_nghi') + sum('2020H1', 'so_hoi_nghi');
    expect(text).toMatch(new RegExp(`Chỉ tiêu \\d+\\. Số hội nghị quán triệt, triển khai: ${total}\\n`));
    expect(text).toContain('Chỉ tiêu 2.');
    // Each unit's conferences over both periods (the units in the registry's order).
    for (const unitName of [TG, MA, MTTQ]) expect(text).toContain(`${unitName}: ${unitConferences(unitName)};`);
    // The draft is not dated yet: the place line leaves the day and month blank, as on paper.
    expect(text).toMatch(/Điện Biên, ngày\s+tháng\s+năm 2020/);
  });

  it('Tuần Giáo’s reporter downloads their own 2020H1 report as Word from the report page', async () => {
    const page = await newPage();
    await e.login(page, 'tuangiao.baocao');
    await page.goto(`/bao-cao/${tgReport2020H1}`);
    const button = page.getByRole('button', { name: 'Tải Word' });
    const [word] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(word.suggestedFilename()).toMatch(/^bao-cao_82-kh-tu_2020H1_.+\.docx$/);
    const bytes = await readFile(await word.path());
    // A valid .docx: a ZIP starting with a local header, with its content types and main part.
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(zipEntryText(bytes, '[Content_Types].xml')).toContain('wordprocessingml.document.main+xml');
    const text = documentText(bytes);
    expect(text).toContain('HUYỆN ỦY TUẦN GIÁO');
    expect(text).toContain(TG);
    expect(text).toContain(TG_2020H1);
    // Its own report only: another unit's narrative is not in it.
    expect(text).not.toContain(`${MA} quán triệt`);
  });
});
