import { describe, expect, it } from 'vitest';
import { cadenceOf, dutyKindOf, partnersOf, reportOf } from './clauses.ts';
import { parsePlanDocument } from './index.ts';
import type { Assignment } from './types.ts';

const HEADER = 'TỈNH ỦY ĐIỆN BIÊN\nSố 82-KH/TU\nĐiện Biên, ngày 27 tháng 8 năm 2019\n\nKẾ HOẠCH\nvề giáo dục\n-----\n';

function assignmentsOf(body: string): Assignment[] {
  return parsePlanDocument(`${HEADER}${body}\n`).assignments;
}

describe('where units are named', () => {
  it.each([
    [
      'item headings in TỔ CHỨC THỰC HIỆN',
      'III- TỔ CHỨC THỰC HIỆN\n1. Ban Tuyên giáo Tỉnh ủy\nTham mưu tổ chức quán triệt.\n2. Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc tỉnh\nXây dựng kế hoạch.',
      ['Ban Tuyên giáo Tỉnh ủy', 'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc tỉnh'],
    ],
    [
      'the long section title',
      'IV. TỔ CHỨC THỰC HIỆN VÀ CHẾ ĐỘ BÁO CÁO\n1. Sở Nội vụ\nTheo dõi, đôn đốc.',
      ['Sở Nội vụ'],
    ],
    [
      'bullets with a colon',
      'III. TỔ CHỨC THỰC HIỆN\n- Sở Giáo dục và Đào tạo: chủ trì triển khai Kế hoạch.\n- Sở Văn hóa, Thể thao và Du lịch: phối hợp tuyên truyền.',
      ['Sở Giáo dục và Đào tạo', 'Sở Văn hóa, Thể thao và Du lịch'],
    ],
    [
      'bullets with the unit as subject',
      'III. TỔ CHỨC THỰC HIỆN\n- Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy hướng dẫn thực hiện.\n- Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành bố trí kinh phí.',
      ['Ban Tuyên giáo Tỉnh ủy', 'Ủy ban nhân dân tỉnh'],
    ],
    [
      '"Đề nghị …" and "Giao …"',
      'III. TỔ CHỨC THỰC HIỆN\n1. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể chính trị - xã hội tỉnh tuyên truyền, vận động nhân dân.\n2. Giao Sở Y tế chủ trì, hướng dẫn thực hiện.',
      ['Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể chính trị - xã hội tỉnh', 'Sở Y tế'],
    ],
    [
      'lettered points naming units under a heading that does not',
      'III. TỔ CHỨC THỰC HIỆN\n1. Trách nhiệm của các cơ quan\na) Sở Tài chính: bố trí kinh phí.\nb) Sở Nội vụ: hướng dẫn thi đua, khen thưởng.',
      ['Sở Tài chính', 'Sở Nội vụ'],
    ],
    [
      '"Tổ chức thực hiện" as an item, units as its points',
      'I. MỤC ĐÍCH\nNội dung.\nII. NỘI DUNG\n1. Nhiệm vụ\nSở Y tế chủ trì tập huấn cho cán bộ.\n2. Tổ chức thực hiện\na) Sở Tài chính: bố trí kinh phí.\nb) Ủy ban nhân dân các huyện: triển khai tại địa phương.',
      ['Sở Tài chính', 'Ủy ban nhân dân các huyện'],
    ],
    [
      'abbreviated body names',
      'III. TỔ CHỨC THỰC HIỆN\n1. UBND các huyện, thị xã, thành phố\nTriển khai thực hiện.\n2. BCĐ 35 tỉnh\nTheo dõi, nắm tình hình.',
      ['UBND các huyện, thị xã, thành phố', 'BCĐ 35 tỉnh'],
    ],
  ])('%s', (_name, body, units) => {
    expect(assignmentsOf(body).map((a) => a.unit)).toEqual(units);
  });

  it('units named in content sections are not assignments when there is an implementation section', () => {
    const body = 'II. NỘI DUNG\n1. Tăng cường lãnh đạo\nỦy ban nhân dân tỉnh chỉ đạo các sở, ngành bảo đảm kinh phí.\nIII. TỔ CHỨC THỰC HIỆN\n1. Ban Tuyên giáo Tỉnh ủy\nTheo dõi.';
    expect(assignmentsOf(body).map((a) => a.unit)).toEqual(['Ban Tuyên giáo Tỉnh ủy']);
  });

  it('a decision: the article that assigns, and the one that says who executes it', () => {
    const body = [
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Kết luận số 51-KL/TW.',
      'Điều 2. Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Tài chính tổ chức thực hiện (hoàn thành trong tháng 10/2019).',
      'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
      'Điều 4. Các ông (bà): Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này./.',
    ].join('\n');
    const assignments = assignmentsOf(body);
    expect(assignments.map((a) => [a.unit, a.partners, a.deadlines.map((d) => d.date)])).toEqual([
      ['Sở Giáo dục và Đào tạo', ['Sở Tài chính'], ['2019-10-31']],
      ['Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Chủ tịch UBND các huyện', [], []],
    ]);
  });

  it('a công văn: the unit asked after "đề nghị", with the list that follows', () => {
    const body = [
      'Kính gửi: Các phòng Giáo dục và Đào tạo.',
      'Sở Giáo dục và Đào tạo đề nghị các phòng Giáo dục và Đào tạo thực hiện các nội dung sau:',
      '1. Tổ chức quán triệt Kế hoạch (xong trước ngày 30/9/2019).',
      '2. Báo cáo kết quả về Sở trước ngày 15/10/2019.',
    ].join('\n');
    const [a] = assignmentsOf(body);
    expect(a?.unit).toBe('các phòng Giáo dục và Đào tạo');
    expect(a?.deadlines.map((d) => d.date)).toEqual(['2019-09-30', '2019-10-15']);
    expect(a?.reports.map((r) => r.cadence)).toEqual(['once']);
  });

  it('a công văn without a named unit: its addressees', () => {
    const body = ['Kính gửi:', '- Các sở, ban, ngành tỉnh;', '- UBND các huyện, thị xã, thành phố.', '', 'Đề nghị báo cáo kết quả trước ngày 15/10/2019.'].join('\n');
    expect(assignmentsOf(body).map((a) => a.unit)).toEqual(['Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố']);
  });

  it('reports NO_ASSIGNMENTS when nobody is assigned anything', () => {
    const plan = parsePlanDocument(`${HEADER}I. MỤC ĐÍCH\nNâng cao nhận thức.\n`);
    expect(plan.assignments).toEqual([]);
    expect(plan.issues.map((i) => i.code)).toContain('NO_ASSIGNMENTS');
  });

  it('keeps the text, the line and every duty of an assignment', () => {
    const [a] = assignmentsOf('III. TỔ CHỨC THỰC HIỆN\n1. Ban Tuyên giáo Tỉnh ủy\nTham mưu quán triệt (xong trong tháng 10/2019); hướng dẫn, kiểm tra việc thực hiện.');
    expect(a?.line).toBe(9);
    expect(a?.text).toBe('Tham mưu quán triệt (xong trong tháng 10/2019); hướng dẫn, kiểm tra việc thực hiện.');
    expect(a?.duties).toEqual([
      { kind: 'disseminate', text: 'Tham mưu quán triệt (xong trong tháng 10/2019)', deadline: { text: 'xong trong tháng 10/2019', date: '2019-10-31' } },
      { kind: 'guide-inspect', text: 'hướng dẫn, kiểm tra việc thực hiện', deadline: null },
    ]);
  });
});

describe('duty kinds', () => {
  it.each([
    ['Xây dựng chương trình, kế hoạch thực hiện Kết luận', 'sub-plan'],
    ['Xây dựng và ban hành kế hoạch của đơn vị', 'sub-plan'],
    ['Cụ thể hóa Chương trình thành kế hoạch, đề án', 'sub-plan'],
    ['Tổ chức phổ biến, quán triệt đến cán bộ, đảng viên', 'disseminate'],
    ['Tuyên truyền sâu rộng trong nhân dân', 'disseminate'],
    ['Hướng dẫn, kiểm tra, đôn đốc việc thực hiện', 'guide-inspect'],
    ['Tăng cường giám sát thực hiện', 'guide-inspect'],
    ['Tổ chức sơ kết, tổng kết Kết luận', 'review'],
    ['Định kỳ 06 tháng báo cáo kết quả', 'report'],
    ['Lãnh đạo, chỉ đạo thực hiện tốt nhiệm vụ', 'other'],
    ['Bố trí kinh phí thực hiện', 'other'],
    ['Xây dựng Đảng trong sạch, vững mạnh', 'other'],
    // The earliest wording decides.
    ['Xây dựng kế hoạch quán triệt, triển khai thực hiện', 'sub-plan'],
    ['Chủ trì hướng dẫn, kiểm tra và sơ kết, tổng kết', 'guide-inspect'],
  ])('%s → %s', (clause, kind) => {
    expect(dutyKindOf(clause)).toBe(kind);
  });
});

describe('reporting duties', () => {
  it.each([
    ['định kỳ hằng tháng báo cáo kết quả', 'monthly'],
    ['báo cáo trước ngày 20 hàng tháng', 'monthly'],
    ['định kỳ hằng quý báo cáo tiến độ', 'quarterly'],
    ['định kỳ quý báo cáo Ban Thường vụ', 'quarterly'],
    ['Định kỳ 06 tháng báo cáo tình hình kết quả thực hiện', '6-monthly'],
    ['định kỳ 6 tháng, hằng năm báo cáo kết quả', '6-monthly'],
    ['định kỳ sáu tháng báo cáo', '6-monthly'],
    ['hằng năm vào tháng 6 và tháng 12 báo cáo kết quả', '6-monthly'],
    ['báo cáo hằng năm vào tháng 6 và 12', '6-monthly'],
    ['định kỳ năm báo cáo', 'yearly'],
    ['định kỳ hằng năm báo cáo kết quả thực hiện', 'yearly'],
    ['hàng năm báo cáo kết quả', 'yearly'],
    ['báo cáo kết quả thực hiện trước ngày 15/6/2020', 'once'],
    ['tổ chức sơ kết 6 tháng đầu năm 2020 và báo cáo kết quả', 'once'],
    ['báo cáo tổng kết 5 năm thực hiện Kết luận', 'once'],
  ])('%s → %s', (clause, cadence) => {
    expect(cadenceOf(clause)).toBe(cadence);
  });

  it.each([
    [
      'Định kỳ 06 tháng báo cáo tình hình kết quả thực hiện về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy)',
      ['Ban Thường vụ Tỉnh ủy'],
      ['Ban Tuyên giáo Tỉnh ủy'],
    ],
    ['định kỳ hằng năm báo cáo kết quả thực hiện với Ban Thường vụ Tỉnh ủy và Ban Tuyên giáo Trung ương', ['Ban Thường vụ Tỉnh ủy', 'Ban Tuyên giáo Trung ương'], []],
    ['định kỳ hằng năm báo cáo UBND tỉnh trước ngày 15/12', ['UBND tỉnh'], []],
    ['báo cáo kết quả gửi về Sở Nội vụ để tổng hợp', ['Sở Nội vụ'], []],
    ['báo cáo kết quả cho Thường trực Tỉnh ủy thông qua Văn phòng Tỉnh ủy', ['Thường trực Tỉnh ủy'], ['Văn phòng Tỉnh ủy']],
    ['báo cáo về việc thực hiện', [], []],
  ])('%s', (clause, to, via) => {
    expect(reportOf(clause)).toMatchObject({ text: clause, to, via });
  });

  it.each([
    ['thực hiện theo Báo cáo số 45-BC/TU của Tỉnh ủy'],
    ['mời báo cáo viên tham gia'],
    ['thực hiện chế độ báo cáo theo quy định'],
  ])('no report duty in "%s"', (clause) => {
    expect(reportOf(clause)).toBeNull();
  });
});

describe('partners', () => {
  it.each([
    ['phối hợp với Ban Tuyên giáo Tỉnh ủy và các đơn vị liên quan hướng dẫn', ['Ban Tuyên giáo Tỉnh ủy']],
    [
      'Chủ trì, phối hợp với Ban Cán sự đảng UBND tỉnh, Sở Giáo dục và Đào tạo, và các đơn vị liên quan hướng dẫn',
      ['Ban Cán sự đảng UBND tỉnh', 'Sở Giáo dục và Đào tạo'],
    ],
    ['phối hợp chặt chẽ với Sở Tài chính, Sở Kế hoạch và Đầu tư tham mưu', ['Sở Tài chính', 'Sở Kế hoạch và Đầu tư']],
    ['phối hợp với các sở, ngành, địa phương tổ chức thực hiện', ['các sở, ngành, địa phương']],
    ['Phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức', ['Sở Văn hóa, Thể thao và Du lịch']],
    ['phối hợp với các cơ quan liên quan triển khai', []],
  ])('%s', (text, partners) => {
    expect(partnersOf(text)).toEqual(partners);
  });
});
