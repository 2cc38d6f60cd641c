/**
 * Why a document could not be read. The codes are those of the API
 * (`src/core/errors.ts`), so the server passes them through unchanged; the
 * message says what was wrong with *this* file, in Vietnamese.
 */
import type { ErrorCode } from '../../core/errors.ts';

export const INGEST_ERROR_CODES = [
  'EMPTY_FILE',
  'FILE_TOO_LARGE',
  'UNSUPPORTED_TYPE',
  'BINARY_NOT_TEXT',
  'DOCX_INVALID',
  'DOCX_TOO_LARGE_UNCOMPRESSED',
  'PDF_INVALID',
  'PDF_NEEDS_OCR',
] as const satisfies readonly ErrorCode[];
export type IngestErrorCode = (typeof INGEST_ERROR_CODES)[number];

export class IngestError extends Error {
  override readonly name = 'IngestError';

  constructor(
    readonly code: IngestErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isIngestError(error: unknown): error is IngestError {
  return error instanceof IngestError;
}

/** "12,5 MB", "800 KB" — sizes as a Vietnamese reader writes them (decimal comma). */
export function formatMegabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024).toLocaleString('vi-VN')} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}
