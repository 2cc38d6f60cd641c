import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedPlan } from '../core/document/index.ts';
import { encodeTcvn3 } from '../core/encoding/testing/legacy-encoders.ts';
import { makePlanDocx, PDF_FIXTURE_PATH, REFERENCE_TXT_PATH, SCANNED_PDF_FIXTURE_PATH } from '../server/ingest/testing/documents.ts';
import { main, type CliIo } from './main.ts';

const REFERENCE = 'assets/documents/82-KH-TU_dien-bien_2019-08-27.txt';
const UNITS = [
  'Đảng đoàn Hội đồng Nhân dân, Ban Cán sự Đảng UBND tỉnh',
  'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc tỉnh',
  'Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể tỉnh',
  'Ban Tuyên giáo Tỉnh ủy',
];

async function cli(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await main(['parse', ...args], io);
  return { code, out, err };
}

async function json(file: string): Promise<ParsedPlan> {
  const result = await cli(file, '--json');
  expect(result).toMatchObject({ code: 0, err: [] });
  // Exactly one JSON object, 2-space indented.
  expect(result.out).toHaveLength(1);
  const text = result.out[0] ?? '';
  expect(text.startsWith('{\n  "number": ')).toBe(true);
  return JSON.parse(text) as ParsedPlan;
}

let dir = '';
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'thucthi-parse-'));
  writeFileSync(path.join(dir, 'ke-hoach.docx'), await makePlanDocx());
  writeFileSync(path.join(dir, 'tcvn3.txt'), encodeTcvn3(readFileSync(REFERENCE_TXT_PATH, 'utf8')));
  writeFileSync(path.join(dir, 'anh.txt'), new Uint8Array(4096).map((_, i) => (i * 7919) % 256));
  writeFileSync(path.join(dir, 'rong.txt'), '');
  mkdirSync(path.join(dir, 'thu-muc.txt'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('thucthi parse --json', () => {
  it('parses the reference plan', async () => {
    const plan = await json(REFERENCE);
    expect(plan.number).toBe('82-KH/TU');
    expect(plan.date).toBe('2019-08-27');
    expect(plan.assignments.map((a) => a.unit)).toEqual(UNITS);
    expect(plan.issues.map((i) => i.code)).toEqual(['CITATION_WITHOUT_DATE']);
  });

  it('puts the ingest notes before the parser warnings (a TCVN3 file)', async () => {
    const plan = await json(path.join(dir, 'tcvn3.txt'));
    expect(plan.issues[0]).toMatchObject({ code: 'ENCODING_DETECTED', line: null, message: expect.stringContaining('TCVN3') });
    expect(plan.number).toBe('82-KH/TU');
    expect(plan.date).toBe('2019-08-27');
    expect(plan.assignments).toHaveLength(4);
  });

  it.each([
    ['a .docx with a letterhead table', () => path.join(dir, 'ke-hoach.docx')],
    ['a PDF with a text layer', () => PDF_FIXTURE_PATH.pathname],
  ])('reads %s to the same plan', async (_what, file) => {
    const plan = await json(file());
    expect(plan).toMatchObject({ number: '82-KH/TU', type: 'Kế hoạch', issuer: 'TỈNH ỦY ĐIỆN BIÊN', date: '2019-08-27' });
    expect(plan.assignments.map((a) => a.unit)).toEqual(UNITS);
    expect(plan.recipients).toHaveLength(9);
  });
});

describe('thucthi parse (outline)', () => {
  it('prints a Vietnamese outline', async () => {
    const { code, out, err } = await cli(REFERENCE);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    const lines = (out[0] ?? '').split('\n');
    expect(lines.slice(0, 5)).toEqual(['Số: 82-KH/TU', 'Loại: Kế hoạch', 'Cơ quan ban hành: TỈNH ỦY ĐIỆN BIÊN', 'Nơi ban hành: Điện Biên', 'Ngày: 27/08/2019']);
    expect(lines[5]).toMatch(/^Trích yếu: thực hiện Kết luận số 51-KL\/TW/);
    for (const expected of [
      'Văn bản được dẫn (5):',
      '  - Kết luận số 51-KL/TW, ngày 30/05/2019 của Ban Bí thư',
      '  III. TỔ CHỨC THỰC HIỆN',
      'Phân công (4 đơn vị):',
      '  4. Ban Tuyên giáo Tỉnh ủy (dòng 76)',
      '     Thời hạn: hoàn thành trong quý IV/2019 → 31/12/2019',
      '     Báo cáo: 6 tháng, gửi Ban Thường vụ Tỉnh ủy, qua Ban Tuyên giáo Tỉnh ủy',
      '     Báo cáo: hằng năm, gửi Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo Trung ương',
      'Nơi nhận (9):',
      '  - Lưu Văn phòng Tỉnh ủy, TH1',
      'Cảnh báo (1):',
    ]) {
      expect(lines).toContain(expected);
    }
    expect(lines.some((l) => l.startsWith('     - Xây dựng kế hoạch: Lãnh đạo, chỉ đạo HĐND'))).toBe(true);
    expect(lines.some((l) => l.startsWith('     - Quán triệt/tuyên truyền: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('     - Hướng dẫn/kiểm tra: '))).toBe(true);
  });

  it('prints its usage on --help', async () => {
    const { code, out } = await cli('--help');
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^Cách dùng: thucthi parse TỆP \[--json\]/);
  });
});

describe('thucthi parse refusals (exit 2, message on stderr)', () => {
  it.each<[string, () => string[], RegExp]>([
    ['no file', () => [], /^Thiếu tên tệp\.\n\nCách dùng: thucthi parse/],
    ['two files', () => [REFERENCE, REFERENCE], /^Chỉ đọc một tệp mỗi lần/],
    ['an unknown option', () => [REFERENCE, '--xml'], /Cách dùng: thucthi parse/],
    ['a missing file', () => [path.join(dir, 'khong-co.txt')], /^Lỗi: không tìm thấy tệp “.*khong-co\.txt”\.$/],
    ['a directory', () => [path.join(dir, 'thu-muc.txt')], /là một thư mục, không phải tệp/],
    ['a binary file named .txt', () => [path.join(dir, 'anh.txt')], /không phải văn bản.*\[BINARY_NOT_TEXT\]$/],
    ['an empty file', () => [path.join(dir, 'rong.txt')], /rỗng.*\[EMPTY_FILE\]$/],
    ['a scanned PDF', () => [SCANNED_PDF_FIXTURE_PATH.pathname, '--json'], /cần nhận dạng ký tự \(OCR\).*\[PDF_NEEDS_OCR\]$/],
  ])('%s', async (_what, args, message) => {
    const { code, out, err } = await cli(...args());
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
  });
});
