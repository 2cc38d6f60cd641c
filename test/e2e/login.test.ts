import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, startE2E, type E2E } from './harness.ts';

describe.skipIf(!browserAvailable)('logging in', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  });
  afterAll(async () => e?.close());

  it('refuses a wrong password in Vietnamese and lets the right one in', async () => {
    const page = await e.newPage();
    await page.goto('/');
    await page.waitForURL(/\/dang-nhap/);
    await page.getByLabel('Tên đăng nhập').fill('btg.dieuphoi');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    await e.login(page, 'btg.dieuphoi');
    // The first page after login loads on demand: wait for it rather than check at once.
    await page.getByText('Nguyễn Thị Hoa (Ban Tuyên giáo)').first().waitFor();
  });

  it('logs out and the session is gone', async () => {
    const page = await e.newPage();
    await e.login(page, 'tuangiao.baocao');
    await page.getByText('Đăng xuất').click();
    await page.waitForURL(/\/dang-nhap/);
    const res = await page.request.get('/api/auth/session');
    expect(res.status()).toBe(401);
  });
});
