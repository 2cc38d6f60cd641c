import { describe, expect, it } from 'vitest';
import { buildConsolidation, columnOf, consolidationDocument, defaultFrame } from '../../core/consolidation/index.ts';
import { INDICATORS, input } from '../../core/consolidation/testing/fixtures.ts';
import { partyDocx } from './party-docx.ts';
import { zipEntryText } from './testing/zip-entry.ts';

const frame = {
  ...defaultFrame({
    issuer: { name: 'Ban Tuyên giáo Tỉnh ủy', shortName: null, kind: 'tham-muu' },
    parent: { name: 'Tỉnh ủy Điện Biên', shortName: 'Tỉnh ủy', kind: 'cap-uy' },
    place: 'Điện Biên',
    recipients: ['Ban Thường vụ Tỉnh ủy (b/c)'],
  }),
  signer: { prefix: 'K/T' as const, body: 'TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', name: 'Lò Thị Hương' },
};
const draft = buildConsolidation(input(), 'period');
const doc = consolidationDocument({ frame, issuerName: 'Ban Tuyên giáo Tỉnh ủy', title: draft.title, sections: draft.sections, tables: draft.tables, columns: INDICATORS.map(columnOf), year: 2020 });

describe('the Word file of a Party document (Hướng dẫn 36-HD/VPTW)', async () => {
  const bytes = new Uint8Array(await partyDocx(doc));
  const xml = zipEntryText(bytes, 'word/document.xml');
  const styles = zipEntryText(bytes, 'word/styles.xml');

  it.each([
    // twips: 1 mm = 56.7 twips
    ['A4 portrait, 210 × 297 mm', /<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/],
    ['margins 20/20/30/15 mm', /<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/],
    ['the appendix on a landscape page', /<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/],
    ['a different first page (no page number on it)', /<w:titlePg\/>/],
  ])('%s', (_name, re) => {
    expect(xml).toMatch(re);
  });

  it('numbers pages in the header, centred', () => {
    const headers = ['word/header1.xml', 'word/header2.xml', 'word/header3.xml'].map((n) => zipEntryText(bytes, n)).join('');
    expect(headers).toMatch(/<w:jc w:val="center"\/>[\s\S]*PAGE/);
  });

  it('sets Times New Roman 14 pt as the default', () => {
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/);
    expect(styles).toMatch(/<w:sz w:val="28"\/>/);
  });

  it.each(['TỈNH ỦY ĐIỆN BIÊN', 'BAN TUYÊN GIÁO', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số      -BC/BTGTU', 'Điện Biên, ngày      tháng      năm 2020', 'BÁO CÁO', '-----', 'I- KẾT QUẢ THỰC HIỆN', 'Nơi nhận:', '- Ban Thường vụ Tỉnh ủy (b/c),', '- Lưu Văn phòng.', 'K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'Lò Thị Hương', 'PHỤ LỤC'])(
    'has "%s"',
    (text) => {
      expect(xml).toContain(`>${text}<`);
    },
  );

  it('justifies the body with a first-line indent of 1 cm, 1.2 lines, 6 pt after (the body style)', () => {
    const body = /<w:style w:type="paragraph" w:styleId="ThucthiBody">[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(body).toMatch(/<w:jc w:val="both"\/>/);
    expect(body).toMatch(/<w:ind w:firstLine="567"\/>/);
    expect(body).toMatch(/<w:spacing w:after="120" w:before="0" w:line="288" w:lineRule="auto"\/>/);
    expect(xml).toMatch(/<w:pStyle w:val="ThucthiBody"\/>/);
  });

  it('lays the header and the signature out in tables without borders', () => {
    expect(xml.match(/<w:tblBorders><w:top w:val="none"/g)?.length).toBe(2);
  });

  it('underlines the Party’s name and keeps the table header on every page', () => {
    expect(xml).toMatch(/<w:rPr>(?:(?!<\/w:rPr>).)*<w:sz w:val="30"\/>(?:(?!<\/w:rPr>).)*<w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">ĐẢNG CỘNG SẢN VIỆT NAM</);
    expect(xml).toMatch(/<w:tblHeader\/>/);
  });
});
