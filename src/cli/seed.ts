/**
 * `thucthi seed --synthetic`: fills an empty database with the national
 * synthetic data set (see src/server/seed/synthetic). Opens the database as
 * the server does — PostgreSQL with --database-url or DATABASE_URL, else the
 * PGlite folder DATA_DIR, whose lock it takes, so it refuses while a server
 * runs on the same folder.
 */
import { parseArgs } from 'node:util';
import { parseCivilDate, type CivilDate } from '../core/civil-date.ts';
import { fixedClock, systemClock } from '../server/clock.ts';
import { loadConfig } from '../server/config.ts';
import { DataDirLockedError } from '../server/db/lock.ts';
import { openDatabase } from '../server/main.ts';
import { DatabaseNotEmptyError, seedSynthetic, SYNTHETIC_DEFAULTS, type SyntheticOptions } from '../server/seed/synthetic/index.ts';
import type { CliIo } from './main.ts';

const HELP = `Cách dùng: thucthi seed --synthetic [tham số]

Tạo dữ liệu tổng hợp quy mô toàn quốc trên một cơ sở dữ liệu trống.

  --provinces N               số tỉnh, thành (mặc định: cả 34)
  --communes-per-province N   tối đa N xã, phường mỗi tỉnh (mặc định: tất cả, 3.321 cả nước)
  --grassroots N              số tổ chức cơ sở đảng dưới các xã (mặc định ${SYNTHETIC_DEFAULTS.grassroots})
  --plans N                   số kế hoạch: 1 của Trung ương, mỗi tỉnh 1, còn lại của xã (mặc định ${SYNTHETIC_DEFAULTS.plans})
  --periods N                 số kỳ báo cáo tháng, kết thúc ở kỳ hiện tại (mặc định ${SYNTHETIC_DEFAULTS.periods})
  --seed N                    hạt giống: cùng số cho cùng dữ liệu (mặc định ${SYNTHETIC_DEFAULTS.seed})
  --password TEXT             mật khẩu chung của mọi tài khoản (mặc định ${SYNTHETIC_DEFAULTS.password})
  --today yyyy-mm-dd          ngày của dữ liệu (mặc định: hôm nay, hoặc THUCTHI_FAKE_NOW)
  --database-url URL          PostgreSQL (mặc định DATABASE_URL); không có thì dùng PGlite trong DATA_DIR
  --data-dir DIR              thư mục dữ liệu PGlite (mặc định DATA_DIR hoặc ./data)`;

function whole(name: string, raw: string | undefined, fallback: number | null, min: number): number | null {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} phải là số nguyên ≥ ${min}: ${raw}`);
  return n;
}

class UsageError extends Error {}

export async function run(args: string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      allowPositionals: false,
      options: {
        synthetic: { type: 'boolean' },
        provinces: { type: 'string' },
        'communes-per-province': { type: 'string' },
        grassroots: { type: 'string' },
        plans: { type: 'string' },
        periods: { type: 'string' },
        seed: { type: 'string' },
        password: { type: 'string' },
        today: { type: 'string' },
        'database-url': { type: 'string' },
        'data-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  if (!values.synthetic) {
    io.err(`Hiện chỉ có dữ liệu tổng hợp: hãy thêm --synthetic.\n\n${HELP}`);
    return 2;
  }
  const env = { ...process.env };
  if (values['database-url']) env.DATABASE_URL = values['database-url'];
  if (values['data-dir']) env.DATA_DIR = values['data-dir'];
  const config = loadConfig(env, process.cwd());
  let options: SyntheticOptions;
  try {
    const today = values.today ? parseCivilDate(values.today) : (config.fakeNow ? fixedClock(config.fakeNow) : systemClock()).today();
    if (!today) throw new UsageError(`--today phải có dạng yyyy-mm-dd: ${values.today}`);
    options = {
      provinces: whole('provinces', values.provinces, null, 1),
      communesPerProvince: whole('communes-per-province', values['communes-per-province'], null, 0),
      grassroots: whole('grassroots', values.grassroots, SYNTHETIC_DEFAULTS.grassroots, 0) ?? 0,
      plans: whole('plans', values.plans, SYNTHETIC_DEFAULTS.plans, 1) ?? 1,
      periods: whole('periods', values.periods, SYNTHETIC_DEFAULTS.periods, 1) ?? 1,
      seed: whole('seed', values.seed, SYNTHETIC_DEFAULTS.seed, 0) ?? 0,
      password: values.password ?? SYNTHETIC_DEFAULTS.password,
      today: today as CivilDate,
    };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(error.message);
    return 2;
  }

  let opened;
  try {
    opened = await openDatabase(config);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      io.err(`Không tạo được dữ liệu: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const { database, lock } = opened;
  try {
    io.out(`Đang tạo dữ liệu tổng hợp (hạt giống ${options.seed}, ngày ${options.today}) trong ${database.kind === 'pglite' ? `PGlite ${config.dataDir}` : 'PostgreSQL'}…`);
    const summary = await seedSynthetic(database.db, options, (line) => io.out(line));
    io.out('');
    io.out(`Xong sau ${(summary.totalMs / 1000).toFixed(1)} s (dựng ${(summary.buildMs / 1000).toFixed(1)} s, ghi ${(summary.writeMs / 1000).toFixed(1)} s).`);
    io.out(`Tài khoản thử (mật khẩu chung: ${options.password}):`);
    for (const l of summary.logins) io.out(`  ${l.username.padEnd(14)} ${l.role} — ${l.unit}`);
    io.out('  bc.<mã xã>     Cán bộ báo cáo của từng đảng ủy xã, phường (mã đơn vị hành chính, ví dụ bc.03127)');
    return 0;
  } catch (error) {
    if (error instanceof DatabaseNotEmptyError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
    lock?.release();
  }
}
