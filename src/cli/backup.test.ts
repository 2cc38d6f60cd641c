import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '../server/db/client.ts';
import { lockDataDir } from '../server/db/lock.ts';
import { inTransaction } from '../server/db/uow.ts';
import { seedOrganisation } from '../server/seed/seed-demo.ts';
import { main } from './main.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'thucthi-cli-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

async function withEnv<T>(env: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
}

describe('thucthi backup / restore on the embedded database', () => {
  const file = path.join(dir, 'sao-luu.jsonl.gz');

  it('backs up one data folder and restores it into an empty one', async () => {
    const a = path.join(dir, 'a');
    const b = path.join(dir, 'b');
    // Something to back up: the demo organisation in folder a.
    const source = await openPglite(a);
    await inTransaction(source.db, null, (work) => seedOrganisation(work));
    await source.close();
    const backup = capture();
    expect(await withEnv({ DATA_DIR: a, DATABASE_URL: undefined }, () => main(['backup', file], backup.io))).toBe(0);
    expect(backup.out.join('\n')).toContain('Đã sao lưu vào');
    const restore = capture();
    expect(await withEnv({ DATA_DIR: b, DATABASE_URL: undefined }, () => main(['restore', file], restore.io))).toBe(0);
    expect(restore.out[0]).toContain('Đã khôi phục từ');
    expect(restore.out[0]).toMatch(/[1-9][\d.]* dòng/);
    const again = capture();
    expect(await withEnv({ DATA_DIR: b, DATABASE_URL: undefined }, () => main(['restore', file], again.io))).toBe(2);
    expect(again.err.join('\n')).toContain('đã có dữ liệu');
    // Three on-disk PGlite opens with migrations: slow on a busy 2-core machine.
  }, 300_000);

  it('refuses while another process holds the data folder', async () => {
    const c = path.join(dir, 'c');
    const lock = lockDataDir(c);
    // Pretend the holder is another live process: rewrite the lock with our parent's pid.
    const { writeFileSync } = await import('node:fs');
    const { hostname } = await import('node:os');
    writeFileSync(path.join(c, 'thucthi.lock'), `${hostname()}:${process.ppid}`);
    try {
      const run = capture();
      expect(await withEnv({ DATA_DIR: c, DATABASE_URL: undefined }, () => main(['backup', path.join(dir, 'x.gz')], run.io))).toBe(2);
      expect(run.err.join('\n')).toContain('đang được một tiến trình khác sử dụng');
    } finally {
      lock.release();
      rmSync(path.join(c, 'thucthi.lock'), { force: true });
    }
  });

  it('explains its usage', async () => {
    const run = capture();
    expect(await main(['restore'], run.io)).toBe(2);
    expect(run.err[0]).toContain('Cách dùng: thucthi restore TỆP');
  });
});
