/**
 * An office's own Word template (docx-templates): placeholders such as
 * `{{title}}`, `{{FOR s IN sections}}{{$s.heading}}{{$s.text}}{{END-FOR s}}`
 * filled with the data object of template-data.ts.
 *
 * docx-templates evaluates every command as JavaScript, by default in Node's
 * `vm` module — which the Node documentation says is not a security
 * mechanism: a template can reach `process` through a constructor chain. A
 * template is an uploaded file, so commands here are not run as code at all:
 * `runJs` accepts only data paths (`title`, `$s.text`, `signer.lines[0]`,
 * `units.length`, optionally negated for IF) over own properties of plain
 * data, and refuses anything else. `noSandbox` stays false and nothing is
 * added to the context (no `additionalJsContext`). Literal XML is switched
 * off in effect: its delimiter is a random token no data can contain, so a
 * unit's narrative cannot inject WordprocessingML. Templates are capped in
 * size and checked against zip bombs before docx-templates (JSZip) opens them.
 */
import { randomBytes } from 'node:crypto';
import { createReport } from 'docx-templates';
import { AppError } from '../http/errors.ts';
import { checkZipBomb, readZipDirectory, type ZipLimits } from '../ingest/zip.ts';
import { isDocxEntryList } from '../ingest/docx.ts';

/** Largest template accepted: a letterhead with a logo is well under this. */
export const MAX_TEMPLATE_BYTES = 2 * 1024 * 1024;
const TEMPLATE_ZIP_LIMITS: ZipLimits = { maxUncompressedBytes: 20 * 1024 * 1024, maxRatio: 200, maxEntries: 1000 };
export const TEMPLATE_DELIMITERS: [string, string] = ['{{', '}}'];

const PATH = /^\s*(!?)\s*([$A-Za-z_][\w$]*(?:\s*\.\s*[$A-Za-z_][\w$]*|\s*\[\s*\d{1,6}\s*\])*)\s*;?\s*$/;
const SEGMENT = /[$A-Za-z_][\w$]*|\d+/g;
const FORBIDDEN = new Set(['constructor', 'prototype', '__proto__', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__']);

function isPlain(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function step(current: unknown, key: string): unknown {
  if (FORBIDDEN.has(key)) throw new Error(`không được dùng "${key}"`);
  if (typeof current === 'string') return key === 'length' ? current.length : undefined;
  if (Array.isArray(current)) {
    if (key === 'length') return current.length;
    return /^\d+$/.test(key) ? current[Number(key)] : undefined;
  }
  if (isPlain(current) && Object.hasOwn(current, key)) return current[key];
  return undefined;
}

/** Evaluates a template command: a data path, or its negation. Throws on anything else. */
export function evaluateCommand(code: string, scope: Record<string, unknown>): unknown {
  const m = PATH.exec(code);
  if (!m?.[2]) throw new Error(`Lệnh "${code.trim().slice(0, 80)}" không được phép: mẫu chỉ được dùng tên dữ liệu (ví dụ title, $s.text).`);
  let current: unknown = scope;
  for (const key of m[2].match(SEGMENT) ?? []) {
    current = step(current, key);
    if (current === undefined) break;
  }
  return m[1] === '!' ? !current : current;
}

/** Refuses a file that is not a Word document, too large, or a zip bomb. */
export function checkTemplateBytes(bytes: Uint8Array): void {
  if (bytes.length > MAX_TEMPLATE_BYTES) throw new AppError('FILE_TOO_LARGE', { maxBytes: MAX_TEMPLATE_BYTES });
  try {
    const entries = readZipDirectory(bytes, TEMPLATE_ZIP_LIMITS);
    if (!isDocxEntryList(entries.map((e) => e.name))) throw new Error('không phải tệp Word (.docx)');
    checkZipBomb(bytes, entries, TEMPLATE_ZIP_LIMITS);
  } catch (error) {
    throw new AppError('DOCX_TEMPLATE_INVALID', { reason: error instanceof Error ? error.message : String(error) });
  }
}

/** Fills the template with the data object. Throws DOCX_TEMPLATE_INVALID with the failing command. */
export async function fillTemplate(template: Uint8Array, data: Record<string, unknown>): Promise<Buffer> {
  checkTemplateBytes(template);
  try {
    const out = await createReport({
      template,
      data,
      cmdDelimiter: TEMPLATE_DELIMITERS,
      literalXmlDelimiter: `\u0001${randomBytes(16).toString('hex')}\u0001`,
      noSandbox: false,
      runJs: ({ sandbox }) => ({ modifiedSandbox: sandbox, result: evaluateCommand(sandbox.__code__ ?? '', sandbox) }),
      additionalJsContext: {},
      failFast: true,
      rejectNullish: false,
      processLineBreaks: true,
      processLineBreaksAsNewText: true,
      maximumWalkingDepth: 1_000_000,
    });
    return Buffer.from(out);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new AppError('DOCX_TEMPLATE_INVALID', { reason: message.slice(0, 500) });
  }
}
