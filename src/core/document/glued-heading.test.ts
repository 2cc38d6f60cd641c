import { describe, expect, it } from 'vitest';
import { parsePlanDocument } from './index.ts';

// PDF text layers join a heading to the first words of its body. (A list
// starts at 1: a lone "3." is not taken for an item.)
const doc = (heading: string, body: string) =>
  ['TỈNH ỦY ĐIỆN BIÊN', 'Số 82-KH/TU', 'Điện Biên, ngày 27 tháng 8 năm 2019', 'KẾ HOẠCH', 'thực hiện Kết luận số 51-KL/TW', '-----', 'III- TỔ CHỨC THỰC HIỆN', heading, body].join('\n');
const WRAPPED = 'chương trình, kế hoạch thực hiện (hoàn thành trong quý IV/2019).';

describe('a heading glued to its body', () => {
  it.each([
    ['1. Đảng đoàn Hội đồng Nhân dân, Ban Cán sự Đảng UBND tỉnh Lãnh đạo, chỉ đạo xây dựng', WRAPPED, 'Đảng đoàn Hội đồng Nhân dân, Ban Cán sự Đảng UBND tỉnh'],
    ['1. Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc tỉnh Xây dựng', WRAPPED, 'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc tỉnh'],
    ['1. Ban Tổ chức Tỉnh ủy', 'Xây dựng kế hoạch thực hiện (hoàn thành trong quý IV/2019).', 'Ban Tổ chức Tỉnh ủy'],
    ['1. Ban Tuyên giáo Tỉnh ủy Chủ trì, phối hợp', 'với các đơn vị liên quan hướng dẫn, kiểm tra việc thực hiện.', 'Ban Tuyên giáo Tỉnh ủy'],
  ])('%s / %s → %s', (heading, body, unit) => {
    const plan = parsePlanDocument(doc(heading, body));
    expect(plan.assignments.map((a) => a.unit)).toEqual([unit]);
  });
});
