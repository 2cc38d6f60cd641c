import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from './index.ts';
import { PDF_FIXTURE_PATH, referenceBody, SCANNED_PDF_FIXTURE_PATH } from './testing/documents.ts';

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('reading a .pdf', () => {
  it('extracts the Vietnamese text layer exactly', async () => {
    const result = await readDocument(new Uint8Array(readFileSync(PDF_FIXTURE_PATH)), '82-KH-TU.pdf');
    expect(result.format).toBe('pdf');
    expect(result.issues).toEqual([]);
    const lines = result.text.split('\n');
    // The letterhead's two columns share printed lines, as in PDFs printed from Word.
    expect(lines.slice(0, 4)).toEqual([
      'TỈNH ỦY ĐIỆN BIÊN ĐẢNG CỘNG SẢN VIỆT NAM',
      '*',
      'Số 82-KH/TU Điện Biên, ngày 27 tháng 8 năm 2019',
      'KẾ HOẠCH',
    ]);
    expect(lines).toContain('III- TỔ CHỨC THỰC HIỆN');
    // Paragraphs are wrapped, but every word is there in order.
    expect(squash(result.text)).toContain(squash(referenceBody().slice(1).join(' ')));
  });

  it('refuses a scan without a text layer, asking for OCR', async () => {
    await expect(readDocument(new Uint8Array(readFileSync(SCANNED_PDF_FIXTURE_PATH)), 'scan.pdf')).rejects.toMatchObject({
      name: 'IngestError',
      code: 'PDF_NEEDS_OCR',
      message: 'Tệp PDF không có lớp văn bản (bản chụp/scan); cần nhận dạng ký tự (OCR) trước khi nhập.',
    });
  });

  it.each([
    ['a PDF header and garbage', new TextEncoder().encode('%PDF-1.7\nthis is not a pdf at all\n')],
    ['a truncated PDF', new Uint8Array(readFileSync(PDF_FIXTURE_PATH)).slice(0, 600)],
  ])('refuses %s as broken', async (_what, bytes) => {
    await expect(readDocument(bytes, 'x.pdf')).rejects.toMatchObject({ name: 'IngestError', code: expect.stringMatching(/^PDF_(INVALID|NEEDS_OCR)$/) });
  });

  it('refuses more pages than allowed', async () => {
    await expect(readDocument(new Uint8Array(readFileSync(PDF_FIXTURE_PATH)), 'x.pdf', { maxPages: 2 })).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
    });
  });
});
