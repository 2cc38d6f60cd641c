/**
 * Configuration from the environment, read once at start-up.
 */
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** Folder of the embedded database and uploaded files (when DATABASE_URL is unset, also the database). */
  dataDir: string;
  databaseUrl: string | null;
  filesDir: string;
  /** Largest accepted upload, in bytes. */
  maxUploadBytes: number;
  sessionTtlHours: number;
  /** Set cookies with Secure: on by default when behind HTTPS (x-forwarded-proto). */
  cookieSecure: 'auto' | boolean;
  trustProxy: boolean;
  webDir: string;
  smtp: { url: string; from: string } | null;
  /** Public base URL used in e-mails and calendar feeds. */
  publicUrl: string | null;
  /** For tests and demos only: a fixed "now" (ISO instant). */
  fakeNow: string | null;
}

function intEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new Error(`Biến môi trường ${name} phải là số: ${raw}`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const dataDir = path.resolve(cwd, env.DATA_DIR || './data');
  return {
    port: intEnv(env, 'PORT', 3000),
    host: env.HOST || '0.0.0.0',
    dataDir,
    databaseUrl: env.DATABASE_URL || null,
    filesDir: path.resolve(cwd, env.FILES_DIR || path.join(dataDir, 'files')),
    maxUploadBytes: intEnv(env, 'MAX_UPLOAD_MB', 20) * 1024 * 1024,
    sessionTtlHours: intEnv(env, 'SESSION_TTL_HOURS', 12),
    cookieSecure: env.COOKIE_SECURE === 'true' ? true : env.COOKIE_SECURE === 'false' ? false : 'auto',
    trustProxy: env.TRUST_PROXY === 'true',
    webDir: path.resolve(cwd, env.WEB_DIR || 'dist/web'),
    smtp: env.SMTP_URL ? { url: env.SMTP_URL, from: env.SMTP_FROM || 'thucthi@localhost' } : null,
    publicUrl: env.PUBLIC_URL || null,
    fakeNow: env.THUCTHI_FAKE_NOW || null,
  };
}
