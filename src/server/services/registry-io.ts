/**
 * The registry as a spreadsheet: export to .xlsx/.csv, import from them with
 * a dry run that lists every bad row before anything is written.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { formatVnDate, parseVnDate, type CivilDate } from '../../core/civil-date.ts';
import { UNIT_KIND_LABELS, UNIT_KINDS, type UnitKind } from '../../core/org/vocab.ts';
import { foldVietnamese } from '../../core/text/vietnamese.ts';
import type { ReadTx, Work } from '../db/uow.ts';
import { AppError } from '../http/errors.ts';
import { createUnits, listUnits, updateUnit, type UnitInput, type UnitRow } from './registry.ts';
import type { Scope } from './scope.ts';
import { XLSX_MIME, type DownloadFile } from '../exports/file.ts';

export const REGISTRY_FORMATS = ['xlsx', 'csv'] as const;
export type RegistryFormat = (typeof REGISTRY_FORMATS)[number];

const COLUMNS = ['Mã hệ thống', 'Mã', 'Tên đơn vị', 'Tên viết tắt', 'Tên gọi khác', 'Loại', 'Đơn vị cấp trên', 'Hiệu lực từ', 'Hiệu lực đến', 'Thứ tự'] as const;
const ALIAS_SEPARATOR = '; ';

function rowsOf(units: UnitRow[]): string[][] {
  const byId = new Map(units.map((u) => [u.id, u]));
  return units.map((u) => [
    u.id,
    u.code ?? '',
    u.name,
    u.shortName ?? '',
    u.aliases.join(ALIAS_SEPARATOR),
    UNIT_KIND_LABELS[u.kind],
    u.parentId ? (byId.get(u.parentId)?.name ?? u.parentId) : '',
    u.validFrom ? formatVnDate(u.validFrom) : '',
    u.validTo ? formatVnDate(u.validTo) : '',
    String(u.sortOrder),
  ]);
}

export async function exportRegistry(read: ReadTx, scope: Scope, format: RegistryFormat): Promise<DownloadFile> {
  const units = await listUnits(read, scope);
  const rows = rowsOf(units);
  switch (format) {
    case 'csv':
      // A byte-order mark so that Excel opens the Vietnamese text as UTF-8.
      return { bytes: Buffer.from('\ufeff' + stringifyCsv([[...COLUMNS], ...rows]), 'utf8'), mime: 'text/csv; charset=utf-8', fileName: 'danh-muc-don-vi.csv' };
    case 'xlsx': {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('Đơn vị', { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.addRow([...COLUMNS]).font = { bold: true };
      for (const r of rows) sheet.addRow(r);
      sheet.columns.forEach((c, i) => (c.width = [38, 10, 40, 16, 40, 26, 34, 12, 12, 8][i] ?? 12));
      return {
        bytes: Buffer.from(await book.xlsx.writeBuffer()),
        mime: XLSX_MIME,
        fileName: 'danh-muc-don-vi.xlsx',
      };
    }
  }
}

async function readTable(fileName: string, bytes: Uint8Array): Promise<string[][]> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip) {
    const book = new ExcelJS.Workbook();
    try {
      await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    } catch {
      throw new AppError('FILE_TYPE_NOT_ALLOWED', { fileName });
    }
    const sheet = book.worksheets[0];
    if (!sheet) return [];
    const out: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const values: string[] = [];
      for (let c = 1; c <= COLUMNS.length; c++) {
        const v = row.getCell(c).value;
        values.push(v instanceof Date ? formatVnDate(v.toISOString().slice(0, 10) as CivilDate) : v === null || v === undefined ? '' : typeof v === 'object' ? String((v as { text?: unknown }).text ?? '') : String(v));
      }
      out.push(values);
    });
    return out;
  }
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '');
  if (text.includes('\u0000')) throw new AppError('BINARY_NOT_TEXT');
  try {
    return parseCsv(text, { relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch (error) {
    throw new AppError('VALIDATION_FAILED', { reason: `CSV không đọc được: ${(error as Error).message}` });
  }
}

function kindOf(text: string): UnitKind | null {
  const folded = foldVietnamese(text);
  for (const k of UNIT_KINDS) if (k === text.trim() || foldVietnamese(UNIT_KIND_LABELS[k]) === folded) return k;
  return null;
}

export interface RegistryImportResult {
  dryRun: boolean;
  rows: number;
  errors: { row: number; message: string }[];
  created: number;
  updated: number;
  unchanged: number;
}

interface PlannedRow {
  row: number;
  existing: UnitRow | null;
  input: Omit<UnitInput, 'parentId'> & { parentRef: string };
}

export async function importRegistry(work: Work, scope: Scope, input: { fileName: string; bytes: Uint8Array; dryRun: boolean }): Promise<RegistryImportResult> {
  const table = await readTable(input.fileName, input.bytes);
  const [header, ...body] = table;
  const errors: RegistryImportResult['errors'] = [];
  if (!header || foldVietnamese(header[2] ?? '') !== foldVietnamese(COLUMNS[2])) {
    throw new AppError('VALIDATION_FAILED', { reason: `Dòng đầu phải là tiêu đề cột: ${COLUMNS.join(', ')}.` });
  }
  const existing = await listUnits(work.read, scope);
  const byId = new Map(existing.map((u) => [u.id, u]));
  const byCode = new Map(existing.filter((u) => u.code).map((u) => [u.code as string, u]));
  const byName = new Map(existing.map((u) => [foldVietnamese(u.name), u]));

  const planned: PlannedRow[] = [];
  body.forEach((cells, i) => {
    const row = i + 2;
    const [id = '', code = '', name = '', shortName = '', aliases = '', kindText = '', parentRef = '', fromText = '', toText = '', orderText = ''] = cells.map((c) => c.trim());
    if (!name) return errors.push({ row, message: 'Thiếu tên đơn vị.' });
    const kind = kindOf(kindText || 'khac');
    if (!kind) return errors.push({ row, message: `Loại đơn vị không hợp lệ: "${kindText}".` });
    const validFrom = fromText ? parseVnDate(fromText) : null;
    const validTo = toText ? parseVnDate(toText) : null;
    if (fromText && !validFrom) return errors.push({ row, message: `Ngày "Hiệu lực từ" không hợp lệ: "${fromText}" (dd/mm/yyyy).` });
    if (toText && !validTo) return errors.push({ row, message: `Ngày "Hiệu lực đến" không hợp lệ: "${toText}" (dd/mm/yyyy).` });
    if (validFrom && validTo && validTo < validFrom) return errors.push({ row, message: 'Hiệu lực đến trước hiệu lực từ.' });
    const sortOrder = orderText ? Number(orderText) : 0;
    if (!Number.isInteger(sortOrder) || sortOrder < 0) return errors.push({ row, message: `Thứ tự không hợp lệ: "${orderText}".` });
    const match = (id && byId.get(id)) || (code && byCode.get(code)) || byName.get(foldVietnamese(name)) || null;
    if (id && !byId.has(id)) return errors.push({ row, message: `Mã hệ thống không tồn tại hoặc ngoài phạm vi: ${id}.` });
    planned.push({
      row,
      existing: match,
      input: { kind, name, shortName: shortName || null, aliases: aliases ? aliases.split(/\s*;\s*/) : [], code: code || null, validFrom, validTo, sortOrder, parentRef },
    });
  });

  // Parents may be existing units or rows earlier in the file (by name or code).
  const fileNames = new Set(planned.map((p) => foldVietnamese(p.input.name)));
  for (const p of planned) {
    const ref = p.input.parentRef;
    if (!ref) {
      if (!scope.all && !p.existing) errors.push({ row: p.row, message: 'Thiếu đơn vị cấp trên.' });
      continue;
    }
    const parent = byId.get(ref) ?? byCode.get(ref) ?? byName.get(foldVietnamese(ref));
    if (!parent && !fileNames.has(foldVietnamese(ref))) errors.push({ row: p.row, message: `Không tìm thấy đơn vị cấp trên "${ref}".` });
    if (parent && !scope.has(parent.id)) errors.push({ row: p.row, message: `Đơn vị cấp trên "${ref}" ngoài phạm vi quản lý.` });
  }

  const result: RegistryImportResult = { dryRun: input.dryRun, rows: body.length, errors: errors.sort((a, b) => a.row - b.row), created: 0, updated: 0, unchanged: 0 };
  const same = (p: PlannedRow) => {
    const e = p.existing;
    return !!e && e.name === p.input.name && (e.shortName ?? null) === p.input.shortName && e.kind === p.input.kind && e.aliases.join('|') === (p.input.aliases ?? []).join('|') && (e.code ?? null) === p.input.code && e.validFrom === p.input.validFrom && e.validTo === p.input.validTo && e.sortOrder === p.input.sortOrder;
  };
  for (const p of planned) {
    if (!p.existing) result.created++;
    else if (same(p)) result.unchanged++;
    else result.updated++;
  }
  if (input.dryRun) return result;
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors: result.errors });

  const idByName = new Map(existing.map((u) => [foldVietnamese(u.name), u.id]));
  const resolveParent = (ref: string) => byId.get(ref)?.id ?? byCode.get(ref)?.id ?? idByName.get(foldVietnamese(ref)) ?? null;
  // Rows are applied once their parent exists, so a file may list children before parents.
  let pending = planned.filter((p) => !(p.existing && same(p)));
  while (pending.length > 0) {
    const next: PlannedRow[] = [];
    for (const p of pending) {
      const { parentRef, ...fields } = p.input;
      const parentId = parentRef ? resolveParent(parentRef) : (p.existing?.parentId ?? null);
      if (parentRef && !parentId) {
        next.push(p);
        continue;
      }
      if (p.existing) {
        await updateUnit(work, scope, p.existing.id, { ...fields, parentId }, p.existing.version);
      } else {
        const [created] = await createUnits(work, scope, [{ ...fields, parentId }]);
        if (created) idByName.set(foldVietnamese(created.name), created.id);
      }
    }
    if (next.length === pending.length) {
      throw new AppError('VALIDATION_FAILED', { errors: next.map((p) => ({ row: p.row, message: `Không tìm thấy đơn vị cấp trên "${p.input.parentRef}".` })) });
    }
    pending = next;
  }
  return result;
}
