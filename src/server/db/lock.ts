/**
 * An exclusive lock on DATA_DIR. PGlite has no lock of its own: two processes
 * opening one data folder silently lose writes. The server (and any CLI
 * command that opens the folder) takes this lock first.
 *
 * Why a PID file rather than proper-lockfile: that library decides staleness
 * by mtime, so a restart right after a crash must wait out the stale window,
 * and a long synchronous PGlite call (it runs on the main thread) can make a
 * live lock look stale. A PID file with a liveness check knows at once.
 */
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

export class DataDirLockedError extends Error {
  readonly code = 'DATA_DIR_LOCKED';
  constructor(
    readonly dataDir: string,
    readonly holder: string,
  ) {
    super(`Thư mục dữ liệu ${dataDir} đang được một tiến trình khác sử dụng (${holder}). Hãy dừng tiến trình đó trước, hoặc dùng PostgreSQL (DATABASE_URL) để chạy nhiều tiến trình.`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface DataDirLock {
  release: () => void;
}

export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'thucthi.lock');
  const me = `${hostname()}:${process.pid}`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, me);
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(lockPath, 'utf8') === me) unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.once('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder: string;
      try {
        holder = readFileSync(lockPath, 'utf8').trim();
      } catch {
        continue;
      }
      const [host, pidText] = holder.split(':');
      const pid = Number(pidText);
      if (host === hostname() && Number.isInteger(pid) && pid > 0 && !isAlive(pid)) {
        // The holder crashed (kill -9, power loss): take the lock over.
        try {
          unlinkSync(lockPath);
        } catch {
          // Someone else removed it first; retry.
        }
        continue;
      }
      throw new DataDirLockedError(dataDir, holder);
    }
  }
  throw new DataDirLockedError(dataDir, 'không xác định');
}
