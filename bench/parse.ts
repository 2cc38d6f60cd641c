/**
 * Parser speed: the seed plan's median parse time and the throughput on a
 * 100-fold concatenation, each beside one `text.split('\n')` pass over the
 * same text, measured in the same run so the ratio survives a noisy machine.
 */
import { readFileSync } from 'node:fs';
import { parsePlanDocument } from '../src/core/document/index.ts';
import { median, timeIt, type BenchRow } from './util.ts';

export function benchParse(): BenchRow[] {
  const seed = readFileSync(new URL('../assets/documents/82-KH-TU_dien-bien_2019-08-27.txt', import.meta.url), 'utf8');
  const big = Array.from({ length: 100 }, () => seed).join('\n');
  const mb = Buffer.byteLength(big, 'utf8') / 1e6;
  for (let i = 0; i < 50; i++) parsePlanDocument(seed); // warm-up: JIT and regex compilation
  const seedParse = median(timeIt(() => parsePlanDocument(seed), 300));
  const seedSplit = median(timeIt(() => seed.split('\n'), 300));
  const bigParse = median(timeIt(() => parsePlanDocument(big), 7));
  const bigSplit = median(timeIt(() => big.split('\n'), 7));
  return [
    { name: 'parse seed plan (median)', value: seedParse, unit: 'ms', baseline: seedSplit, baselineName: "split('\\n')", target: 'median < 2 ms' },
    { name: 'parse 100× seed (throughput)', value: mb / (bigParse / 1000), unit: 'MB/s', baseline: mb / (bigSplit / 1000), baselineName: "split('\\n') MB/s", target: '≥ 5 MB/s' },
  ];
}
