/** The plans list searches on the server without diacritics, as people type on phones. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, startE2E, type E2E } from './harness.ts';

describe.skipIf(!browserAvailable)('searching plans', () => {
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

  it('finds "Điện Biên" when typed "dien bien", and says so when nothing matches', async () => {
    const page = await newPage();
    await e.login(page, 'btg.dieuphoi');
    await page.waitForURL(/\/ke-hoach$/);
    const results = page.getByTestId('plan-results');
    await results.getByRole('link', { name: '82-KH/TU' }).waitFor();

    await page.getByLabel('Tìm kế hoạch').fill('khong co van ban nay');
    await page.getByText('Không có kế hoạch nào khớp “khong co van ban nay”.').waitFor();

    await page.getByLabel('Tìm kế hoạch').fill('dien bien');
    await page.waitForURL(/\?q=dien\+bien$/);
    await results.getByRole('link', { name: '82-KH/TU' }).waitFor();
    await expect(results.getByText('1 kế hoạch').isVisible()).resolves.toBe(true);
    await expect(results.getByText('Quá hạn: 24').isVisible()).resolves.toBe(true);

    // The search survives a reload: it lives in the address.
    await page.reload();
    await expect(page.getByLabel('Tìm kế hoạch').inputValue()).resolves.toBe('dien bien');
    await results.getByRole('link', { name: '82-KH/TU' }).waitFor();
  });
});
