import { describe, expect, it } from 'vitest';
import { buildConsolidation } from './draft.ts';
import { NO_PASSAGE_HTML, ratePhrase } from './parts.ts';
import { input, REPORTS_2020H1 } from './testing/fixtures.ts';
import type { PeriodTables } from './types.ts';

const draft = buildConsolidation(input(), 'period');
const tables = draft.tables as PeriodTables;
const html = (key: string) => draft.sections.find((s) => s.key === key)?.html;

describe('the period draft from a fixed set of reports', () => {
  it('titles the report after the plan and the period', () => {
    expect(draft.title).toBe(
      'kết quả thực hiện Kế hoạch số 82-KH/TU ngày 27/8/2019 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 51-KL/TW, ngày 30/5/2019 của Ban Bí thư, 6 tháng đầu năm 2020',
    );
    expect(draft.periodIds).toEqual(['2020H1']);
  });

  it('lays out the sections in the order of a báo cáo, each area of the plan in its place', () => {
    expect(draft.sections.map((s) => [s.key, s.level])).toEqual([
      ['mo-dau', 0],
      ['ket-qua', 1],
      ['area:a1', 2],
      ['area:a2', 2],
      ['area:a3', 2],
      ['chi-tieu', 2],
      ['kho-khan', 1],
      ['de-xuat', 1],
      ['phuong-huong', 1],
    ]);
    expect(draft.sections.every((s) => s.html === s.generatedHtml && !s.edited && !s.stale && s.baseGeneratedHtml === null)).toBe(true);
  });

  it.each([
    ['area:a1', '<p><strong>Huyện ủy Tuần Giáo:</strong> Đã ban hành kế hoạch thực hiện.</p><p>Tổ chức 2 hội nghị quán triệt.</p>'],
    ['area:a2', '<p><strong>Huyện ủy Mường Ảng:</strong> Giáo dục lý tưởng cho &lt;học sinh&gt; &amp; sinh viên.</p>'],
    ['area:a3', NO_PASSAGE_HTML],
    ['kho-khan', '<p><strong>Huyện ủy Tuần Giáo:</strong> Thiếu kinh phí tổ chức hội nghị.</p>'],
    ['de-xuat', '<p><strong>Huyện ủy Mường Ảng:</strong> Đề nghị bổ sung tài liệu.</p>'],
    ['phuong-huong', ''],
  ])('gathers %s from submitted and accepted reports only, marked by unit and escaped', (key, expected) => {
    expect(html(key)).toBe(expected);
  });

  it('opens with the plan it reports on', () => {
    expect(html('mo-dau')).toBe(
      '<p>Thực hiện Kế hoạch số 82-KH/TU ngày 27/8/2019 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 51-KL/TW, ngày 30/5/2019 của Ban Bí thư, Ban Tuyên giáo Tỉnh ủy báo cáo kết quả thực hiện 6 tháng đầu năm 2020 như sau:</p>',
    );
  });

  it('states the reporting situation: rate, late units with days, units without a report', () => {
    expect(html('ket-qua')).toBe(
      '<p>Đến ngày 25/6/2020, có 2/5 đơn vị gửi báo cáo (đạt 40%), trong đó 1 đơn vị gửi đúng hạn.</p>' +
        '<p>Đơn vị gửi báo cáo chậm: Huyện ủy Mường Ảng (chậm 4 ngày).</p>' +
        '<p>Đơn vị chưa gửi báo cáo: Huyện ủy Tủa Chùa, Huyện ủy Điện Biên Đông và Ủy ban MTTQ Việt Nam tỉnh.</p>',
    );
  });

  it.each([
    [0, 0, 'chưa có đơn vị nào gửi báo cáo (0/21 đơn vị)'],
    [3, 3, 'có 3/21 đơn vị gửi báo cáo (đạt 14,3%), đều đúng hạn'],
    [3, 0, 'có 3/21 đơn vị gửi báo cáo (đạt 14,3%), không có đơn vị nào gửi đúng hạn'],
    [3, 2, 'có 3/21 đơn vị gửi báo cáo (đạt 14,3%), trong đó 2 đơn vị gửi đúng hạn'],
  ])('puts %s reports, %s on time, in words', (submitted, onTime, phrase) => {
    const rate = { periodId: '2020H1', label: '', expected: 21, submitted, onTime, rate: Math.round((submitted / 21) * 1000) / 10, onTimeRate: null };
    expect(ratePhrase(rate)).toBe(phrase);
  });

  it.each([
    // code, value, units behind it — the returned (100) and draft (50) reports are not counted
    ['so_hoi_nghi', 5, 2],
    ['luot_can_bo', 80, 1],
    ['luot_dang_vien', 750, 2], // "300" kept as text by an older form still counts as a number
    ['luot_nhan_dan', null, 0],
    ['tong_dang_vien', 900, 2],
    ['ty_le_dang_vien', 87.8, 2], // mean of 90 and 85.5, one decimal
    ['hinh_thuc', null, 1],
  ])('indicator %s: %s from %s units', (code, value, reporting) => {
    const t = tables.indicators.find((x) => x.code === code);
    expect([t?.value, t?.reporting]).toEqual([value, reporting]);
  });

  it('lists text indicators by unit', () => {
    expect(tables.indicators.find((x) => x.code === 'hinh_thuc')?.texts).toEqual([{ unitName: 'Huyện ủy Tuần Giáo', text: 'Trực tiếp' }]);
  });

  it('gives the rows by unit in registry order, counted reports only', () => {
    expect(tables.byUnit.map((r) => [r.unitName, r.values.so_hoi_nghi, r.values.ty_le_dang_vien])).toEqual([
      ['Huyện ủy Mường Ảng', 3, 85.5],
      ['Huyện ủy Tuần Giáo', 2, 90],
    ]);
  });

  it('lists late and missing units with their dates and status', () => {
    expect(tables.late).toEqual([
      { unitId: 'u-Huyện ủy Mường Ảng', unitName: 'Huyện ủy Mường Ảng', periodId: '2020H1', dueDate: '2020-06-16', submittedOn: '2020-06-20', daysLate: 4 },
    ]);
    expect(tables.missing.map((m) => [m.unitName, m.status])).toEqual([
      ['Huyện ủy Tủa Chùa', 'draft'],
      ['Huyện ủy Điện Biên Đông', 'returned'],
      ['Ủy ban MTTQ Việt Nam tỉnh', null],
    ]);
    expect(tables.rate).toMatchObject({ expected: 5, submitted: 2, onTime: 1, rate: 40, onTimeRate: 20 });
  });

  it('only takes the reports of its period', () => {
    const other = REPORTS_2020H1.map((r) => ({ ...r, periodId: '2019H2' }));
    const t = buildConsolidation(input([...REPORTS_2020H1, ...other]), 'period').tables as PeriodTables;
    expect(t.rate.expected).toBe(5);
    expect(t.indicators.find((x) => x.code === 'so_hoi_nghi')?.value).toBe(5);
  });

  it('leaves out the indicators part when the form has none', () => {
    const none = buildConsolidation({ ...input(), indicators: [] }, 'period');
    expect(none.sections.some((s) => s.key === 'chi-tieu')).toBe(false);
    expect((none.tables as PeriodTables).indicators).toEqual([]);
  });
});
