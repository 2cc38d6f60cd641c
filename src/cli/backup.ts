/**
 * `thucthi backup FILE` and `thucthi restore FILE`: a portable copy of the
 * whole database (embedded or PostgreSQL), restorable into either. On the
 * embedded database they take the data-folder lock, so they refuse while a
 * server runs on it (stop it first; with PostgreSQL the server may run).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { backupTo, RestoreError, restoreFrom, type TableSummary } from '../server/backup.ts';
import { loadConfig } from '../server/config.ts';
import { DataDirLockedError } from '../server/db/lock.ts';
import { openDatabase } from '../server/main.ts';
import type { CliIo } from './main.ts';

function report(io: CliIo, verb: string, file: string, summaries: TableSummary[]) {
  const rows = summaries.reduce((n, s) => n + s.rows, 0);
  io.out(`${verb} ${file}: ${summaries.length} bảng, ${rows.toLocaleString('vi-VN')} dòng.`);
  for (const s of summaries.filter((x) => x.rows > 0)) io.out(`  ${s.table.padEnd(26)} ${String(s.rows).padStart(9)}  ${s.checksum}`);
}

async function withDatabase<T>(io: CliIo, fn: (db: Awaited<ReturnType<typeof openDatabase>>['database']) => Promise<T>): Promise<T | null> {
  const config = loadConfig();
  let opened;
  try {
    opened = await openDatabase(config);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      io.err(error.message);
      return null;
    }
    throw error;
  }
  try {
    return await fn(opened.database);
  } finally {
    await opened.database.close();
    opened.lock?.release();
  }
}

export async function run(args: string[], io: CliIo, verb: 'backup' | 'restore' = 'backup'): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    io.err(`Cách dùng: thucthi ${verb} TỆP`);
    return 2;
  }
  const target = path.resolve(file);
  if (verb === 'restore' && !existsSync(target)) {
    io.err(`Không tìm thấy tệp: ${target}`);
    return 2;
  }
  try {
    const result = await withDatabase(io, (database) => (verb === 'backup' ? backupTo(database, target) : restoreFrom(database, target)));
    if (!result) return 2;
    report(io, verb === 'backup' ? 'Đã sao lưu vào' : 'Đã khôi phục từ', target, result);
    return 0;
  } catch (error) {
    if (error instanceof RestoreError) {
      io.err(error.message);
      return 2;
    }
    throw error;
  }
}

export const runRestore = (args: string[], io: CliIo) => run(args, io, 'restore');
