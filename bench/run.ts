/**
 * `npm run bench`: measurements, never part of the tests. Each figure is
 * printed beside a baseline measured in the same run; the last line gives
 * the ratios on one line.
 */
import { benchParse } from './parse.ts';
import { printTable, type BenchRow } from './util.ts';

const rows: BenchRow[] = [];
const only = process.argv.slice(2);
const want = (name: string) => only.length === 0 || only.includes(name);

if (want('parse')) rows.push(...benchParse());

console.log(printTable(rows));
console.log(
  'RATIOS ' +
    rows
      .filter((r) => r.baseline)
      .map((r) => `${r.name}=${(r.value / (r.baseline ?? 1)).toPrecision(3)}`)
      .join('; '),
);
