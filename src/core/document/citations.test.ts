import { describe, expect, it } from 'vitest';
import { parsePlanDocument } from './index.ts';
import type { Citation } from './types.ts';

/** A citation with its date as a plain string, as tests write it. */
type Cite = Omit<Citation, 'date'> & { date: string | null };

/** A one-paragraph body under a fixed header; the citations are read from it. */
function citesOf(body: string): Citation[] {
  const text = `TỈNH ỦY ĐIỆN BIÊN\nSố 82-KH/TU\nĐiện Biên, ngày 27 tháng 8 năm 2019\n\nKẾ HOẠCH\nvề giáo dục\n-----\n${body}\n`;
  return parsePlanDocument(text).cites;
}

describe('citations', () => {
  it.each<[string, string, Cite]>([
    [
      'Party style with "số", comma and issuer',
      'Thực hiện Kết luận số 51-KL/TW, ngày 30/5/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết.',
      { symbol: '51-KL/TW', type: 'Kết luận', date: '2019-05-30', issuer: 'Ban Bí thư' },
    ],
    [
      'without "số" and comma',
      'Căn cứ Nghị quyết 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương về đổi mới.',
      { symbol: '29-NQ/TW', type: 'Nghị quyết', date: '2013-11-04', issuer: 'Ban Chấp hành Trung ương' },
    ],
    [
      'long-form date and a term in the issuer',
      'Thực hiện Chỉ thị số 05-CT/TW ngày 15 tháng 5 năm 2016 của Bộ Chính trị khóa XII về đẩy mạnh học tập.',
      { symbol: '05-CT/TW', type: 'Chỉ thị', date: '2016-05-15', issuer: 'Bộ Chính trị khóa XII' },
    ],
    [
      'date with hyphens',
      'Thực hiện Kết luận số 51-KL/TW ngày 30-5-2019 của Ban Bí thư.',
      { symbol: '51-KL/TW', type: 'Kết luận', date: '2019-05-30', issuer: 'Ban Bí thư' },
    ],
    [
      'symbol glued to "ngày"',
      'Thực hiện Kết luận số 51-KL/TWngày 30/5/2019 của Ban Bí thư.',
      { symbol: '51-KL/TW', type: 'Kết luận', date: '2019-05-30', issuer: 'Ban Bí thư' },
    ],
    [
      'symbol cut at its slash by a line break',
      'Căn cứ Nghị quyết số 29-NQ/\nTW, ngày 04/11/2013 của Ban Chấp hành Trung ương.',
      { symbol: '29-NQ/TW', type: 'Nghị quyết', date: '2013-11-04', issuer: 'Ban Chấp hành Trung ương' },
    ],
    [
      'issuer after a blank line',
      'Thực hiện Kết luận số 51-KL/TW, ngày 30/5/2019\n\ncủa Ban Bí thư về giáo dục.',
      { symbol: '51-KL/TW', type: 'Kết luận', date: '2019-05-30', issuer: 'Ban Bí thư' },
    ],
    [
      'decree with a year, issuer ends before "quy định"',
      'Căn cứ Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ quy định chế độ báo cáo.',
      { symbol: '09/2019/NĐ-CP', type: 'Nghị định', date: '2019-01-24', issuer: 'Chính phủ' },
    ],
    [
      'National Assembly standing committee',
      'Căn cứ Nghị quyết số 1661/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp.',
      { symbol: '1661/NQ-UBTVQH15', type: 'Nghị quyết', date: '2025-06-16', issuer: 'Ủy ban Thường vụ Quốc hội' },
    ],
    [
      'Party guidance',
      'Theo Hướng dẫn số 36-HD/VPTW, ngày 03/4/2018 của Văn phòng Trung ương Đảng về thể thức.',
      { symbol: '36-HD/VPTW', type: 'Hướng dẫn', date: '2018-04-03', issuer: 'Văn phòng Trung ương Đảng' },
    ],
    [
      'the genre word wins over the abbreviation (Quy định, "QĐ")',
      'Theo Quy định số 66-QĐ/TW, ngày 06/02/2017 của Ban Chấp hành Trung ương về thể loại.',
      { symbol: '66-QĐ/TW', type: 'Quy định', date: '2017-02-06', issuer: 'Ban Chấp hành Trung ương' },
    ],
    [
      'Prime Minister, issuer ends before "ban hành"',
      'Căn cứ Quyết định số 42/2014/QĐ-TTg ngày 27/7/2014 của Thủ tướng Chính phủ ban hành Quy chế.',
      { symbol: '42/2014/QĐ-TTg', type: 'Quyết định', date: '2014-07-27', issuer: 'Thủ tướng Chính phủ' },
    ],
    [
      'a "và" inside the issuer',
      'Căn cứ Thông tư số 32/2018/TT-BGDĐT ngày 26/12/2018 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành chương trình.',
      { symbol: '32/2018/TT-BGDĐT', type: 'Thông tư', date: '2018-12-26', issuer: 'Bộ trưởng Bộ Giáo dục và Đào tạo' },
    ],
    ['a law', 'Căn cứ Luật Giáo dục số 43/2019/QH14.', { symbol: '43/2019/QH14', type: 'Luật', date: null, issuer: null }],
    [
      'a state công văn',
      'Thực hiện Công văn số 1234/UBND-VX ngày 5/3/2021 của UBND tỉnh.',
      { symbol: '1234/UBND-VX', type: 'Công văn', date: '2021-03-05', issuer: 'UBND tỉnh' },
    ],
    [
      '"văn bản số": type from the symbol',
      'Thực hiện văn bản số 1234/UBND-VX của UBND tỉnh.',
      { symbol: '1234/UBND-VX', type: 'Công văn', date: null, issuer: 'UBND tỉnh' },
    ],
    [
      'issuer ends before "và Kế hoạch"',
      'Kết luận số 51-KL/TW của Ban Bí thư và Kế hoạch của Ban Thường vụ Tỉnh ủy phải được lồng ghép.',
      { symbol: '51-KL/TW', type: 'Kết luận', date: null, issuer: 'Ban Bí thư' },
    ],
    [
      'a notice in capitals',
      'Theo THÔNG BÁO SỐ 12-TB/TU ngày 2/1/2020 của Thường trực Tỉnh ủy.',
      { symbol: '12-TB/TU', type: 'Thông báo', date: '2020-01-02', issuer: 'Thường trực Tỉnh ủy' },
    ],
  ])('%s', (_name, body, citation) => {
    expect(citesOf(body)).toEqual([citation]);
  });

  it('merges mentions by symbol in order of first appearance, filling date and issuer later', () => {
    const cites = citesOf(
      [
        'Kết luận số 51-KL/TW và Nghị quyết số 29-NQ/TW, ngày 04/11/2013 của Ban Chấp hành Trung ương.',
        'Quán triệt Kết luận số 51-KL/TW, ngày 30/5/2019 của Ban Bí thư.',
      ].join('\n'),
    );
    expect(cites).toEqual([
      { symbol: '51-KL/TW', type: 'Kết luận', date: '2019-05-30', issuer: 'Ban Bí thư' },
      { symbol: '29-NQ/TW', type: 'Nghị quyết', date: '2013-11-04', issuer: 'Ban Chấp hành Trung ương' },
    ]);
  });

  it.each([
    ['a genre without a symbol', 'Thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy về giáo dục.'],
    ['a bare symbol with neither genre nor "số"', 'Thực hiện tốt 51-KL/TW trong năm.'],
    ['dates and fractions', 'Tỷ lệ 3/4 học sinh, năm học 2019-2020, ngày 30/5/2019.'],
    ['the document own number', 'Kế hoạch số 82-KH/TU được phổ biến rộng rãi.'],
  ])('no citation from %s', (_name, body) => {
    expect(citesOf(body)).toEqual([]);
  });

  it('reports CITATION_WITHOUT_DATE once per undated symbol', () => {
    const text = `TỈNH ỦY ĐIỆN BIÊN\nSố 82-KH/TU\nĐiện Biên, ngày 27 tháng 8 năm 2019\n\nKẾ HOẠCH\nvề giáo dục\n-----\nThực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị. Chỉ thị số 05-CT/TW rất quan trọng.\n`;
    const issues = parsePlanDocument(text).issues.filter((i) => i.code === 'CITATION_WITHOUT_DATE');
    expect(issues).toHaveLength(1);
    expect(issues[0]?.line).toBe(8);
  });
});
