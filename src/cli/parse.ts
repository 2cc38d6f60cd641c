/**
 * `thucthi parse FILE [--json]`: reads a plan document (.txt, .docx, .pdf)
 * through the ingest door, parses it, and prints either the ParsedPlan as
 * JSON or a Vietnamese outline for a person to check.
 *
 * Exit codes: 0 when the document was read (warnings included), 2 when it
 * could not be (no file, unreadable, unsupported, refused by ingest) or the
 * command line is wrong.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { assertNever } from '../core/assert-never.ts';
import { formatVnDate, type CivilDate } from '../core/civil-date.ts';
import {
  parsePlanDocument,
  type Assignment,
  type Cadence,
  type Deadline,
  type DutyKind,
  type ParsedPlan,
  type ReportDuty,
  type Section,
} from '../core/document/index.ts';
import { DEFAULT_MAX_BYTES, formatMegabytes, isIngestError, readDocument } from '../server/ingest/index.ts';
import type { CliIo } from './main.ts';

const USAGE = [
  'Cách dùng: thucthi parse TỆP [--json]',
  '',
  'Đọc một văn bản kế hoạch (.txt, .docx, .pdf) và in cấu trúc của nó.',
  '  --json   in kết quả dạng JSON (một đối tượng ParsedPlan)',
].join('\n');

export async function run(args: string[], io: CliIo): Promise<number> {
  let values: { json?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    }));
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    io.err(file === undefined ? `Thiếu tên tệp.\n\n${USAGE}` : `Chỉ đọc một tệp mỗi lần.\n\n${USAGE}`);
    return 2;
  }

  const bytes = await readLocalFile(file, io);
  if (bytes === null) return 2;
  let document;
  try {
    document = await readDocument(bytes, file);
  } catch (error) {
    if (!isIngestError(error)) throw error;
    io.err(`Không đọc được tệp “${file}”: ${error.message} [${error.code}]`);
    return 2;
  }
  const parsed = parsePlanDocument(document.text);
  const plan: ParsedPlan = { ...parsed, issues: [...document.issues, ...parsed.issues] };
  io.out(values.json ? JSON.stringify(plan, null, 2) : outline(plan));
  return 0;
}

/** Reads a file from disk, or explains on stderr why not (and returns null). */
async function readLocalFile(file: string, io: CliIo): Promise<Uint8Array | null> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) {
      io.err(`“${file}” là một thư mục, không phải tệp.`);
      return null;
    }
    // Refuse before reading a huge file into memory, in readDocument's words.
    if (info.size > DEFAULT_MAX_BYTES) {
      const message = `Tệp “${file}” nặng ${formatMegabytes(info.size)}, vượt quá giới hạn ${formatMegabytes(DEFAULT_MAX_BYTES)}.`;
      io.err(`Không đọc được tệp “${file}”: ${message} [FILE_TOO_LARGE]`);
      return null;
    }
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'không tìm thấy tệp' : code === 'EACCES' || code === 'EPERM' ? 'không có quyền đọc tệp' : 'không đọc được tệp';
    io.err(`Lỗi: ${reason} “${file}”.`);
    return null;
  }
}

export function dutyKindLabel(kind: DutyKind): string {
  switch (kind) {
    case 'sub-plan':
      return 'Xây dựng kế hoạch';
    case 'disseminate':
      return 'Quán triệt/tuyên truyền';
    case 'guide-inspect':
      return 'Hướng dẫn/kiểm tra';
    case 'review':
      return 'Sơ kết/tổng kết';
    case 'report':
      return 'Báo cáo';
    case 'other':
      return 'Khác';
    default:
      return assertNever(kind, 'loại nhiệm vụ');
  }
}

export function cadenceLabel(cadence: Cadence): string {
  switch (cadence) {
    case 'monthly':
      return 'hằng tháng';
    case 'quarterly':
      return 'hằng quý';
    case '6-monthly':
      return '6 tháng';
    case 'yearly':
      return 'hằng năm';
    case 'once':
      return 'một lần';
    default:
      return assertNever(cadence, 'định kỳ báo cáo');
  }
}

const UNKNOWN = '(không xác định)';

function date(d: CivilDate | null): string {
  return d === null ? UNKNOWN : formatVnDate(d);
}

function deadline(d: Deadline): string {
  return d.date === null ? `${d.text} (chưa xác định ngày)` : `${d.text} → ${formatVnDate(d.date)}`;
}

function report(r: ReportDuty): string {
  const to = r.to.length > 0 ? `, gửi ${r.to.join(', ')}` : '';
  const via = r.via.length > 0 ? `, qua ${r.via.join(', ')}` : '';
  return `${cadenceLabel(r.cadence)}${to}${via}`;
}

function sectionLines(section: Section): string[] {
  const out = [`  ${section.number === '' ? '' : `${section.number}. `}${section.title}${paragraphCount(section.paragraphs)}`];
  for (const item of section.items) {
    out.push(`    ${item.number}. ${item.title}${paragraphCount(item.paragraphs)}`);
    for (const point of item.points) out.push(`      ${point.number}) ${point.title}${paragraphCount(point.paragraphs)}`);
  }
  return out;
}

function paragraphCount(paragraphs: readonly string[]): string {
  return paragraphs.length > 0 ? ` (${paragraphs.length} đoạn)` : '';
}

function assignmentLines(a: Assignment, index: number): string[] {
  const out = [`  ${index + 1}. ${a.unit} (dòng ${a.line})`];
  if (a.partners.length > 0) out.push(`     Phối hợp: ${a.partners.join('; ')}`);
  for (const duty of a.duties) {
    const due = duty.deadline === null ? '' : ` [hạn: ${deadline(duty.deadline)}]`;
    out.push(`     - ${dutyKindLabel(duty.kind)}: ${duty.text}${due}`);
  }
  for (const d of a.deadlines) out.push(`     Thời hạn: ${deadline(d)}`);
  for (const r of a.reports) out.push(`     Báo cáo: ${report(r)}`);
  return out;
}

/** The readable outline printed without --json. */
export function outline(plan: ParsedPlan): string {
  const lines = [
    `Số: ${plan.number ?? UNKNOWN}`,
    `Loại: ${plan.type ?? UNKNOWN}`,
    `Cơ quan ban hành: ${plan.issuer ?? UNKNOWN}${plan.superiorIssuer === null ? '' : ` (trực thuộc ${plan.superiorIssuer})`}`,
    `Nơi ban hành: ${plan.place ?? UNKNOWN}`,
    `Ngày: ${date(plan.date)}`,
    `Trích yếu: ${plan.title ?? UNKNOWN}`,
    '',
    `Văn bản được dẫn (${plan.cites.length}):`,
    ...plan.cites.map((c) => {
      const when = c.date === null ? '' : `, ngày ${formatVnDate(c.date)}`;
      const who = c.issuer === null ? '' : ` của ${c.issuer}`;
      return `  - ${c.type ?? 'Văn bản'} số ${c.symbol}${when}${who}`;
    }),
    '',
    'Bố cục:',
    ...plan.sections.flatMap(sectionLines),
    '',
    `Phân công (${plan.assignments.length} đơn vị):`,
    ...plan.assignments.flatMap(assignmentLines),
    '',
    `Nơi nhận (${plan.recipients.length}):`,
    ...plan.recipients.map((r) => `  - ${r}`),
    '',
    plan.issues.length === 0 ? 'Cảnh báo: không có' : `Cảnh báo (${plan.issues.length}):`,
    ...plan.issues.map((i) => `  - ${i.line === null ? '' : `[dòng ${i.line}] `}${i.message}`),
  ];
  return lines.join('\n');
}
