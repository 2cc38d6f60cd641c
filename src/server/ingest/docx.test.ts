import { describe, expect, it } from 'vitest';
import { legacyBytesAsUnicode, encodeTcvn3 } from '../../core/encoding/testing/legacy-encoders.ts';
import { htmlToLines } from './docx.ts';
import { readDocument } from './index.ts';
import { lieAboutSize, makePlanDocx, makeZip, makeZipBomb, referenceBody } from './testing/documents.ts';

describe('reading a .docx', () => {
  it('reads a Word document back exactly: letterhead cells and paragraphs as lines', async () => {
    const result = await readDocument(await makePlanDocx(), '82-KH-TU.docx');
    expect(result.format).toBe('docx');
    expect(result.issues).toEqual([]);
    expect(result.text.split('\n')).toEqual([
      'TỈNH ỦY ĐIỆN BIÊN',
      '*',
      'Số 82-KH/TU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Điện Biên, ngày 27 tháng 8 năm 2019',
      ...referenceBody(),
    ]);
  });

  it('converts a document typed in a .VnTime font (TCVN3 characters in the XML)', async () => {
    const tcvn3 = (text: string): string => legacyBytesAsUnicode(encodeTcvn3(text));
    const result = await readDocument(await makePlanDocx(tcvn3), '82-KH-TU.docx');
    expect(result.issues).toEqual([expect.objectContaining({ code: 'ENCODING_DETECTED', message: expect.stringContaining('TCVN3') })]);
    const lines = result.text.split('\n');
    expect(lines.slice(0, 5)).toEqual(['TỈNH ỦY ĐIỆN BIÊN', '*', 'Số 82-KH/TU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Điện Biên, ngày 27 tháng 8 năm 2019']);
    expect(result.text.toLowerCase()).toBe(['TỈNH ỦY ĐIỆN BIÊN', '*', 'Số 82-KH/TU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Điện Biên, ngày 27 tháng 8 năm 2019', ...referenceBody()].join('\n').toLowerCase());
  });

  it.each([
    ['more than 50 MB uncompressed', 60 * 1024 * 1024],
    ['an absurd compression ratio under the total limit', 20 * 1024 * 1024],
  ])('refuses a zip bomb: %s', async (_what, size) => {
    await expect(readDocument(await makeZipBomb(size), 'bomb.docx')).rejects.toMatchObject({
      name: 'IngestError',
      code: 'DOCX_TOO_LARGE_UNCOMPRESSED',
      message: expect.stringMatching(/^Tệp Word giải nén ra quá lớn/),
    });
  });

  it('refuses an archive that lies about its sizes, by inflating under a cap', async () => {
    const liar = lieAboutSize(await makeZipBomb(8 * 1024 * 1024), 'word/document.xml', 1000);
    await expect(readDocument(liar, 'liar.docx')).rejects.toMatchObject({ code: 'DOCX_TOO_LARGE_UNCOMPRESSED' });
  });

  it.each([
    ['a truncated archive', async () => (await makePlanDocx()).slice(0, 3000), 'DOCX_INVALID'],
    ['a ZIP header and garbage', async () => Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8), 'DOCX_INVALID'],
    ['a .docx whose document part is not XML', async () => makeZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': 'not xml' }), 'DOCX_INVALID'],
    ['an Excel workbook', async () => makeZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }), 'UNSUPPORTED_TYPE'],
  ])('refuses %s', async (_what, make, code) => {
    await expect(readDocument(await make(), 'x.docx')).rejects.toMatchObject({ name: 'IngestError', code });
  });
});

describe('htmlToLines', () => {
  it.each([
    ['paragraphs', '<p>a</p><p>b</p>', 'a\nb'],
    ['an empty paragraph stays a blank line', '<p>a</p><p></p><p>b</p>', 'a\n\nb'],
    ['a line break inside a paragraph', '<p>Số 82-KH/TU<br />Điện Biên</p>', 'Số 82-KH/TU\nĐiện Biên'],
    ['table cells, each paragraph a line', '<table><tr><td><p>A</p><p>*</p></td><td><p>B</p></td></tr></table><p>C</p>', 'A\n*\nB\nC'],
    ['a cell without paragraphs', '<table><tr><td>A</td><td>B</td></tr></table>', 'A\nB'],
    ['tabs and entities', '<p>a\tb &amp; &lt;c&gt; &#272;&#x1EC7;</p>', 'a\tb & <c> Đệ'],
    ['inline tags', '<p><strong>Đảng</strong> <em>bộ</em></p>', 'Đảng bộ'],
    ['footnote back-links', '<p>x<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></p><ol><li id="footnote-1"><p>ghi chú <a href="#footnote-ref-1">↑</a></p></li></ol>', 'x[1]\nghi chú '],
  ])('%s', (_what, html, text) => {
    expect(htmlToLines(html)).toBe(text);
  });
});
