/**
 * Documents built in tests: a real .docx of the reference plan made with the
 * `docx` package (what Word-like tools write), and hostile ZIP archives made
 * with JSZip.
 */
import { readFileSync } from 'node:fs';
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import JSZip from 'jszip';

export const REFERENCE_TXT_PATH = new URL('../../../../assets/documents/82-KH-TU_dien-bien_2019-08-27.txt', import.meta.url);
export const PDF_FIXTURE_PATH = new URL('../../../../test/fixtures/82-KH-TU_dien-bien_2019-08-27.pdf', import.meta.url);
export const SCANNED_PDF_FIXTURE_PATH = new URL('../../../../test/fixtures/scanned-no-text.pdf', import.meta.url);

export function referenceText(): string {
  return readFileSync(REFERENCE_TXT_PATH, 'utf8');
}

/** The body of the reference plan from "KẾ HOẠCH" on, one paragraph per non-empty line. */
export function referenceBody(): string[] {
  const lines = referenceText().split('\n').map((l) => l.trim());
  return lines.slice(lines.indexOf('KẾ HOẠCH')).filter((l) => l !== '');
}

const noBorder = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: noBorder, bottom: noBorder, left: noBorder, right: noBorder, insideHorizontal: noBorder, insideVertical: noBorder };

function cell(lines: string[]): TableCell {
  return new TableCell({
    width: { size: 50, type: WidthType.PERCENTAGE },
    children: lines.map((text) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, font: 'Times New Roman' })] })),
  });
}

/**
 * The reference plan as Word lays it out: a borderless two-column letterhead
 * table, then one paragraph per line. `transform` rewrites every run's text
 * (e.g. into TCVN3 characters, to imitate a document typed in .VnTime).
 */
export async function makePlanDocx(transform: (text: string) => string = (t) => t): Promise<Uint8Array> {
  const letterhead = new Table({
    borders: noBorders,
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        children: [
          cell(['TỈNH ỦY ĐIỆN BIÊN', '*', 'Số 82-KH/TU'].map(transform)),
          cell(['ĐẢNG CỘNG SẢN VIỆT NAM', 'Điện Biên, ngày 27 tháng 8 năm 2019'].map(transform)),
        ],
      }),
    ],
  });
  const paragraphs = referenceBody().map(
    (text) => new Paragraph({ children: [new TextRun({ text: transform(text), font: 'Times New Roman', size: 28 })] }),
  );
  const doc = new Document({ sections: [{ children: [letterhead, ...paragraphs] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A .docx-looking archive whose document part inflates to `bytes` zeros. */
export async function makeZipBomb(bytes: number): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>');
  zip.file('word/document.xml', new Uint8Array(bytes));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/**
 * Rewrites the declared uncompressed size of one entry (local header and
 * central directory) to `size`: an archive that lies about what it holds.
 */
export function lieAboutSize(zip: Uint8Array, entryName: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const name = new TextEncoder().encode(entryName);
  const nameAt = (at: number): boolean => name.every((b, i) => out[at + i] === b);
  for (let at = 0; at + 46 <= out.length; at += 1) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && nameAt(at + 30)) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50 && nameAt(at + 46)) view.setUint32(at + 24, size, true);
  }
  return out;
}

/** A ZIP archive with the given files, stored or deflated. */
export async function makeZip(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
