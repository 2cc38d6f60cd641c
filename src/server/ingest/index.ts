/**
 * The one door for uploaded and local documents: bytes and a file name in,
 * Unicode NFC text out, with notes (`issues`) on how it was read. Anything
 * that cannot be read is an `IngestError` with a stable code and a
 * Vietnamese message; nothing else is thrown for bad input.
 */
import { assertNever } from '../../core/assert-never.ts';
import { decodeText, looksBinary, repairLegacyFontText } from '../../core/encoding/index.ts';
import type { ParseIssue, ParseIssueCode } from '../../core/document/types.ts';
import { readDocx } from './docx.ts';
import { formatMegabytes, IngestError } from './errors.ts';
import { DEFAULT_PDF_LIMITS, readPdf } from './pdf.ts';
import { sniffFormat, type DocumentFormat } from './sniff.ts';
import { DEFAULT_ZIP_LIMITS } from './zip.ts';

export { formatMegabytes, IngestError, isIngestError, INGEST_ERROR_CODES, type IngestErrorCode } from './errors.ts';
export { DOCUMENT_FORMATS, type DocumentFormat } from './sniff.ts';

export interface ReadDocumentOptions {
  /** Largest file accepted, in bytes (default 20 MB). */
  maxBytes?: number;
  /** Largest total a .docx may inflate to (default 50 MB). */
  maxUncompressedBytes?: number;
  /** Most PDF pages read (default 500). */
  maxPages?: number;
}

export interface ReadDocumentResult {
  text: string;
  format: DocumentFormat;
  issues: ParseIssue[];
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * The parse issue vocabulary (src/core/document/types.ts) has no code for
 * "the file was not what its name said"; the closest is the one for how the
 * file was read. A dedicated code (FILE_TYPE_MISMATCH) belongs there.
 */
const READ_NOTE: ParseIssueCode = 'ENCODING_DETECTED';

const FORMAT_NAMES: Record<DocumentFormat, string> = { txt: 'văn bản thuần (.txt)', docx: 'Word (.docx)', pdf: 'PDF' };
const EXTENSION_FORMATS: Record<string, DocumentFormat | 'doc'> = { txt: 'txt', docx: 'docx', pdf: 'pdf', doc: 'doc' };

export async function readDocument(bytes: Uint8Array, fileName: string, opts: ReadDocumentOptions = {}): Promise<ReadDocumentResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) throw new IngestError('EMPTY_FILE', `Tệp “${fileName}” rỗng (0 byte).`);
  if (bytes.length > maxBytes) {
    throw new IngestError(
      'FILE_TOO_LARGE',
      `Tệp “${fileName}” nặng ${formatMegabytes(bytes.length)}, vượt quá giới hạn ${formatMegabytes(maxBytes)}.`,
    );
  }
  const format = sniffFormat(bytes);
  const issues: ParseIssue[] = [];
  const expected = EXTENSION_FORMATS[/\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? ''];
  if (expected !== undefined && expected !== format) {
    issues.push({
      code: READ_NOTE,
      message: `Tên tệp “${fileName}” không khớp nội dung: tệp thực chất là ${FORMAT_NAMES[format]}, đã đọc theo nội dung.`,
      line: null,
    });
  }

  let text: string;
  switch (format) {
    case 'txt': {
      const decoded = decodeText(bytes);
      if (looksBinary(decoded.text)) {
        throw new IngestError('BINARY_NOT_TEXT', `Tệp “${fileName}” không phải văn bản (có ký tự nhị phân); hãy dùng .txt, .docx hoặc .pdf.`);
      }
      text = decoded.text;
      issues.push(...decoded.issues);
      break;
    }
    case 'docx':
    case 'pdf': {
      const extracted =
        format === 'docx'
          ? await readDocx(bytes, { ...DEFAULT_ZIP_LIMITS, maxUncompressedBytes: opts.maxUncompressedBytes ?? DEFAULT_ZIP_LIMITS.maxUncompressedBytes })
          : await readPdf(bytes, { maxPages: opts.maxPages ?? DEFAULT_PDF_LIMITS.maxPages });
      // A document typed in .VnTime or VNI-Times keeps its font's characters
      // in the .docx XML and often in the PDF text layer.
      const repaired = repairLegacyFontText(extracted);
      text = repaired.text;
      issues.push(...repaired.issues);
      break;
    }
    default:
      return assertNever(format, 'định dạng tệp');
  }
  return { text: normalizeText(text), format, issues };
}

/** NFC, line feeds only, no NUL or byte-order marks left inside. */
function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replaceAll('\u0000', '')
    .replaceAll('\ufeff', '');
}
