import { describe, expect, it } from 'vitest';
import { parsePlanDocument } from './index.ts';
import type { Section } from './types.ts';

function outlineOf(body: string): Section[] {
  const text = `TỈNH ỦY ĐIỆN BIÊN\nSố 82-KH/TU\nĐiện Biên, ngày 27 tháng 8 năm 2019\n\nKẾ HOẠCH\nvề giáo dục\n-----\n${body}\n`;
  return parsePlanDocument(text).sections;
}

/** Sections as "number title" and their items as "number title", for compact expectations. */
function sketch(sections: Section[]): string[] {
  return sections.flatMap((s) => [
    `${s.number}|${s.title}`,
    ...s.items.flatMap((it) => [`  ${it.number}|${it.title}`, ...it.points.map((p) => `    ${p.number}|${p.title}`)]),
  ]);
}

describe('outline', () => {
  it.each([
    ['Roman with hyphen', 'I- MỤC ĐÍCH\nNội dung.\nII- NỘI DUNG\nNội dung.', ['I|MỤC ĐÍCH', 'II|NỘI DUNG']],
    ['Roman with period', 'I. MỤC ĐÍCH\nNội dung.\nII. NỘI DUNG', ['I|MỤC ĐÍCH', 'II|NỘI DUNG']],
    ['Roman with a spaced dash', 'I – MỤC ĐÍCH\nNội dung.\nII – NỘI DUNG', ['I|MỤC ĐÍCH', 'II|NỘI DUNG']],
    ['OCR "l." and "Il."', 'l. MỤC ĐÍCH\nNội dung.\nIl. NỘI DUNG\nNội dung.\nIll. TỔ CHỨC THỰC HIỆN', ['I|MỤC ĐÍCH', 'II|NỘI DUNG', 'III|TỔ CHỨC THỰC HIỆN']],
    ['a heading in running case', 'I. Mục đích, yêu cầu\nNội dung.', ['I|Mục đích, yêu cầu']],
    ['a bare numeral, title on the next line', 'I.\nMỤC ĐÍCH, YÊU CẦU\nNội dung.', ['I|MỤC ĐÍCH, YÊU CẦU']],
    [
      'items "1.", "2-", "3)"',
      'II. NỘI DUNG\n1. Tăng cường lãnh đạo\nNội dung.\n2- Đẩy mạnh tuyên truyền\n3) Củng cố tổ chức',
      ['II|NỘI DUNG', '  1|Tăng cường lãnh đạo', '  2|Đẩy mạnh tuyên truyền', '  3|Củng cố tổ chức'],
    ],
    [
      'points "a)", "b-", "c)", then "đ)"',
      'II. NỘI DUNG\n1. Nhiệm vụ\na) Quán triệt\nb- Tuyên truyền\nc) Kiểm tra\nd) Sơ kết\nđ) Tổng kết',
      ['II|NỘI DUNG', '  1|Nhiệm vụ', '    a|Quán triệt', '    b|Tuyên truyền', '    c|Kiểm tra', '    d|Sơ kết', '    đ|Tổng kết'],
    ],
    [
      'sub-items "1.1." become points',
      'III. TỔ CHỨC THỰC HIỆN\n1. Các sở, ngành\n1.1. Sở Y tế: chủ trì.\n1.2. Sở Tài chính: bố trí kinh phí.',
      ['III|TỔ CHỨC THỰC HIỆN', '  1|Các sở, ngành', '    1.1|Sở Y tế', '    1.2|Sở Tài chính'],
    ],
    [
      'an item title before a colon, the rest a paragraph',
      'III. TỔ CHỨC THỰC HIỆN\n1. Sở Giáo dục và Đào tạo: chủ trì, phối hợp với các đơn vị.',
      ['III|TỔ CHỨC THỰC HIỆN', '  1|Sở Giáo dục và Đào tạo'],
    ],
    [
      'a wrapped item title',
      'III. TỔ CHỨC THỰC HIỆN\n1. Các huyện ủy, thị ủy, thành ủy,\nđảng ủy trực thuộc tỉnh\nXây dựng kế hoạch.',
      ['III|TỔ CHỨC THỰC HIỆN', '  1|Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc tỉnh'],
    ],
    [
      'numbers out of sequence stay paragraphs',
      'II. NỘI DUNG\n1. Nhiệm vụ\n5. là con số trong câu, không phải mục.\n2. Giải pháp',
      ['II|NỘI DUNG', '  1|Nhiệm vụ', '  2|Giải pháp'],
    ],
    ['"X-quang" is no section', 'I. MỤC ĐÍCH\nX-quang lưu động được trang bị.', ['I|MỤC ĐÍCH']],
    [
      'items restart in each section',
      'I. MỤC ĐÍCH\n1. Một\n2. Hai\nII. NỘI DUNG\n1. Ba',
      ['I|MỤC ĐÍCH', '  1|Một', '  2|Hai', 'II|NỘI DUNG', '  1|Ba'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(sketch(outlineOf(body))).toEqual(expected);
  });

  it('articles of a decision: one section numbered "", items "Điều N", clauses as points', () => {
    const body = [
      'Căn cứ Luật Tổ chức chính quyền địa phương;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện.',
      'Điều 2. Tổ chức thực hiện',
      '1. Sở Y tế chủ trì.',
      '2. Sở Tài chính bố trí kinh phí.',
      'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
    ].join('\n');
    expect(sketch(outlineOf(body))).toEqual([
      '|',
      '  Điều 1|Ban hành kèm theo Quyết định này Kế hoạch thực hiện',
      '  Điều 2|Tổ chức thực hiện',
      '    1|Sở Y tế chủ trì',
      '    2|Sở Tài chính bố trí kinh phí',
      '  Điều 3|Quyết định này có hiệu lực kể từ ngày ký',
    ]);
  });

  it('keeps paragraphs under their heading and joins wrapped lines', () => {
    const [section] = outlineOf('I. MỤC ĐÍCH\nNâng cao nhận thức của\ncán bộ, đảng viên.\n\nTạo chuyển biến.');
    expect(section?.paragraphs).toEqual(['Nâng cao nhận thức của cán bộ, đảng viên.', 'Tạo chuyển biến.']);
  });

  it('puts the plan attached after a decision in the outline too', () => {
    const text = [
      'UBND TỈNH ĐIỆN BIÊN',
      'Số: 2150/QĐ-UBND',
      'Điện Biên, ngày 15 tháng 11 năm 2021',
      'QUYẾT ĐỊNH',
      'Về việc ban hành Kế hoạch',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.',
      'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
      'Nơi nhận:\tTM. ỦY BAN NHÂN DÂN',
      '- Như Điều 2;\tCHỦ TỊCH',
      '- Lưu: VT.\tLê Thành Đô',
      '',
      'KẾ HOẠCH',
      'Thực hiện chuyển đổi số năm 2021',
      '(Ban hành kèm theo Quyết định số 2150/QĐ-UBND ngày 15/11/2021)',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'Nội dung.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Sở Thông tin và Truyền thông: chủ trì triển khai (hoàn thành trong quý IV/2021).',
    ].join('\n');
    const plan = parsePlanDocument(text);
    expect(sketch(plan.sections)).toEqual([
      '|',
      '  Điều 1|Ban hành kèm theo Quyết định này Kế hoạch',
      '  Điều 2|Quyết định này có hiệu lực kể từ ngày ký',
      'I|MỤC ĐÍCH, YÊU CẦU',
      'II|TỔ CHỨC THỰC HIỆN',
      '  1|Sở Thông tin và Truyền thông',
    ]);
    expect(plan.recipients).toEqual(['Như Điều 2', 'Lưu: VT']);
    expect(plan.assignments.map((a) => [a.unit, a.deadlines[0]?.date])).toEqual([['Sở Thông tin và Truyền thông', '2021-12-31']]);
  });

  it('reports NO_SECTIONS for a body without markers', () => {
    const plan = parsePlanDocument('TỈNH ỦY ĐIỆN BIÊN\nSố 82-KH/TU\n\nKẾ HOẠCH\nvề giáo dục\n-----\nChỉ một đoạn văn.\n');
    expect(plan.sections).toEqual([]);
    expect(plan.issues.map((i) => i.code)).toContain('NO_SECTIONS');
  });
});
