import { describe, expect, it } from 'vitest';
import { buildConsolidation } from './draft.ts';
import { summariseDuties } from './review.ts';
import { d, input, report } from './testing/fixtures.ts';
import type { DutyFact, ReviewTables } from './types.ts';

const duty = (unitName: string, text: string, deadline: string | null, completedOn: string | null, progress = 0): DutyFact => ({
  unitId: `u-${unitName}`,
  unitName,
  sortOrder: unitName.includes('Tuần Giáo') ? 10 : 8,
  text,
  deadline: deadline ? d(deadline) : null,
  completedOn: completedOn ? d(completedOn) : null,
  startedOn: null,
  progress,
});

const DUTIES: DutyFact[] = [
  duty('Huyện ủy Tuần Giáo', 'Xây dựng kế hoạch thực hiện', '2019-12-31', '2019-12-20'),
  duty('Huyện ủy Tuần Giáo', 'Tổ chức quán triệt', '2019-10-31', '2019-11-05'),
  duty('Huyện ủy Mường Ảng', 'Xây dựng kế hoạch thực hiện', '2019-12-31', null, 40),
  duty('Huyện ủy Mường Ảng', 'Kiểm tra, đôn đốc', null, null, 10),
];

// Two half-years and the yearly report of the coordinating office in between.
const REPORTS = [
  report('Huyện ủy Tuần Giáo', 10, 'accepted', '2019-12-16', { narratives: { 'area:a1': 'Ban hành kế hoạch.' }, indicators: { so_hoi_nghi: 1, ty_le_dang_vien: 80 } }, '2019H2', '2019-12-17'),
  report('Huyện ủy Mường Ảng', 8, 'submitted', '2019-12-20', { indicators: { so_hoi_nghi: 2, ty_le_dang_vien: 70 } }, '2019H2', '2019-12-17'),
  report('Huyện ủy Tuần Giáo', 10, 'accepted', '2020-06-15', { narratives: { 'area:a1': 'Tổ chức hội nghị.' }, indicators: { so_hoi_nghi: 3, ty_le_dang_vien: 90 } }, '2020H1'),
  report('Huyện ủy Mường Ảng', 8, 'draft', null, { indicators: { so_hoi_nghi: 9 } }, '2020H1'),
  report('Ban Tuyên giáo Tỉnh ủy', 3, 'submitted', '2020-12-10', { indicators: { so_hoi_nghi: 6 } }, '2020', '2020-12-16'),
];

const review = buildConsolidation({ ...input(REPORTS, ['2020H1', '2019H2', '2020']), duties: DUTIES, today: d('2020-07-01') }, 'so-ket');
const tables = review.tables as ReviewTables;

describe('a sơ kết across periods', () => {
  it('orders the periods in time and names the span', () => {
    expect(review.periodIds).toEqual(['2019H2', '2020H1', '2020']);
    expect(review.title).toMatch(/^sơ kết 18 tháng thực hiện Kế hoạch số 82-KH\/TU ngày 27\/8\/2019 của Ban Thường vụ Tỉnh ủy/);
  });

  it('gives the reporting rate of every period', () => {
    expect(tables.rates.map((r) => [r.periodId, r.expected, r.submitted, r.onTime])).toEqual([
      ['2019H2', 2, 2, 1],
      ['2020H1', 2, 1, 1],
      ['2020', 1, 1, 1],
    ]);
  });

  it.each([
    // code, per period, total (sum for numbers, mean of period values for rates)
    ['so_hoi_nghi', [3, 3, 6], 12],
    ['ty_le_dang_vien', [75, 90, null], 82.5],
  ])('trend of %s', (code, perPeriod, total) => {
    const t = tables.trends.find((x) => x.code === code);
    expect(t?.perPeriod).toEqual(perPeriod);
    expect(t?.total).toBe(total);
  });

  it('gives each unit’s values per period', () => {
    expect(tables.trends.find((x) => x.code === 'so_hoi_nghi')?.byUnit.map((u) => [u.unitName, u.values, u.total])).toEqual([
      ['Ban Tuyên giáo Tỉnh ủy', [null, null, 6], 6],
      ['Huyện ủy Mường Ảng', [2, null, null], 2],
      ['Huyện ủy Tuần Giáo', [1, 3, null], 4],
    ]);
  });

  it('marks each passage with its unit and period', () => {
    expect(review.sections.find((s) => s.key === 'area:a1')?.html).toBe(
      '<p><strong>Huyện ủy Tuần Giáo (6 tháng cuối năm 2019):</strong> Ban hành kế hoạch.</p><p><strong>Huyện ủy Tuần Giáo (6 tháng đầu năm 2020):</strong> Tổ chức hội nghị.</p>',
    );
  });

  it('counts duties done on time, late and not done', () => {
    expect(tables.duties.counts).toEqual({ 'chua-thuc-hien': 0, 'dang-thuc-hien': 1, 'hoan-thanh-dung-han': 1, 'hoan-thanh-qua-han': 1, 'qua-han': 1 });
    expect(tables.duties.late.map((x) => [x.unitName, x.text, x.daysLate])).toEqual([['Huyện ủy Tuần Giáo', 'Tổ chức quán triệt', 5]]);
    expect(tables.duties.overdue.map((x) => [x.unitName, x.text, x.daysLate])).toEqual([['Huyện ủy Mường Ảng', 'Xây dựng kế hoạch thực hiện', 183]]);
    expect(review.sections.find((s) => s.key === 'nhiem-vu')?.html).toContain('tổng số 4 nhiệm vụ');
  });

  it('has the parts of a review, lessons and next steps left to the coordinator', () => {
    expect(review.sections.map((s) => s.key)).toEqual(['mo-dau', 'ket-qua', 'nhiem-vu', 'area:a1', 'area:a2', 'area:a3', 'chi-tieu', 'kho-khan', 'bai-hoc', 'phuong-huong', 'de-xuat']);
    expect(review.sections.find((s) => s.key === 'bai-hoc')?.html).toBe('');
  });

  it('lists late and missing reports with their period', () => {
    expect(tables.late.map((l) => [l.unitName, l.periodId, l.daysLate])).toEqual([['Huyện ủy Mường Ảng', '2019H2', 3]]);
    expect(tables.missing.map((m) => [m.unitName, m.periodId])).toEqual([['Huyện ủy Mường Ảng', '2020H1']]);
  });

  it('calls a whole-life review a tổng kết', () => {
    expect(buildConsolidation({ ...input(REPORTS, ['2019H2', '2020H1']), duties: [] }, 'tong-ket').title).toMatch(/^tổng kết 1 năm thực hiện/);
  });
});

describe('duty summary', () => {
  it('is empty without duties', () => {
    expect(summariseDuties([], d('2020-01-01')).byUnit).toEqual([]);
  });
});
