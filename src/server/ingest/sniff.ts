/**
 * What a file is, decided by its first bytes (magic numbers), never by its
 * name: offices rename files freely, and a name is attacker-chosen.
 */
import { isDocxEntryList } from './docx.ts';
import { IngestError } from './errors.ts';
import { readZipDirectory } from './zip.ts';

export const DOCUMENT_FORMATS = ['txt', 'docx', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** Formats we recognise only to refuse them with a useful message. */
const REFUSED: ReadonlyArray<{ signature: number[]; message: string }> = [
  {
    signature: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    message: 'Tệp Word 97–2003 (.doc) hoặc tệp Office có mật khẩu chưa đọc được. Hãy mở bằng Word, lưu thành .docx (không đặt mật khẩu) rồi tải lên lại.',
  },
  { signature: ascii('{\\rtf'), message: 'Tệp RTF chưa đọc được. Hãy lưu thành .docx hoặc .txt rồi tải lên lại.' },
  { signature: [0x89, 0x50, 0x4e, 0x47], message: 'Tệp ảnh (PNG) không có văn bản; cần nhận dạng ký tự (OCR) hoặc dùng bản .docx/.pdf gốc.' },
  { signature: [0xff, 0xd8, 0xff], message: 'Tệp ảnh (JPEG) không có văn bản; cần nhận dạng ký tự (OCR) hoặc dùng bản .docx/.pdf gốc.' },
  { signature: ascii('II*\u0000'), message: 'Tệp ảnh (TIFF) không có văn bản; cần nhận dạng ký tự (OCR) hoặc dùng bản .docx/.pdf gốc.' },
  { signature: ascii('MM\u0000*'), message: 'Tệp ảnh (TIFF) không có văn bản; cần nhận dạng ký tự (OCR) hoặc dùng bản .docx/.pdf gốc.' },
  { signature: ascii('GIF8'), message: 'Tệp ảnh (GIF) không có văn bản.' },
  { signature: ascii('Rar!'), message: 'Tệp nén RAR chưa đọc được; hãy giải nén và tải lên từng văn bản.' },
  { signature: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], message: 'Tệp nén 7z chưa đọc được; hãy giải nén và tải lên từng văn bản.' },
];

const PDF_MAGIC = ascii('%PDF-');
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * Returns the format to read the bytes as. "txt" means "not a known binary
 * format": whether it really is text is decided after decoding. Throws
 * UNSUPPORTED_TYPE for formats we know and cannot read.
 */
export function sniffFormat(bytes: Uint8Array): DocumentFormat {
  // PDF 32000-1:2008 §7.5.2 puts the header first. Readers tolerate junk
  // before it; we tolerate only white space, so that a text that merely
  // mentions "%PDF-" stays a text.
  let start = 0;
  while (start < bytes.length && start < 1024 && (bytes[start] === 0x20 || bytes[start] === 0x09 || bytes[start] === 0x0a || bytes[start] === 0x0d)) start += 1;
  if (startsWith(bytes, PDF_MAGIC, start)) return 'pdf';
  if (startsWith(bytes, ZIP_MAGIC)) {
    const names = readZipDirectory(bytes).map((e) => e.name);
    if (isDocxEntryList(names)) return 'docx';
    throw new IngestError('UNSUPPORTED_TYPE', `Tệp nén này không phải văn bản Word (.docx)${describeZip(names)}. Hãy dùng .txt, .docx hoặc .pdf.`);
  }
  for (const { signature, message } of REFUSED) {
    if (startsWith(bytes, signature)) throw new IngestError('UNSUPPORTED_TYPE', message);
  }
  return 'txt';
}

function describeZip(names: readonly string[]): string {
  if (names.some((n) => n.startsWith('xl/'))) return ' mà là bảng tính Excel (.xlsx)';
  if (names.some((n) => n.startsWith('ppt/'))) return ' mà là bản trình chiếu PowerPoint (.pptx)';
  if (names.includes('mimetype') && names.includes('content.xml')) return ' mà là tệp OpenDocument (.odt/.ods)';
  return '';
}
