import { describe, expect, it } from 'vitest';
import { appendixReference, consolidationDocument, numberedBody } from './document.ts';
import { buildConsolidation } from './draft.ts';
import { defaultFrame } from './frame.ts';
import { section } from './gather.ts';
import { columnOf } from './indicators.ts';
import { d, INDICATORS, input, PLAN } from './testing/fixtures.ts';
import { unitReportDocument } from './unit-report.ts';

const frame = defaultFrame({
  issuer: { name: 'Ban Tuyên giáo Tỉnh ủy', shortName: null, kind: 'tham-muu' },
  parent: { name: 'Tỉnh ủy Điện Biên', shortName: 'Tỉnh ủy', kind: 'cap-uy' },
  place: 'Điện Biên',
  recipients: [],
});

const headings = (parts: ReturnType<typeof numberedBody>) => parts.filter((p) => p.kind === 'heading').map((p) => (p.kind === 'heading' ? p.text : ''));

describe('numbering the parts', () => {
  it.each([
    [
      'level 1 in Roman numerals, level 2 from 1 within each',
      [section('mo', 'Mở đầu', 0, '<p>x</p>'), section('a', 'Kết quả', 1, '<p>x</p>'), section('b', 'Một', 2, '<p>x</p>'), section('c', 'Hai', 2, '<p>x</p>'), section('d', 'Khó khăn', 1, '<p>x</p>'), section('e', 'Ba', 2, '<p>x</p>')],
      ['I- KẾT QUẢ', '1. Một', '2. Hai', 'II- KHÓ KHĂN', '1. Ba'],
    ],
    [
      'empty sections are left out without a gap',
      [section('a', 'Kết quả', 1, ''), section('b', 'Một', 2, '<p> </p>'), section('c', 'Hai', 2, '<p>x</p>'), section('d', 'Trống', 1, ''), section('e', 'Đề xuất', 1, '<p>x</p>')],
      ['I- KẾT QUẢ', '1. Hai', 'II- ĐỀ XUẤT'],
    ],
  ])('%s', (_name, sections, expected) => {
    expect(headings(numberedBody(sections))).toEqual(expected);
  });

  it('prints a section that has only a table after it', () => {
    const parts = numberedBody([section('t', 'Chỉ tiêu', 2, '')], { t: [{ caption: null, columns: [], rows: [], boldRows: [] }] });
    expect(parts.map((p) => p.kind)).toEqual(['heading', 'table']);
  });
});

describe('the consolidated document', () => {
  const draft = buildConsolidation(input(), 'period');
  const doc = consolidationDocument({ frame, issuerName: 'Ban Tuyên giáo Tỉnh ủy', title: draft.title, sections: draft.sections, tables: draft.tables, columns: INDICATORS.map(columnOf), year: 2020 });

  it('numbers the parts of the period draft and places the totals table after the indicators part', () => {
    expect(headings(doc.body)).toEqual([
      'I- KẾT QUẢ THỰC HIỆN',
      '1. Tăng cường lãnh đạo, chỉ đạo và quản lý của cấp ủy, chính quyền các cấp',
      '2. Đẩy mạnh công tác giáo dục lý tưởng cách mạng',
      '3. Củng cố và nâng cao chất lượng phổ cập giáo dục',
      '4. Kết quả các chỉ tiêu',
      'II- KHÓ KHĂN, VƯỚNG MẮC',
      'III- ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    const table = doc.body.find((p) => p.kind === 'table');
    expect(table?.kind === 'table' && table.table.rows.map((r) => r[3])).toEqual(['5', '80', '750', '—', '900', '87,8%']);
  });

  it('puts the rows by unit in an appendix with the total row in bold', () => {
    const [appendix] = doc.appendices;
    const table = appendix?.tables[0];
    expect(table?.rows.map((r) => r.slice(1, 4))).toEqual([
      ['Huyện ủy Mường Ảng', '3', '—'],
      ['Huyện ủy Tuần Giáo', '2', '80'],
      ['Tổng cộng', '5', '80'],
    ]);
    expect(table?.boldRows).toEqual([2]);
    expect(appendixReference({ ...doc, frame: { ...frame, number: '125', date: d('2020-07-10') } })).toBe('(Kèm theo Báo cáo số 125-BC/BTGTU, ngày 10/7/2020 của Ban Tuyên giáo Tỉnh ủy)');
  });
});

describe('a unit’s own report as a document', () => {
  it('has the unit’s narratives under the plan’s areas and its indicators as a table', () => {
    const doc = unitReportDocument({
      plan: PLAN,
      frame,
      unitName: 'Huyện ủy Tuần Giáo',
      periodId: '2020H1',
      indicators: INDICATORS.slice(0, 2),
      content: { narratives: { 'area:a2': 'Đã tổ chức.', 'kho-khan': 'Thiếu kinh phí.' }, indicators: { so_hoi_nghi: 1200 } },
      year: 2020,
    });
    expect(doc.subject).toMatch(/, 6 tháng đầu năm 2020$/);
    expect(headings(doc.body)).toEqual(['I- KẾT QUẢ THỰC HIỆN', '1. Đẩy mạnh công tác giáo dục lý tưởng cách mạng', '2. Kết quả các chỉ tiêu', 'II- KHÓ KHĂN, VƯỚNG MẮC']);
    const table = doc.body.find((p) => p.kind === 'table');
    expect(table?.kind === 'table' && table.table.rows).toEqual([
      ['1', 'Số hội nghị quán triệt, triển khai', 'hội nghị', '1.200'],
      ['2', 'Số lượt cán bộ tham dự', 'lượt', '—'],
    ]);
    expect(doc.body[0]).toEqual({ kind: 'html', key: 'mo-dau', html: expect.stringContaining('Huyện ủy Tuần Giáo báo cáo kết quả thực hiện 6 tháng đầu năm 2020 như sau:') });
  });
});
