/**
 * Opening an exported .docx the way an office would: LibreOffice converts it
 * to PDF (headless), then the PDF's text is read and its first page rendered
 * (poppler's pdftoppm) for a person to look at. Each conversion uses its own
 * LibreOffice profile (`-env:UserInstallation`) so parallel runs never
 * share one, which LibreOffice does not allow.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { extractText, getDocumentProxy } from 'unpdf';

const run = promisify(execFile);

/** The soffice binary, or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  const candidates = [process.env.SOFFICE, '/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) if (dir) candidates.push(path.join(dir, 'soffice'));
  return candidates.find((c): c is string => !!c && existsSync(c)) ?? null;
}

export function findPdftoppm(): string | null {
  const candidates = ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm', ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean).map((d) => path.join(d, 'pdftoppm'))];
  return candidates.find((c) => existsSync(c)) ?? null;
}

export interface Converted {
  pdf: Buffer;
  /** The PDF's text, NFC, pages joined. */
  text: string;
  pages: number;
}

export async function docxToPdf(soffice: string, docx: Buffer, timeoutMs = 90_000): Promise<Converted> {
  const dir = mkdtempSync(path.join(tmpdir(), 'thucthi-lo-'));
  const profile = path.join(tmpdir(), `lo-${randomBytes(8).toString('hex')}`);
  try {
    const input = path.join(dir, 'document.docx');
    writeFileSync(input, docx);
    await run(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input], { timeout: timeoutMs });
    const pdf = readFileSync(path.join(dir, 'document.pdf'));
    const proxy = await getDocumentProxy(new Uint8Array(pdf));
    const { text, totalPages } = await extractText(proxy, { mergePages: true });
    return { pdf, text: text.normalize('NFC'), pages: totalPages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Renders page 1 of the PDF to a PNG at 80 dpi. */
export async function renderFirstPage(pdftoppm: string, pdf: Buffer, pngPath: string): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'thucthi-png-'));
  try {
    const input = path.join(dir, 'document.pdf');
    writeFileSync(input, pdf);
    await run(pdftoppm, ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', input, path.join(dir, 'page')], { timeout: 30_000 });
    writeFileSync(pngPath, readFileSync(path.join(dir, 'page.png')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
