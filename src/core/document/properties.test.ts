/// <reference types="vite/client" />
/**
 * Properties that hold for any input: the parser never throws, never reports
 * an internal error, and always returns a well-formed ParsedPlan; large and
 * adversarial inputs parse in bounded time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import seed from '../../../assets/documents/82-KH-TU_dien-bien_2019-08-27.txt?raw';
import { parseCivilDate } from '../civil-date.ts';
import { CADENCES, DOCUMENT_GENRES, DUTY_KINDS, PARSE_ISSUE_CODES, parsePlanDocument, type ParsedPlan } from './index.ts';

const isDate = (d: unknown) => d === null || (typeof d === 'string' && parseCivilDate(d) === d);
const isText = (s: unknown) => typeof s === 'string';
const isTextOrNull = (s: unknown) => s === null || typeof s === 'string';
const isGenre = (g: unknown) => g === null || (DOCUMENT_GENRES as readonly unknown[]).includes(g);

/** Every field has the type the contract says; returns the first violation, or null. */
function violation(plan: ParsedPlan): string | null {
  const checks: Array<[boolean, string]> = [
    [isTextOrNull(plan.number) && isTextOrNull(plan.issuer) && isTextOrNull(plan.superiorIssuer), 'header strings'],
    [isTextOrNull(plan.place) && isTextOrNull(plan.title) && isDate(plan.date) && isGenre(plan.type), 'header values'],
    [plan.cites.every((c) => isText(c.symbol) && c.symbol.includes('/') && isGenre(c.type) && isDate(c.date) && isTextOrNull(c.issuer)), 'cites'],
    [new Set(plan.cites.map((c) => c.symbol)).size === plan.cites.length, 'cites unique'],
    [!plan.cites.some((c) => c.symbol === plan.number), 'own number cited'],
    [
      plan.sections.every(
        (s) =>
          isText(s.number) &&
          isText(s.title) &&
          s.paragraphs.every(isText) &&
          s.items.every((it) => isText(it.number) && isText(it.title) && it.paragraphs.every(isText) && it.points.every((p) => isText(p.title) && p.paragraphs.every(isText))),
      ),
      'sections',
    ],
    [
      plan.assignments.every(
        (a) =>
          isText(a.unit) &&
          a.unit !== '' &&
          isText(a.text) &&
          Number.isInteger(a.line) &&
          a.line >= 1 &&
          a.partners.every(isText) &&
          a.duties.every((d) => (DUTY_KINDS as readonly string[]).includes(d.kind) && isText(d.text) && (d.deadline === null || isDate(d.deadline.date))) &&
          a.deadlines.every((d) => isText(d.text) && d.text !== '' && isDate(d.date)) &&
          a.reports.every((r) => (CADENCES as readonly string[]).includes(r.cadence) && r.to.every(isText) && r.via.every(isText)),
      ),
      'assignments',
    ],
    [plan.recipients.every((r) => isText(r) && r !== ''), 'recipients'],
    [plan.signer === null || plan.signer === undefined || (isTextOrNull(plan.signer.authority) && isTextOrNull(plan.signer.title) && isTextOrNull(plan.signer.name)), 'signer'],
    [
      plan.issues.every(
        (i) => (PARSE_ISSUE_CODES as readonly string[]).includes(i.code) && i.message !== '' && (i.line === null || (Number.isInteger(i.line) && i.line >= 1)),
      ),
      'issues',
    ],
    [!plan.issues.some((i) => i.code === 'PARSER_ERROR'), 'internal error'],
  ];
  return checks.find(([ok]) => !ok)?.[1] ?? null;
}

function parsesWell(text: string): boolean {
  const plan = parsePlanDocument(text);
  const problem = violation(plan);
  if (problem !== null) throw new Error(`${problem}: ${JSON.stringify(text.slice(0, 200))}`);
  return true;
}

// Pieces of the genre, so random text reaches the parser's branches.
const PIECES = [
  'Số ', 'Số: ', '82-KH/TU', '5257/KH-UBND', '09/2019/NĐ-CP', ' - ', '/', 'ngày ', 'tháng ', 'năm ', '2019', '30/5/2019',
  'Điện Biên, ', 'quý IV/2019', '6 tháng đầu năm 2020', 'trước ngày ', 'hoàn thành trong ', '(', ')', '\t', '\n', '\n\n', '   ',
  'Nơi nhận:', '- ', '+ ', 'I. ', 'II- ', 'Il. ', '1. ', '2- ', 'a) ', 'đ) ', '1.1. ', 'Điều 1. ', 'T/M ', 'TM. ', 'KT. ', 'CHỦ TỊCH',
  'KẾ HOẠCH', 'K Ế H O Ạ C H', 'QUYẾT ĐỊNH', 'V/v ', 'Kính gửi:', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'TỈNH ỦY ĐIỆN BIÊN', 'Kết luận số ', 'Nghị quyết ', 'của ', 'Ban Bí thư', 'Sở Giáo dục và Đào tạo', 'phối hợp với ', 'và ', ', ',
  'các đơn vị liên quan', 'báo cáo ', 'định kỳ hằng năm ', 'về ', 'qua ', 'Giao ', 'Đề nghị ', 'TỔ CHỨC THỰC HIỆN', '-----', '___',
  '*', ';', ':', '.', './.', 'Lưu: VT', '(đã ký)', 'Nguyễn Văn A', 'ƣ', 'Ð', '\u00a0', '\u200b', '\r\n', '\u0301', 'İ',
];

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const domainText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 120 }).map((parts) => parts.join(''));

type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'tab'; at: number; col: number }
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ op: fc.constant('tab' as const), at: fc.nat(), col: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: domainText }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  let lines = text.split('\n');
  for (const m of mutations) {
    if (lines.length === 0) break;
    const i = m.at % lines.length;
    const line = lines[i] ?? '';
    switch (m.op) {
      case 'delete':
        lines.splice(i, 1);
        break;
      case 'duplicate':
        lines.splice(i, 0, line);
        break;
      case 'swap': {
        const j = m.with % lines.length;
        lines[i] = lines[j] ?? '';
        lines[j] = line;
        break;
      }
      case 'tab': {
        const col = line.length === 0 ? 0 : m.col % line.length;
        lines[i] = `${line.slice(0, col)}\t${line.slice(col)}`;
        break;
      }
      case 'truncate': {
        const joined = lines.join('\n');
        lines = joined.slice(0, m.at % (joined.length + 1)).split('\n');
        break;
      }
      case 'insert':
        lines.splice(i, 0, m.text);
        break;
    }
  }
  return lines.join('\n');
}

describe('parsePlanDocument on any input', () => {
  it('never throws on random strings of any code units (lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ unit: codeUnit, maxLength: 400 }), parsesWell), { numRuns: 300 });
  });

  it('never throws on random Unicode text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), parsesWell), { numRuns: 200 });
  });

  it('never throws on random text made of the genre’s pieces', () => {
    fc.assert(fc.property(domainText, parsesWell), { numRuns: 400 });
  });

  it('never throws on the reference plan mutated (lines deleted, duplicated, swapped, tabs inserted, truncated)', () => {
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 12 }), (ms) => parsesWell(mutate(seed, ms))), { numRuns: 150 });
  });

  it('accepts a non-string from untyped callers', () => {
    const plan = parsePlanDocument(undefined as unknown as string);
    expect(plan.issues.map((i) => i.code)).toEqual(['EMPTY_DOCUMENT']);
  });
});

describe('time on large and adversarial inputs', () => {
  const KB100 = 100 * 1024;
  const repeat = (unit: string) => unit.repeat(Math.ceil(KB100 / unit.length)).slice(0, KB100);
  const sample = (arb: fc.Arbitrary<string>) => fc.sample(arb, { numRuns: 1, seed: 42 })[0] ?? '';

  /** Best of up to five runs after a warm-up, so that a busy test machine does not fail a linear parser. */
  function bestTime(text: string, bound: number): number {
    expect(violation(parsePlanDocument(text))).toBeNull();
    let best = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 5 && best >= bound; run++) {
      const start = performance.now();
      parsePlanDocument(text);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  }

  it.each([
    ['the reference plan repeated', repeat(`${seed}\n`)],
    [
      'random text of the genre’s pieces',
      (() => {
        let s = '';
        for (let i = 0; s.length < KB100; i++) s += sample(domainText.map((t) => `${t}${i}`));
        return s.slice(0, KB100);
      })(),
    ],
  ])('%s: 100 KB parses in under 200 ms', (_name, text) => {
    expect(bestTime(text, 200)).toBeLessThan(200);
  });

  // Inputs built to trigger super-linear regex backtracking or quadratic
  // loops; such a fault shows as seconds or minutes, so the bound is looser
  // (these texts are far denser in markers than any document).
  it.each([
    ['one line of spaces', repeat(' ')],
    ['one line of spaces then a letter', `${repeat(' ')}x`],
    ['one line of dashes then a letter', `${repeat('-')}x`],
    ['one line of digits and slashes', repeat('1/')],
    ['symbols run together', repeat('82-KH/TU-')],
    ['"ngày" over and over', repeat('ngày ')],
    ['"Số" over and over', repeat('Số ')],
    ['open parentheses', repeat('(quý IV/2019 ')],
    ['units joined by "và"', repeat('Ban Tuyên giáo và ')],
    ['"phối hợp với" over and over', repeat('phối hợp với Sở Y tế, ')],
    ['a long blank date', `Điện Biên, ngày${repeat(' ')}tháng`],
    ['many short lines', repeat('1.\n')],
    ['many table cells', repeat('| Số: 12/KH-UBND ')],
    ['many recipients', `Nơi nhận:\n${repeat('- Sở Y tế,\n')}`],
    ['a one-line blob of markers', repeat('; 1. Số: 12/KH-UBND; a) - ')],
    ['"giao" over and over in one paragraph', `III. TỔ CHỨC THỰC HIỆN\n${repeat('giao ')}`],
    ['units asking units', `III. TỔ CHỨC THỰC HIỆN\n${repeat('Sở Y tế đề nghị ')}`],
    ['one clause full of deadlines', `III. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\n${repeat('hoàn thành trước ngày 30/6/2021, ')}`],
    ['many articles', repeat('Điều 1. Giao Sở Y tế chủ trì.\n')],
    ['many sub-items naming units', `I. TỔ CHỨC THỰC HIỆN\n1. Tổ chức thực hiện\n${repeat('1.1. Sở Y tế: chủ trì.\n')}`],
    ['many implementation sections', repeat('I. TỔ CHỨC THỰC HIỆN\n1. Tổ chức thực hiện\n')],
    ['one clause full of cited dates', `III. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\n${repeat('theo Kết luận số 51-KL/TW ngày 30/5/2019, hoàn thành trong quý IV/2019, ')}`],
  ])('%s (100 KB) parses in under 1 s', (_name, text) => {
    expect(bestTime(text, 1000)).toBeLessThan(1000);
  });
});
