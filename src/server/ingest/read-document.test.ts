import { describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeUtf8, encodeVni } from '../../core/encoding/testing/legacy-encoders.ts';
import { readDocument } from './index.ts';
import { makePlanDocx, referenceText } from './testing/documents.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('readDocument: text files', () => {
  it('reads the reference plan as it is', async () => {
    const text = referenceText();
    expect(await readDocument(utf8(text), '82-KH-TU.txt')).toEqual({ text, format: 'txt', issues: [] });
  });

  it.each([
    ['TCVN3', encodeTcvn3('Định kỳ 06 tháng báo cáo kết quả thực hiện về Ban Thường vụ Tỉnh ủy'), /TCVN3/],
    ['VNI', encodeVni('Định kỳ 06 tháng báo cáo kết quả thực hiện về Ban Thường vụ Tỉnh ủy'), /VNI/],
  ])('converts %s and says so', async (_what, bytes, message) => {
    const result = await readDocument(bytes, 'kh.txt');
    expect(result.text).toBe('Định kỳ 06 tháng báo cáo kết quả thực hiện về Ban Thường vụ Tỉnh ủy');
    expect(result.issues).toEqual([{ code: 'ENCODING_DETECTED', message: expect.stringMatching(message), line: null }]);
  });

  it('normalises line ends and Unicode', async () => {
    const result = await readDocument(encodeUtf8('Kế hoạch\r\nsố 82\rxong'.normalize('NFD')), 'kh.txt');
    expect(result.text).toBe('Kế hoạch\nsố 82\nxong');
  });

  it('decides by content, not by name, and notes a mismatch', async () => {
    const docxNamedPdf = await readDocument(await makePlanDocx(), 'ke-hoach.pdf');
    expect(docxNamedPdf.format).toBe('docx');
    expect(docxNamedPdf.issues).toEqual([
      { code: 'ENCODING_DETECTED', message: 'Tên tệp “ke-hoach.pdf” không khớp nội dung: tệp thực chất là Word (.docx), đã đọc theo nội dung.', line: null },
    ]);
    const textNamedDocx = await readDocument(utf8('Kế hoạch'), 'ke-hoach.docx');
    expect(textNamedDocx).toMatchObject({ format: 'txt', text: 'Kế hoạch', issues: [expect.objectContaining({ message: expect.stringContaining('văn bản thuần') })] });
    // Other names (no extension, .md) are not a mismatch.
    expect((await readDocument(utf8('Kế hoạch'), 'ke-hoach')).issues).toEqual([]);
  });
});

describe('readDocument: refusals', () => {
  const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
  it.each<[string, Uint8Array, string, string, RegExp]>([
    ['an empty file', new Uint8Array(0), 'a.txt', 'EMPTY_FILE', /rỗng/],
    ['a binary file named .txt', binary, 'a.txt', 'BINARY_NOT_TEXT', /không phải văn bản/],
    ['text with many control characters', utf8('Kế hoạch\u0001\u0002\u0003\u0004\u0005\u0006 số 82'), 'a.txt', 'BINARY_NOT_TEXT', /không phải văn bản/],
    ['a Word 97–2003 file', Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0), 'a.doc', 'UNSUPPORTED_TYPE', /\.doc/],
    ['a PNG image named .txt', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'a.txt', 'UNSUPPORTED_TYPE', /OCR/],
    ['an RTF file', utf8('{\\rtf1\\ansi Ke hoach}'), 'a.rtf', 'UNSUPPORTED_TYPE', /RTF/],
  ])('refuses %s', async (_what, bytes, name, code, message) => {
    await expect(readDocument(bytes, name)).rejects.toMatchObject({ name: 'IngestError', code, message: expect.stringMatching(message) });
  });

  it('refuses a file over the size limit before reading it', async () => {
    await expect(readDocument(utf8('x'.repeat(2048)), 'a.txt', { maxBytes: 1024 })).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
      message: 'Tệp “a.txt” nặng 2 KB, vượt quá giới hạn 1 KB.',
    });
    await expect(readDocument(new Uint8Array(2.5 * 1024 * 1024), 'a.txt', { maxBytes: 2 * 1024 * 1024 })).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
      message: 'Tệp “a.txt” nặng 2,5 MB, vượt quá giới hạn 2 MB.',
    });
  });
});
