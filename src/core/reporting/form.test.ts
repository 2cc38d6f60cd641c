import { describe, expect, it } from 'vitest';
import { diffContent } from './diff.ts';
import { DISSEMINATION_INDICATORS, DISSEMINATION_RULES, normaliseContent, validateContent, type ReportForm } from './form.ts';
import { reportingRate, type ObligationFact } from './completeness.ts';
import type { CivilDate } from '../civil-date.ts';

const form: ReportForm = { sections: [{ key: 'kho-khan', title: 'Khó khăn' }], indicators: DISSEMINATION_INDICATORS, rules: DISSEMINATION_RULES };
const full = { so_hoi_nghi: 3, luot_can_bo: 120, luot_dang_vien: 900, luot_nhan_dan: 2000, tong_dang_vien: 1000, ty_le_dang_vien: 90 };

describe('report form validation', () => {
  it.each([
    ['a complete report', full, true, []],
    ['a draft may be incomplete', { so_hoi_nghi: 1 }, false, []],
    ['submitting needs the required values', { so_hoi_nghi: 1 }, true, ['REQUIRED:luot_dang_vien', 'REQUIRED:tong_dang_vien']],
    ['numbers must be numbers', { ...full, luot_can_bo: 'nhiều' }, false, ['NOT_A_NUMBER:luot_can_bo']],
    ['not negative', { ...full, so_hoi_nghi: -1 }, true, ['BELOW_MIN:so_hoi_nghi']],
    ['a percentage is at most 100', { ...full, ty_le_dang_vien: 120 }, true, ['ABOVE_MAX:ty_le_dang_vien']],
    ['attendees ≤ members', { ...full, luot_dang_vien: 1200 }, true, ['RULE:luot_dang_vien']],
    ['a Vietnamese decimal comma is a number', { ...full, ty_le_dang_vien: '90,5' }, true, []],
  ])('%s', (_name, indicators, forSubmit, expected) => {
    const issues = validateContent(form, { narratives: {}, indicators }, { forSubmit });
    expect(issues.map((i) => `${i.code}:${i.field}`)).toEqual(expected);
  });

  it('normalises numbers and keeps values of fields no longer in the form', () => {
    const out = normaliseContent(form, { narratives: { 'area:old': 'giữ lại', 'kho-khan': '' }, indicators: { ty_le_dang_vien: '90,5', cu: 7 } });
    expect(out).toEqual({ narratives: { 'area:old': 'giữ lại' }, indicators: { ty_le_dang_vien: 90.5, cu: 7 } });
  });
});

describe('reporting rate (DHIS2 counting)', () => {
  const d = (s: string) => s as CivilDate;
  const facts: ObligationFact[] = [
    { dueDate: d('2020-06-16'), status: 'accepted', firstSubmittedOn: d('2020-06-15') },
    { dueDate: d('2020-06-16'), status: 'submitted', firstSubmittedOn: d('2020-06-20') },
    { dueDate: d('2020-06-16'), exceptionDueDate: d('2020-06-30'), status: 'returned', firstSubmittedOn: d('2020-06-25') },
    { dueDate: d('2020-06-16'), status: 'submitted', firstSubmittedOn: d('2020-06-25'), exceptionDueDate: d('2020-06-30') },
    { dueDate: d('2020-06-16'), status: null, firstSubmittedOn: null },
  ];
  it('counts expected, submitted and on time', () => {
    expect(reportingRate(facts)).toEqual({ expected: 5, submitted: 3, onTime: 2, rate: 60, onTimeRate: 40 });
    expect(reportingRate([])).toEqual({ expected: 0, submitted: 0, onTime: 0, rate: null, onTimeRate: null });
  });
});

describe('diff between versions', () => {
  it('shows changed words and changed numbers only', () => {
    const a = { narratives: { x: 'Đã tổ chức 2 hội nghị', y: 'giữ nguyên' }, indicators: { so_hoi_nghi: 2, tong: 5 } };
    const b = { narratives: { x: 'Đã tổ chức 3 hội nghị', y: 'giữ nguyên' }, indicators: { so_hoi_nghi: 3, tong: 5 } };
    const diff = diffContent(a, b);
    expect(diff.map((f) => f.field)).toEqual(['x', 'so_hoi_nghi']);
    expect(diff[0]?.parts.filter((p) => p.removed).map((p) => p.value)).toEqual(['2']);
    expect(diff[0]?.parts.filter((p) => p.added).map((p) => p.value)).toEqual(['3']);
  });
});
