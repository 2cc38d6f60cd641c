/**
 * A small reader for the central directory of a ZIP file (APPNOTE.TXT,
 * PKWARE's .ZIP File Format Specification, §4.3), used to look inside a
 * .docx before handing it to mammoth.
 *
 * Why not just let mammoth (JSZip) open it: JSZip inflates whole entries into
 * memory, so a "zip bomb" (a few KB that inflate to gigabytes) would take the
 * server down. Here the declared sizes are checked first, then every entry is
 * actually inflated with a hard output cap (zlib's `maxOutputLength`), which
 * also catches an archive that lies about its sizes. Only then does mammoth
 * see the bytes.
 */
import { inflateRawSync } from 'node:zlib';
import { formatMegabytes, IngestError } from './errors.ts';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipLimits {
  /** Total uncompressed bytes allowed (default 50 MB). */
  maxUncompressedBytes: number;
  /** Largest uncompressed/compressed ratio allowed for an entry over 1 MB (default 200). */
  maxRatio: number;
  /** Most entries allowed (default 5,000; a long .docx has a few dozen). */
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxUncompressedBytes: 50 * 1024 * 1024,
  maxRatio: 200,
  maxEntries: 5000,
};

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_EOCD_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_EXTRA_ID = 0x0001;
const MAX32 = 0xffffffff;
const MAX16 = 0xffff;

function invalid(detail: string): IngestError {
  return new IngestError('DOCX_INVALID', `Tệp Word bị hỏng hoặc không đúng định dạng .docx (${detail}).`);
}

class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  u16(at: number): number {
    if (at < 0 || at + 2 > this.bytes.length) throw invalid('đọc vượt quá cuối tệp');
    return this.view.getUint16(at, true);
  }
  u32(at: number): number {
    if (at < 0 || at + 4 > this.bytes.length) throw invalid('đọc vượt quá cuối tệp');
    return this.view.getUint32(at, true);
  }
  u64(at: number): number {
    const low = this.u32(at);
    const high = this.u32(at + 4);
    // Beyond 2^53 nothing here is meaningful; such an archive is refused by size.
    return high * 2 ** 32 + low;
  }
}

/** Lists the entries of a ZIP archive from its central directory. Throws DOCX_INVALID. */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  const r = new Reader(bytes);
  // The end-of-central-directory record is 22 bytes plus a comment of up to 64 KB.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - MAX16); at -= 1) {
    if (r.u32(at) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw invalid('không tìm thấy mục lục tệp nén');
  let count = r.u16(eocd + 10);
  let offset = r.u32(eocd + 16);
  if (count === MAX16 || offset === MAX32) {
    const locator = eocd - 20;
    if (locator < 0 || r.u32(locator) !== ZIP64_EOCD_LOCATOR_SIGNATURE) throw invalid('mục lục ZIP64 không hợp lệ');
    const record = r.u64(locator + 8);
    if (r.u32(record) !== ZIP64_EOCD_SIGNATURE) throw invalid('mục lục ZIP64 không hợp lệ');
    count = r.u64(record + 32);
    offset = r.u64(record + 48);
  }
  if (count > limits.maxEntries) {
    throw new IngestError('DOCX_TOO_LARGE_UNCOMPRESSED', `Tệp Word chứa quá nhiều thành phần (${count}); nghi ngờ tệp độc hại.`);
  }
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (r.u32(at) !== CENTRAL_SIGNATURE) throw invalid('mục lục tệp nén bị hỏng');
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    const nameStart = at + 46;
    if (nameStart + nameLength + extraLength > bytes.length) throw invalid('mục lục tệp nén bị cắt cụt');
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(nameStart, nameStart + nameLength)),
      flags: r.u16(at + 8),
      method: r.u16(at + 10),
      compressedSize: r.u32(at + 20),
      uncompressedSize: r.u32(at + 24),
      localHeaderOffset: r.u32(at + 42),
    };
    applyZip64Extra(r, entry, nameStart + nameLength, extraLength);
    entries.push(entry);
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Sizes and offset that do not fit 32 bits are in the ZIP64 extra field, in this order (§4.5.3). */
function applyZip64Extra(r: Reader, entry: ZipEntry, start: number, length: number): void {
  let at = start;
  while (at + 4 <= start + length) {
    const id = r.u16(at);
    const size = r.u16(at + 2);
    if (id === ZIP64_EXTRA_ID) {
      let field = at + 4;
      if (entry.uncompressedSize === MAX32) {
        entry.uncompressedSize = r.u64(field);
        field += 8;
      }
      if (entry.compressedSize === MAX32) {
        entry.compressedSize = r.u64(field);
        field += 8;
      }
      if (entry.localHeaderOffset === MAX32) entry.localHeaderOffset = r.u64(field);
      return;
    }
    at += 4 + size;
  }
}

/**
 * Refuses an archive that inflates to more than the limits allow, by its
 * declared sizes and then by inflating each entry under a cap. Throws
 * DOCX_TOO_LARGE_UNCOMPRESSED or DOCX_INVALID.
 */
export function checkZipBomb(bytes: Uint8Array, entries: readonly ZipEntry[], limits: ZipLimits = DEFAULT_ZIP_LIMITS): void {
  const tooLarge = (detail: string): IngestError =>
    new IngestError('DOCX_TOO_LARGE_UNCOMPRESSED', `Tệp Word giải nén ra quá lớn (${detail}); nghi ngờ tệp độc hại, không đọc.`);
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (total > limits.maxUncompressedBytes) {
      throw tooLarge(`hơn ${formatMegabytes(limits.maxUncompressedBytes)}`);
    }
    if (e.uncompressedSize > 1024 * 1024 && e.uncompressedSize > limits.maxRatio * Math.max(1, e.compressedSize)) {
      throw tooLarge(`“${e.name}” nén ${Math.round(e.uncompressedSize / Math.max(1, e.compressedSize))} lần`);
    }
  }
  const r = new Reader(bytes);
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    if ((e.flags & 0x1) !== 0) throw invalid('tệp có mật khẩu');
    if (r.u32(e.localHeaderOffset) !== LOCAL_SIGNATURE) throw invalid(`thành phần “${e.name}” bị hỏng`);
    const dataStart = e.localHeaderOffset + 30 + r.u16(e.localHeaderOffset + 26) + r.u16(e.localHeaderOffset + 28);
    if (dataStart + e.compressedSize > bytes.length) throw invalid(`thành phần “${e.name}” bị cắt cụt`);
    const data = bytes.subarray(dataStart, dataStart + e.compressedSize);
    if (e.method === 0) {
      if (e.compressedSize !== e.uncompressedSize) throw invalid(`thành phần “${e.name}” sai kích thước`);
      continue;
    }
    if (e.method !== 8) throw invalid(`thành phần “${e.name}” dùng kiểu nén không hỗ trợ`);
    let actual: number;
    try {
      // One byte over the declared size is enough to prove the header lies.
      actual = inflateRawSync(data, { maxOutputLength: e.uncompressedSize + 1 }).length;
    } catch (error) {
      if (error instanceof RangeError) throw tooLarge(`“${e.name}” lớn hơn kích thước khai báo`);
      throw invalid(`thành phần “${e.name}” không giải nén được`);
    }
    if (actual !== e.uncompressedSize) throw invalid(`thành phần “${e.name}” sai kích thước`);
  }
}
