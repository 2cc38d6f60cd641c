/**
 * The building blocks of a Party document in Word: body paragraphs, runs,
 * tables with borders, borderless layout tables. Sizes are those of
 * Hướng dẫn 36-HD/VPTW: Times New Roman (a Unicode font of TCVN 6909:2001),
 * body 14 pt, paragraphs justified with a first-line indent of 1 cm, at least
 * 6 pt between paragraphs, line spacing from single to 1.5 lines (here 1.2).
 */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { assertNever } from '../../core/assert-never.ts';
import { parseSectionHtml, type Align, type Block, type DocTable, type ListMark, type ParagraphBlock, type Run } from '../../core/consolidation/index.ts';

export const FONT = 'Times New Roman';
/** Half-points, as Word counts font sizes. */
export const pt = (points: number) => points * 2;
/** Twips (1/1440 inch), rounded: A4 is 11906 × 16838. */
export const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);

export const BODY_SIZE = pt(14);
export const TABLE_SIZE = pt(12);
// Body paragraphs (ThucthiBody): first line 1 cm, 6 pt after, 1.2 lines (`line` is in 240ths of a line when the rule is auto).

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  /** Only when it differs from the paragraph style's (half-points). */
  size?: number;
}

/**
 * A run with only what differs from its paragraph style: the font and the
 * sizes live in the styles (see `STYLES`), which keeps a 500-unit report's
 * XML, and the time docx takes to build it, to a fraction.
 */
export function text(value: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: value,
    size: style.size,
    bold: style.bold || undefined,
    italics: style.italics || undefined,
    underline: style.underline ? {} : undefined,
  });
}

function runOf(r: Run, base: RunStyle): TextRun {
  if (r.break) return new TextRun({ break: 1 });
  return text(r.text, { ...base, bold: base.bold || r.bold, italics: base.italics || r.italic, underline: base.underline || r.underline });
}

/** Body text and table cells as styles; paragraphs name the style instead of repeating it. */
export const STYLES = {
  default: { document: { run: { font: FONT, size: BODY_SIZE } } },
  paragraphStyles: [
    {
      id: 'ThucthiBody',
      name: 'Thân văn bản',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: mm(10) }, spacing: { before: 0, after: 120, line: 288, lineRule: LineRuleType.AUTO } },
    },
    { id: 'ThucthiCell', name: 'Ô bảng', basedOn: 'Normal', run: { size: TABLE_SIZE }, paragraph: { spacing: { before: 40, after: 40 } } },
  ],
};

function alignment(a: Align) {
  switch (a) {
    case 'left':
      return AlignmentType.LEFT;
    case 'center':
      return AlignmentType.CENTER;
    case 'right':
      return AlignmentType.RIGHT;
    default:
      return assertNever(a, 'căn lề');
  }
}

/** "- " for bullets ("+ " one level down), "1. " then "a) " for numbered lists: how Party documents write lists. */
function listMarker(mark: ListMark): string {
  if (!mark.ordered) return mark.depth === 0 ? '- ' : '+ ';
  if (mark.depth === 0) return `${mark.index}. `;
  return `${String.fromCharCode(96 + Math.min(26, mark.index))}) `;
}

export function bodyParagraph(runs: TextRun[], options: { keepNext?: boolean; indentLeft?: number } = {}): Paragraph {
  return new Paragraph({
    style: 'ThucthiBody',
    indent: options.indentLeft ? { firstLine: mm(10), left: options.indentLeft } : undefined,
    keepNext: options.keepNext || undefined,
    children: runs,
  });
}

export function heading(value: string): Paragraph {
  return new Paragraph({ style: 'ThucthiBody', spacing: { before: 120 }, keepNext: true, children: [text(value, { bold: true })] });
}

function paragraphOf(b: ParagraphBlock, inCell: { align: Align; bold: boolean } | null): Paragraph {
  const base: RunStyle = { bold: inCell?.bold || b.style === 'h3' || b.style === 'h4', italics: b.style === 'h4' || b.style === 'quote' };
  const runs = b.runs.map((r) => runOf(r, base));
  if (b.list) runs.unshift(text(listMarker(b.list), base));
  if (inCell) return cellParagraph(inCell.align, runs);
  const quoteIndent = b.style === 'quote' ? mm(10) : undefined;
  const listIndent = b.list ? mm(5 * b.list.depth) : undefined;
  return bodyParagraph(runs, { keepNext: b.style === 'h3' || b.style === 'h4', indentLeft: quoteIndent ?? listIndent });
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
export const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const ALL_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

function cellParagraph(align: Align, runs: TextRun[]): Paragraph {
  // Left is the style's own alignment: say nothing.
  return new Paragraph({ style: 'ThucthiCell', alignment: align === 'left' ? undefined : alignment(align), children: runs });
}

/** A table of the document (figures, lists) with borders, header row repeated on every page. */
export function dataTable(table: DocTable, widthMm: number): Table {
  const total = table.columns.reduce((n, c) => n + c.width, 0) || 1;
  const widths = table.columns.map((c) => mm((c.width / total) * widthMm));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          children: [cellParagraph('center', [text(c.title, { bold: true })])],
        }),
    ),
  });
  const rows = table.rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: true,
        children: table.columns.map((c, i) => {
          const bold = table.boldRows.includes(r);
          // Widths come from the table grid (fixed layout); repeating them per cell only costs time on big tables.
          return new TableCell({ children: [cellParagraph(c.align, [text(row[i] ?? '', { bold })])] });
        }),
      }),
  );
  return new Table({
    width: { size: mm(widthMm), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: ALL_BORDERS,
    margins: { left: mm(1.5), right: mm(1.5) },
    rows: [header, ...rows],
  });
}

/** A table the coordinator wrote in a section (restricted HTML). */
function htmlTable(b: Extract<Block, { kind: 'table' }>, widthMm: number): Table {
  const columns = Math.max(1, ...b.rows.map((r) => r.cells.length));
  const width = mm(widthMm / columns);
  return new Table({
    width: { size: mm(widthMm), type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => width),
    layout: TableLayoutType.FIXED,
    borders: ALL_BORDERS,
    margins: { left: mm(1.5), right: mm(1.5) },
    rows: b.rows.map(
      (r) =>
        new TableRow({
          tableHeader: r.header,
          children: Array.from({ length: columns }, (_, i) => {
            const cell = r.cells[i] ?? [];
            const style = { align: (r.header ? 'center' : 'left') as Align, bold: r.header };
            return new TableCell({ width: { size: width, type: WidthType.DXA }, children: cell.length ? cell.map((p) => paragraphOf(p, style)) : [new Paragraph({})] });
          }),
        }),
    ),
  });
}

/** A section's restricted HTML as Word paragraphs and tables. */
export function htmlToDocx(html: string, widthMm: number): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of parseSectionHtml(html)) {
    if (b.kind === 'table') {
      out.push(htmlTable(b, widthMm));
      // Word needs a paragraph between two tables, and one after a table reads better.
      out.push(new Paragraph({ spacing: { after: 0 }, children: [] }));
    } else out.push(paragraphOf(b, null));
  }
  return out;
}

/** A borderless cell of a layout table (header, signature), its paragraphs centred. */
export function layoutCell(widthTwips: number, children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: widthTwips, type: WidthType.DXA }, borders: NO_BORDERS, children });
}

export function centred(runs: TextRun[], spacing: { before?: number; after?: number } = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: spacing.before ?? 0, after: spacing.after ?? 0 }, children: runs });
}
