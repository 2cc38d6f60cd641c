/**
 * `npm run bench`: measurements, never part of the tests. Each figure is
 * printed beside a baseline measured in the same run; the last line gives
 * the ratios on one line.
 *
 * `npm run bench -- parse rollup` runs only the named parts: parse,
 * rollup, endpoint, burst, consolidation. The national
 * parts run on the synthetic data set in PGlite, then in PostgreSQL (see
 * bench/synthetic.ts for the environment); the first run seeds it.
 */
import { benchBurst, burstItems } from './burst.ts';
import { benchConsolidation } from './consolidation.ts';
import { benchEndpoint, endpointReporter } from './endpoint.ts';
import { benchParse } from './parse.ts';
import { benchRollup } from './rollup.ts';
import { benchTargets } from './synthetic.ts';
import { printTable, type BenchRow } from './util.ts';
import { startServerProcess } from '../test/server/server-process.ts';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

// The machine, printed with the table: figures mean little without it. The load average
// matters on a shared machine: other work running beside the bench slows both sides of a ratio.
const machine = () =>
  `${availableParallelism()} CPU (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`;
const startedOn = machine();

const rows: BenchRow[] = [];
const only = process.argv.slice(2);
const want = (name: string) => only.length === 0 || only.includes(name);

/** One part of the bench: a failure is printed and reported as a row, and the others still run. */
async function part(name: string, fn: () => Promise<BenchRow[]>): Promise<void> {
  try {
    rows.push(...(await fn()));
  } catch (error) {
    console.error(`[bench] ${name} thất bại:`, error);
    rows.push({ name: `${name}: THẤT BẠI — ${String((error as Error).message ?? error).slice(0, 120)}`, value: Number.NaN, unit: '', baseline: null, baselineName: '', target: '' });
  }
}

if (want('parse')) rows.push(...benchParse());

if (want('rollup') || want('endpoint') || want('burst')) {
  for await (const target of benchTargets()) {
    try {
      if (want('rollup')) await part(`rollup ${target.kind}`, () => benchRollup(target));
      if (want('endpoint') || want('burst')) {
        // Picked before the server starts: a PGlite folder has one process at a time.
        const { database, close } = await target.open();
        const reporter = await endpointReporter(database);
        const items = await burstItems(database);
        await close();
        const server = await startServerProcess(target.serverEnv);
        try {
          if (want('endpoint')) await part(`endpoint ${target.kind}`, () => benchEndpoint(target, server.url, reporter));
          if (want('burst')) await part(`burst ${target.kind}`, () => benchBurst(target, server.url, items));
        } finally {
          await server.stop();
        }
      }
    } finally {
      await target.cleanup();
    }
  }
}

if (want('consolidation')) await part('consolidation', benchConsolidation);
// Other modules add their line here.

console.log(`Máy: ${startedOn} lúc bắt đầu; load average lúc kết thúc ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(printTable(rows));
console.log(
  'RATIOS ' +
    rows
      .filter((r) => r.baseline)
      .map((r) => `${r.name}=${(r.value / (r.baseline ?? 1)).toPrecision(3)}`)
      .join('; '),
);
