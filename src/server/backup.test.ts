import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import journal from './db/migrations/meta/_journal.json' with { type: 'json' };
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupTo, checksums, restoreFrom } from './backup.ts';
import type { Database } from './db/client.ts';
import { createTestApp, type TestApp } from './testing/app.ts';
import { openTestDatabase, testBackends, type Backend } from './testing/db.ts';

const FULL = { so_hoi_nghi: 2, luot_can_bo: 80, luot_dang_vien: 450, luot_nhan_dan: 1200, tong_dang_vien: 500, ty_le_dang_vien: 90 };
const dir = mkdtempSync(path.join(tmpdir(), 'thucthi-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pairs: [Backend, Backend][] = testBackends().flatMap((from) => testBackends().map((to) => [from, to] as [Backend, Backend]));

describe.each(pairs)('backup on %s, restore on %s', (from, to) => {
  let source: TestApp;
  let target: Database;
  const file = path.join(dir, `${from}-${to}.jsonl.gz`);
  beforeAll(async () => {
    source = await createTestApp(from, { now: '2020-06-10T09:00:00+07:00', withPlan: true });
    // Some real use: a submitted report with versions and events, a progress update, audit rows.
    const reporter = await source.login('tuangiao.baocao');
    const [o] = (await source.as(reporter, { method: 'GET', url: '/api/obligations' })).json().obligations as { id: string }[];
    const saved = await source.as(reporter, { method: 'PUT', url: `/api/obligations/${o?.id}/report`, payload: { content: { narratives: { 'kho-khan': 'Thiếu kinh phí; "ngoặc kép" và \\ gạch chéo' }, indicators: FULL }, version: 0 } });
    await source.as(reporter, { method: 'POST', url: `/api/obligations/${o?.id}/report/actions`, payload: { action: 'submit', version: saved.json().version } });
    target = await openTestDatabase(to);
  });
  afterAll(async () => {
    await source?.close();
    await target?.close();
  });

  it('restores every row of every table, with equal counts and checksums', async () => {
    const backedUp = await backupTo(source.database, file);
    expect(backedUp.find((s) => s.table === 'report_versions')?.rows).toBe(1);
    expect(backedUp.find((s) => s.table === 'units')?.rows).toBeGreaterThan(70);
    const restored = await restoreFrom(target, file);
    expect(restored).toEqual(backedUp);
    expect(await checksums(target)).toEqual(await checksums(source.database));
  });

  it('refuses to restore over existing data, and leaves it as it was', async () => {
    const before = await checksums(target);
    await expect(restoreFrom(target, file)).rejects.toMatchObject({ code: 'TARGET_NOT_EMPTY' });
    expect(await checksums(target)).toEqual(before);
  });
});

describe.each(testBackends())('a bad backup file on %s', (backend) => {
  let target: Database;
  beforeAll(async () => {
    target = await openTestDatabase(backend);
  });
  afterAll(async () => target?.close());

  it.each([
    ['not a backup', gzipSync('{"hello": 1}\n'), 'NOT_A_BACKUP'],
    ['cut short', gzipSync(`${JSON.stringify({ format: 'thucthi-backup', version: 1, migrations: journal.entries.length })}\n`), 'TRUNCATED'],
  ])('%s is refused and nothing is written', async (_name, bytes, code) => {
    const file = path.join(dir, `bad-${backend}-${code}.gz`);
    writeFileSync(file, bytes);
    await expect(restoreFrom(target, file)).rejects.toMatchObject({ code });
    expect((await checksums(target)).every((s) => s.rows === 0)).toBe(true);
  });
});
