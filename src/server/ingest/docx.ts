/**
 * .docx → text through mammoth.
 *
 * Why mammoth's HTML and not its `extractRawText`: the raw text drops line
 * breaks inside a paragraph (Shift+Enter, common in letterheads: "Số
 * 82-KH/TU⏎Điện Biên, ngày…" comes out glued). The HTML keeps them as <br>,
 * and its structure is simple enough to flatten here: one line per paragraph,
 * per <br>, and per table cell paragraph, cells in reading order. That is how
 * the two-column letterhead table (issuer | national motto; number | place
 * and date) becomes the lines the parser knows from .txt files.
 */
import mammoth from 'mammoth';
import { checkZipBomb, DEFAULT_ZIP_LIMITS, readZipDirectory, type ZipLimits } from './zip.ts';
import { IngestError } from './errors.ts';

/** Whether a ZIP archive is a Word document (has its main part). */
export function isDocxEntryList(names: readonly string[]): boolean {
  return names.some((n) => /^word\/document\d*\.xml$/.test(n));
}

export async function readDocx(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<string> {
  const entries = readZipDirectory(bytes, limits);
  checkZipBomb(bytes, entries, limits);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        ignoreEmptyParagraphs: false,
        externalFileAccess: false,
        // Images are not text: skip reading them (a 20 MB photo would be base64-encoded otherwise).
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = result.value;
  } catch (error) {
    throw new IngestError('DOCX_INVALID', 'Tệp Word bị hỏng hoặc không đúng định dạng .docx (không đọc được nội dung).', { cause: error });
  }
  return htmlToLines(html);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (!name.startsWith('#')) return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const BLOCK_END = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'tr', 'table']);

/**
 * Flattens mammoth's HTML (well-formed, only the tags mammoth writes) into
 * lines. A block end starts a new line unless one was just started, so a cell
 * ending in a paragraph does not leave a blank line; an empty paragraph
 * (`<p></p>`) stays a blank line, as in the document.
 */
export function htmlToLines(html: string): string {
  // Footnote back-links ("↑") are navigation, not text.
  const cleaned = html.replace(/<a [^>]*href="#[^"]*-ref-[^"]*"[^>]*>↑<\/a>/g, '');
  let out = '';
  let lineOpen = false;
  for (const token of cleaned.split(/(<[^>]*>)/)) {
    if (token === '') continue;
    const tag = /^<(\/?)([a-z0-9]+)[^>]*?(\/?)>$/i.exec(token);
    if (tag === null) {
      out += decodeEntities(token);
      lineOpen = true;
      continue;
    }
    const [, closing, rawName, selfClosing] = tag;
    const name = (rawName ?? '').toLowerCase();
    if (name === 'br') {
      out += '\n';
      lineOpen = false;
    } else if (closing === '/' && BLOCK_END.has(name)) {
      if (lineOpen || name === 'p') out += '\n';
      lineOpen = false;
    } else if (name === 'p' && selfClosing === '/') {
      out += '\n';
    }
  }
  return out.replace(/\n+$/, '');
}
