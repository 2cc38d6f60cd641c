/**
 * A Party document in Word, laid out per Quy định 66-QĐ/TW (06/02/2017) and
 * Hướng dẫn 36-HD/VPTW (03/04/2018):
 * - A4 (210 × 297 mm); margins top 20, bottom 20, left 30, right 15 mm (the
 *   guide allows 20–25, 20–25, 30–35, 15–20);
 * - header: a borderless two-column table — left the body above the issuer
 *   (in capitals, not bold), the issuer (capitals, bold) and a "*" under it,
 *   then "Số …-BC/…"; right "ĐẢNG CỘNG SẢN VIỆT NAM" (capitals, 15 pt, bold,
 *   underlined), then place and date in italics on the line of the number;
 * - the type name "BÁO CÁO" (16 pt bold, centred), the subject (trích yếu,
 *   14 pt bold, centred) and five dashes under it;
 * - the body in 14 pt (see docx-blocks.ts), headings in bold;
 * - at the end a borderless two-column table: "Nơi nhận:" (underlined) and
 *   the recipients in 12 pt on the left, the signature block (capitals,
 *   bold) on the right, room for signature and seal, the name in bold;
 * - page numbers centred at the top from the second page;
 * - appendices on their own pages, landscape when their tables are wide.
 */
import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, Table, TableLayoutType, TableRow, TextRun, WidthType, type ISectionOptions } from 'docx';
import { assertNever } from '../../core/assert-never.ts';
import { appendixReference, numberLine, placeAndDate, signerLines, type OfficialDocument } from '../../core/consolidation/index.ts';
import { NO_BORDERS, STYLES, bodyParagraph, centred, dataTable, heading, htmlToDocx, layoutCell, mm, pt, text } from './docx-blocks.ts';

const PAGE = { width: 210, height: 297 };
const MARGIN = { top: 20, bottom: 20, left: 30, right: 15 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const LANDSCAPE_TEXT_WIDTH = PAGE.height - MARGIN.left - MARGIN.right;

function layoutTable(widthsMm: number[], rows: Paragraph[][][]): Table {
  const widths = widthsMm.map(mm);
  return new Table({
    width: { size: mm(widthsMm.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: rows.map((cells) => new TableRow({ cantSplit: true, children: cells.map((c, i) => layoutCell(widths[i] ?? 0, c)) })),
  });
}

/** The letterhead: issuer on the left, the Party's name on the right; number and date on one line. */
function letterhead(doc: OfficialDocument): Table {
  const { frame } = doc;
  const left: Paragraph[] = [];
  if (frame.superior) left.push(centred([text(frame.superior)]));
  left.push(centred([text(frame.issuer, { bold: true })]));
  left.push(centred([text('*')]));
  const right = [centred([text('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, underline: true, size: pt(15) })])];
  return layoutTable(
    [72, TEXT_WIDTH - 72],
    [
      [left, right],
      [[centred([text(numberLine(frame))], { before: 120 })], [centred([text(placeAndDate(frame.place, frame.date, doc.year), { italics: true })], { before: 120 })]],
    ],
  );
}

function titleBlock(doc: OfficialDocument): Paragraph[] {
  return [
    centred([text(doc.typeName, { bold: true, size: pt(16) })], { before: 360, after: 0 }),
    centred([text(doc.subject, { bold: true })], { before: 60 }),
    centred([text('-----')], { after: 240 }),
  ];
}

function bodyOf(doc: OfficialDocument): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const part of doc.body) {
    switch (part.kind) {
      case 'heading':
        out.push(heading(part.text));
        break;
      case 'html':
        out.push(...htmlToDocx(part.html, TEXT_WIDTH));
        break;
      case 'table':
        if (part.table.caption) out.push(centred([text(part.table.caption, { bold: true })], { before: 120, after: 120 }));
        out.push(dataTable(part.table, TEXT_WIDTH), new Paragraph({ spacing: { after: 120 }, children: [] }));
        break;
      default:
        assertNever(part, 'phần văn bản');
    }
  }
  return out;
}

/** "Nơi nhận" and the signature, side by side, kept on one page. */
function closing(doc: OfficialDocument): Table {
  const { frame } = doc;
  const small = pt(12);
  const recipients = [
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [text('Nơi nhận:', { underline: true })] }),
    ...frame.recipients.map((r) => new Paragraph({ children: [text(`- ${r},`, { size: small })] })),
    new Paragraph({ children: [text(`- ${frame.archive || 'Lưu Văn phòng'}.`, { size: small })] }),
  ];
  const signature = [
    ...signerLines(frame.signer).map((line) => centred([text(line, { bold: true })])),
    // Room for the signature and the seal.
    ...Array.from({ length: 4 }, () => new Paragraph({ children: [] })),
    centred([text(frame.signer.name, { bold: true })]),
  ];
  return layoutTable([80, TEXT_WIDTH - 80], [[recipients, signature]]);
}

function pageNumberHeader(): Header {
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] });
}

function pageOf(landscape: boolean) {
  return {
    size: { width: mm(PAGE.width), height: mm(PAGE.height), orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
    margin: { top: mm(MARGIN.top), bottom: mm(MARGIN.bottom), left: mm(MARGIN.left), right: mm(MARGIN.right), header: mm(10), footer: mm(10) },
  };
}

export function partyDocument(doc: OfficialDocument): Document {
  const main: ISectionOptions = {
    properties: { page: pageOf(false), titlePage: true },
    headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
    children: [letterhead(doc), ...titleBlock(doc), ...bodyOf(doc), new Paragraph({ spacing: { after: 120 }, children: [] }), closing(doc)],
  };
  const appendices: ISectionOptions[] = doc.appendices.map((a) => {
    const width = a.landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
    const children: (Paragraph | Table)[] = [
      centred([text(a.title, { bold: true })]),
      ...(a.subtitle ? [centred([text(a.subtitle, { bold: true })])] : []),
      centred([text(appendixReference(doc), { italics: true })], { after: 240 }),
    ];
    for (const t of a.tables) {
      if (t.caption) children.push(bodyParagraph([text(t.caption, { bold: true })], { keepNext: true }));
      children.push(dataTable(t, width), new Paragraph({ spacing: { after: 120 }, children: [] }));
    }
    return { properties: { page: pageOf(a.landscape) }, headers: { default: pageNumberHeader() }, children };
  });
  return new Document({
    creator: 'thucthi',
    title: `${doc.typeName} ${doc.subject}`.slice(0, 250),
    styles: STYLES,
    sections: [main, ...appendices],
  });
}

export async function partyDocx(doc: OfficialDocument): Promise<Buffer> {
  return Packer.toBuffer(partyDocument(doc));
}
