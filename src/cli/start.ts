/**
 * `thucthi start`: builds the web app when its build is missing or older
 * than its sources, then serves everything.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.ts';
import { startServer, welcomeText } from '../server/main.ts';
import type { CliIo } from './main.ts';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export async function ensureWebBuilt(root: string, io: CliIo): Promise<void> {
  const index = path.join(root, 'dist/web/index.html');
  const sources = path.join(root, 'src/web');
  if (!existsSync(sources)) return;
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(sources)) return;
  io.out('Đang dựng giao diện web (vite build)…');
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { 'no-seed': { type: 'boolean' }, 'skip-build': { type: 'boolean' } }, allowPositionals: false });
  const root = path.resolve(import.meta.dirname, '../..');
  if (!values['skip-build']) await ensureWebBuilt(root, io);
  const config = loadConfig(process.env, process.cwd());
  const server = await startServer(config, { seed: !values['no-seed'], logger: process.env.LOG_REQUESTS === 'true' });
  io.out(welcomeText(server.url, server.seeded, server.database.kind, config.dataDir));
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  // Serve until a signal arrives.
  await new Promise(() => undefined);
  return 0;
}
