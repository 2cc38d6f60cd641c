/**
 * The real server as a child process (`node bin/thucthi.js start
 * --skip-build`), as an operator runs it, and a small HTTP client that
 * logs in and sends the CSRF token. Used by the crash and two-server tests
 * and by the benchmarks, which must see the server from outside: killed
 * with SIGKILL, restarted on the same data, or sharing one database with
 * another process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ServerProcess {
  url: string;
  pid: number;
  /** Everything the process printed so far (for failure messages). */
  output: () => string;
  /** SIGTERM and wait: the server closes the database and releases its lock. */
  stop: () => Promise<number | null>;
  /** SIGKILL and wait: no chance to flush, close or unlock anything. */
  kill9: () => Promise<number | null>;
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/**
 * Starts a server on 127.0.0.1 and an OS-chosen port, with `env` on top of
 * this process's environment (DATA_DIR or DATABASE_URL, THUCTHI_FAKE_NOW…),
 * and waits until it says where it listens.
 */
export async function startServerProcess(env: Record<string, string>, options: { timeoutMs?: number; args?: string[] } = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/thucthi.js'), 'start', '--skip-build', ...(options.args ?? [])], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`máy chủ không khởi động sau ${options.timeoutMs ?? 180_000} ms:\n${out}`)), options.timeoutMs ?? 180_000);
    const check = () => {
      const m = /thucthi đang chạy tại (http:\/\/\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`máy chủ dừng (mã ${code}) trước khi sẵn sàng:\n${out}`));
    });
  });
  return {
    url,
    pid: child.pid ?? 0,
    output: () => out,
    stop: async () => {
      child.kill('SIGTERM');
      return exited(child);
    },
    kill9: async () => {
      child.kill('SIGKILL');
      return exited(child);
    },
  };
}

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  ms: number;
}

/** A user's session against one server: the cookie and CSRF token from the login. */
export class ApiClient {
  private cookie = '';
  private csrf = '';

  constructor(public baseUrl: string) {}

  /** The same session, sent to another server (another process behind the load balancer). */
  on(baseUrl: string): ApiClient {
    const other = new ApiClient(baseUrl);
    other.cookie = this.cookie;
    other.csrf = this.csrf;
    return other;
  }

  async login(username: string, password: string): Promise<ApiResponse> {
    const res = await this.request('POST', '/api/auth/login', { username, password });
    if (res.status === 200) this.csrf = (res.body as { csrfToken: string }).csrfToken;
    return res;
  }

  get cookieHeader(): string {
    return this.cookie;
  }

  async request<T = unknown>(method: string, pathname: string, body?: unknown): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const t0 = performance.now();
    const res = await fetch(new URL(pathname, this.baseUrl), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    const ms = performance.now() - t0;
    const setCookie = res.headers.get('set-cookie');
    const session = setCookie && /thucthi_session=[^;]*/.exec(setCookie)?.[0];
    if (session) this.cookie = session;
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON: keep the text for the failure message.
    }
    return { status: res.status, body: parsed as T, ms };
  }
}
