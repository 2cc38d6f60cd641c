/**
 * Uploaded files: checked by their bytes (never their name), stored once by
 * SHA-256 under the files folder, written atomically (temporary file, fsync,
 * rename) so a crash never leaves half a file under a real name.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../http/errors.ts';

/** What may be attached as evidence: documents, spreadsheets, images, text. */
const ALLOWED_MIME = new Map<string, string>([
  ['application/pdf', 'pdf'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
  ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'pptx'],
  ['application/vnd.oasis.opendocument.text', 'odt'],
  ['application/vnd.oasis.opendocument.spreadsheet', 'ods'],
  ['application/x-cfb', 'doc'],
  ['image/png', 'png'],
  ['image/jpeg', 'jpg'],
  ['image/webp', 'webp'],
  ['text/plain', 'txt'],
]);

export interface DetectedType {
  mime: string;
  ext: string;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control <= sample.length * 0.01;
}

export async function detectType(bytes: Uint8Array): Promise<DetectedType | null> {
  const found = await fileTypeFromBuffer(bytes);
  if (found) {
    const ext = ALLOWED_MIME.get(found.mime);
    return ext ? { mime: found.mime, ext } : null;
  }
  return looksLikeText(bytes) ? { mime: 'text/plain', ext: 'txt' } : null;
}

/** Keeps a name safe to show and to send in Content-Disposition: no paths, no control characters. */
export function safeFileName(name: string): string {
  const base = name.replace(/\\/g, '/').split('/').pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    // Control characters and the characters Windows forbids in file names.
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 180);
  return cleaned || 'tep-dinh-kem';
}

export interface StoredFile {
  sha256: string;
  size: number;
  mime: string;
  fileName: string;
}

export function filePath(filesDir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new AppError('NOT_FOUND');
  return path.join(filesDir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

export async function checkAndStore(filesDir: string, bytes: Uint8Array, fileName: string, maxBytes: number): Promise<StoredFile> {
  if (bytes.length === 0) throw new AppError('EMPTY_FILE');
  if (bytes.length > maxBytes) throw new AppError('FILE_TOO_LARGE', { maxBytes });
  const type = await detectType(bytes);
  if (!type) throw new AppError('FILE_TYPE_NOT_ALLOWED', { fileName: safeFileName(fileName) });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const target = filePath(filesDir, sha256);
  if (!existsSync(target)) {
    mkdirSync(path.dirname(target), { recursive: true });
    const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
  }
  return { sha256, size: bytes.length, mime: type.mime, fileName: safeFileName(fileName) };
}

export function readStored(filesDir: string, sha256: string): Buffer {
  const p = filePath(filesDir, sha256);
  if (!existsSync(p)) throw new AppError('NOT_FOUND');
  return readFileSync(p);
}
