/**
 * The restricted HTML of a consolidated report's sections: what the editor
 * may produce and what the exports know how to lay out. The server sanitises
 * every HTML from the client to exactly these tags, without attributes
 * (src/server/services/consolidation/sanitize.ts); text generated here is
 * escaped, so it is inside the subset by construction.
 *
 * `parseSectionHtml` turns it into blocks for the Word, template and plain
 * text exports. It never throws: unknown tags are transparent, unclosed tags
 * close at their parent's end, stray closing tags are ignored.
 */

export const SECTION_TAGS = ['p', 'strong', 'em', 'u', 'ul', 'ol', 'li', 'h3', 'h4', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'blockquote'] as const;
export type SectionTag = (typeof SECTION_TAGS)[number];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Plain text (a unit's narrative) to paragraphs: one `<p>` per non-blank line. */
export function textToHtml(text: string): string {
  return paragraphsOf(text)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
}

export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((l) => l.length > 0);
}

/**
 * A unit's passage, marked with its name so the coordinator can condense it:
 * `<p><strong>Huyện ủy Tuần Giáo:</strong> first paragraph</p><p>…</p>`.
 */
export function markedPassage(label: string, text: string): string {
  const [first, ...rest] = paragraphsOf(text);
  if (first === undefined) return '';
  return [`<p><strong>${escapeHtml(label)}:</strong> ${escapeHtml(first)}</p>`, ...rest.map((p) => `<p>${escapeHtml(p)}</p>`)].join('');
}

// ─── Parsing ────────────────────────────────────────────────────────────────

export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** A line break (`<br>`) rather than text. */
  break?: true;
}

export type ParagraphStyle = 'body' | 'h3' | 'h4' | 'quote';

export interface ListMark {
  ordered: boolean;
  /** 0 for a top-level list. */
  depth: number;
  /** 1-based position in its list. */
  index: number;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  style: ParagraphStyle;
  runs: Run[];
  /** Set on the first paragraph of a list item. */
  list: ListMark | null;
}

export interface TableBlock {
  kind: 'table';
  rows: { header: boolean; cells: ParagraphBlock[][] }[];
}

export type Block = ParagraphBlock | TableBlock;

interface ElementNode {
  tag: string;
  children: Node[];
}
type Node = ElementNode | string;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (!name.startsWith('#')) return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'col', 'wbr']);
// Contents dropped entirely, as a browser never shows them.
const HIDDEN = new Set(['script', 'style', 'template', 'head', 'title', 'noscript']);
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+|</g;

function parseTree(html: string): Node[] {
  const root: ElementNode = { tag: '#root', children: [] };
  const stack: ElementNode[] = [root];
  const top = () => stack[stack.length - 1] ?? root;
  for (const m of html.matchAll(TOKEN)) {
    const token = m[0];
    if (token.startsWith('<!--')) continue;
    const name = m[2]?.toLowerCase();
    if (name === undefined) {
      top().children.push(decodeEntities(token));
      continue;
    }
    if (m[1] === '/') {
      const at = stack.map((e) => e.tag).lastIndexOf(name);
      if (at > 0) stack.length = at;
      continue;
    }
    const element: ElementNode = { tag: name, children: [] };
    top().children.push(element);
    if (!VOID.has(name) && !token.endsWith('/>')) stack.push(element);
  }
  return root.children;
}

interface Marks {
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

const NO_MARKS: Marks = { bold: false, italic: false, underline: false };

function marksFor(tag: string, marks: Marks): Marks {
  switch (tag) {
    case 'strong':
    case 'b':
      return { ...marks, bold: true };
    case 'em':
    case 'i':
      return { ...marks, italic: true };
    case 'u':
      return { ...marks, underline: true };
    default:
      return marks;
  }
}

function inlineRuns(nodes: Node[], marks: Marks, out: Run[]): Run[] {
  for (const n of nodes) {
    if (typeof n === 'string') {
      const text = n.replace(/[ \t\r\n\f]+/g, ' '); // HTML white space: NBSP stays
      if (text) out.push({ text, ...marks });
    } else if (n.tag === 'br') out.push({ text: '\n', ...marks, break: true });
    else if (!HIDDEN.has(n.tag)) inlineRuns(n.children, marksFor(n.tag, marks), out);
  }
  return out;
}

/** Trims the paragraph's outer spaces and merges neighbouring runs with the same marks. */
function tidy(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const r of runs) {
    const last = merged[merged.length - 1];
    if (last && !last.break && !r.break && last.bold === r.bold && last.italic === r.italic && last.underline === r.underline) last.text += r.text;
    else merged.push({ ...r });
  }
  const first = merged[0];
  if (first && !first.break) first.text = first.text.replace(/^ +/, '');
  const last = merged[merged.length - 1];
  if (last && !last.break) last.text = last.text.replace(/ +$/, '');
  return merged.filter((r) => r.break || r.text.length > 0);
}

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'blockquote', 'div', 'section', 'thead', 'tbody', 'tr', 'td', 'th']);

interface Context {
  style: ParagraphStyle;
  depth: number;
}

function styleOf(tag: string, ctx: Context): ParagraphStyle {
  if (tag === 'h1' || tag === 'h2' || tag === 'h3') return 'h3';
  if (tag === 'h4' || tag === 'h5' || tag === 'h6') return 'h4';
  return ctx.style;
}

function blocksOf(nodes: Node[], ctx: Context): Block[] {
  const out: Block[] = [];
  let pending: Node[] = [];
  const flush = () => {
    const runs = tidy(inlineRuns(pending, NO_MARKS, []));
    if (runs.length) out.push({ kind: 'paragraph', style: ctx.style, runs, list: null });
    pending = [];
  };
  for (const n of nodes) {
    if (typeof n === 'string' || !BLOCK_TAGS.has(n.tag)) {
      if (typeof n === 'string' || !HIDDEN.has(n.tag)) pending.push(n);
      continue;
    }
    flush();
    switch (n.tag) {
      case 'ul':
      case 'ol':
        out.push(...listBlocks(n, ctx));
        break;
      case 'table':
        out.push(tableBlock(n, ctx));
        break;
      case 'blockquote':
        out.push(...blocksOf(n.children, { ...ctx, style: 'quote' }));
        break;
      case 'p':
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6': {
        // A block inside a paragraph is invalid HTML; its text stays, in order.
        const style = styleOf(n.tag, ctx);
        out.push(...blocksOf(n.children, { ...ctx, style }));
        break;
      }
      default:
        out.push(...blocksOf(n.children, ctx));
    }
  }
  flush();
  return out;
}

function listBlocks(list: ElementNode, ctx: Context): Block[] {
  const ordered = list.tag === 'ol';
  const out: Block[] = [];
  let index = 0;
  for (const item of list.children) {
    if (typeof item === 'string' && !item.trim()) continue;
    const children = typeof item === 'string' || item.tag !== 'li' ? [item] : item.children;
    const blocks = blocksOf(children, { ...ctx, depth: ctx.depth + 1 });
    index += 1;
    const first = blocks[0];
    if (first?.kind === 'paragraph' && first.list === null) first.list = { ordered, depth: ctx.depth, index };
    else out.push({ kind: 'paragraph', style: ctx.style, runs: [], list: { ordered, depth: ctx.depth, index } });
    out.push(...blocks);
  }
  return out;
}

function rowsOf(nodes: Node[], inHead: boolean, out: { header: boolean; cells: Node[] }[]): void {
  for (const n of nodes) {
    if (typeof n === 'string') continue;
    if (n.tag === 'tr') out.push({ header: inHead, cells: n.children });
    else if (n.tag === 'thead') rowsOf(n.children, true, out);
    else if (n.tag === 'tbody' || n.tag === 'tfoot') rowsOf(n.children, inHead, out);
  }
}

function tableBlock(table: ElementNode, ctx: Context): TableBlock {
  const raw: { header: boolean; cells: Node[] }[] = [];
  rowsOf(table.children, false, raw);
  const rows = raw.map((r) => {
    const cellNodes = r.cells.filter((c): c is ElementNode => typeof c !== 'string' && (c.tag === 'td' || c.tag === 'th'));
    const header = r.header || (cellNodes.length > 0 && cellNodes.every((c) => c.tag === 'th'));
    const cells = cellNodes.map((c) => blocksOf(c.children, { ...ctx, style: 'body' }).flatMap((b) => (b.kind === 'paragraph' ? [b] : flattenTable(b))));
    return { header, cells };
  });
  return { kind: 'table', rows: rows.filter((r) => r.cells.length > 0) };
}

/** A table inside a table cell becomes its text, one paragraph per row. */
function flattenTable(t: TableBlock): ParagraphBlock[] {
  return t.rows.map((r) => ({
    kind: 'paragraph' as const,
    style: 'body' as const,
    list: null,
    runs: [{ text: r.cells.map((c) => c.map(paragraphText).join(' ')).join(' | '), ...NO_MARKS }],
  }));
}

export function parseSectionHtml(html: string): Block[] {
  return blocksOf(parseTree(html), { style: 'body', depth: 0 });
}

export function paragraphText(p: ParagraphBlock): string {
  return p.runs.map((r) => r.text).join('');
}

/** The section as plain text: a paragraph per line, list items with "-" or "1.", table cells joined by " | ". */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  for (const b of parseSectionHtml(html)) {
    if (b.kind === 'table') {
      for (const r of b.rows) lines.push(r.cells.map((c) => c.map(paragraphText).join(' ')).join(' | '));
      continue;
    }
    const text = paragraphText(b);
    const marker = b.list ? `${'  '.repeat(b.list.depth)}${b.list.ordered ? `${b.list.index}.` : '-'} ` : '';
    lines.push(marker + text);
  }
  return lines.join('\n');
}
