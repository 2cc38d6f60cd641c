/**
 * The organisation registry in the browser: the tree, diacritic-free search,
 * an alias edit that the unit resolver then uses, edit controls only for
 * those who may manage, and a spreadsheet import whose dry run lists the bad
 * row and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, startE2E, type E2E } from './harness.ts';

const HEADER = 'Mã hệ thống,Mã,Tên đơn vị,Tên viết tắt,Tên gọi khác,Loại,Đơn vị cấp trên,Hiệu lực từ,Hiệu lực đến,Thứ tự';
const CSV = [HEADER, ',CB-TN,Chi bộ Thử nghiệm,,,Tổ chức cơ sở đảng,Huyện ủy Tuần Giáo,01/01/2020,,1', ',,Đơn vị Lỗi Loại,,,Không rõ,Huyện ủy Tuần Giáo,,,2'].join('\n');

interface Unit {
  name: string;
  aliases: string[];
}

describe.skipIf(!browserAvailable)('the organisation registry', () => {
  let e: E2E;
  // The harness's 15 s per action is tight when the suites share a loaded
  // machine: the review screen's first load (three requests, forty fields)
  // has taken over 15 s there. Still no sleeps: every step waits for an element.
  const newPage = async (options?: { phone?: boolean }) => {
    const page = await e.newPage(options);
    page.setDefaultTimeout(45_000);
    return page;
  };
  beforeAll(async () => {
    e = await startE2E();
  });
  afterAll(async () => e?.close());

  it('browses the tree, finds "tuan giao" without diacritics and adds an alias the resolver then knows', async () => {
    const page = await newPage();
    await e.login(page, 'btg.dieuphoi');
    await page.goto('/to-chuc');
    const tree = page.getByRole('tree', { name: 'Cây đơn vị' });
    await tree.getByRole('treeitem', { name: 'Tỉnh ủy Điện Biên' }).waitFor();
    await expect(tree.getByRole('treeitem', { name: 'Huyện ủy Mường Ảng' }).isVisible()).resolves.toBe(true);

    await page.getByLabel('Tìm đơn vị').fill('tuan giao');
    await tree.getByRole('treeitem', { name: 'Huyện ủy Mường Ảng' }).waitFor({ state: 'detached' });
    await expect(tree.getByRole('treeitem', { name: 'Huyện ủy Tuần Giáo' }).isVisible()).resolves.toBe(true);
    // The root stays, as the path to the match.
    await expect(tree.getByRole('treeitem', { name: 'Tỉnh ủy Điện Biên' }).isVisible()).resolves.toBe(true);

    await tree.getByRole('button', { name: 'Huyện ủy Tuần Giáo', exact: true }).click();
    const detail = page.getByRole('region', { name: 'Chi tiết đơn vị' });
    await detail.getByRole('heading', { name: 'Huyện ủy Tuần Giáo' }).waitFor();
    const aliases = detail.getByLabel('Tên gọi khác');
    await aliases.fill('HU Tuần Giáo');
    await aliases.press('Enter');
    await detail.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu đơn vị.').waitFor();

    const found = (await (await page.request.get('/api/registry/units?q=hu%20tuan%20giao')).json()) as { units: Unit[] };
    expect(found.units.map((u) => [u.name, u.aliases])).toEqual([['Huyện ủy Tuần Giáo', ['HU Tuần Giáo']]]);
    const suggest = (await (await page.request.get(`/api/registry/suggest?q=${encodeURIComponent('HU Tuần Giáo')}`)).json()) as { suggestions: { name: string; score: number }[] };
    expect(suggest.suggestions[0]).toEqual(expect.objectContaining({ name: 'Huyện ủy Tuần Giáo', score: 1 }));
  });

  it('shows a viewer the unit without edit controls', async () => {
    const page = await newPage();
    await e.login(page, 'tinhuy.lanhdao');
    await page.goto('/to-chuc');
    const tree = page.getByRole('tree', { name: 'Cây đơn vị' });
    await tree.getByRole('button', { name: 'Huyện ủy Mường Chà', exact: true }).click();
    const detail = page.getByRole('region', { name: 'Chi tiết đơn vị' });
    await detail.getByRole('heading', { name: 'Huyện ủy Mường Chà' }).waitFor();
    await expect(detail.getByText('Cấp trên: Tỉnh ủy Điện Biên').isVisible()).resolves.toBe(true);
    await expect(detail.getByRole('button').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /Thêm đơn vị/ }).count()).resolves.toBe(0);
  });

  it('dry-runs a CSV import: counts the good row, shows the bad row with its message, writes nothing', async () => {
    const page = await newPage();
    await e.login(page, 'btg.dieuphoi');
    await page.goto('/to-chuc?tab=nhap-xuat');
    await page.getByLabel('Tệp danh mục (.xlsx, .csv)').setInputFiles({ name: 'don-vi.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
    await page.getByRole('button', { name: 'Kiểm tra (chạy thử)' }).click();

    const result = page.getByTestId('registry-import-result');
    await result.waitFor();
    const errors = result.getByRole('alert');
    await expect(errors.getByText('1 dòng có lỗi').isVisible()).resolves.toBe(true);
    const rows = await errors.getByRole('row').allTextContents();
    expect(rows.slice(1)).toEqual(['Dòng 3Loại đơn vị không hợp lệ: "Không rõ".']);
    await expect(result.getByText('Thêm mới').locator('..').textContent()).resolves.toBe('Thêm mới1');
    await expect(page.getByRole('button', { name: 'Áp dụng' }).isDisabled()).resolves.toBe(true);

    const after = (await (await page.request.get('/api/registry/units?q=chi%20bo%20thu%20nghiem')).json()) as { units: Unit[] };
    expect(after.units).toEqual([]);
  });
});
