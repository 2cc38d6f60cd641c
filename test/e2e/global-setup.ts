/**
 * Before the browser tests: build the web app if its build is stale, and
 * make sure Debian's Chromium is there (CI requires it; elsewhere the suite
 * is skipped with a message).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ensureWebBuilt } from '../../src/cli/start.ts';
import { CHROMIUM_PATH } from './harness.ts';

export default async function setup() {
  if (!existsSync(CHROMIUM_PATH)) {
    if (process.env.THUCTHI_REQUIRE_BROWSER) throw new Error(`Browser tests are required but ${CHROMIUM_PATH} is missing (apt-get install chromium)`);
    console.warn(`[e2e] ${CHROMIUM_PATH} not found: browser tests are skipped.`);
    return;
  }
  await ensureWebBuilt(path.resolve(import.meta.dirname, '../..'), { out: (t) => console.log(t), err: (t) => console.error(t) });
}
