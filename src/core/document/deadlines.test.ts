import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../civil-date.ts';
import { findDeadlines } from './deadlines.ts';

const DOC_DATE = '2021-03-05' as CivilDate;

describe('deadlines: the last civil day a phrase allows', () => {
  it.each([
    ['(hoàn thành trong quý IV/2019)', 'hoàn thành trong quý IV/2019', '2019-12-31'],
    ['hoàn thành trong quý I năm 2020.', 'hoàn thành trong quý I năm 2020', '2020-03-31'],
    ['hoàn thành trong quý 2/2021', 'hoàn thành trong quý 2/2021', '2021-06-30'],
    ['(tổ chức phổ biến, quán triệt xong trong tháng 10/2019)', 'tổ chức phổ biến, quán triệt xong trong tháng 10/2019', '2019-10-31'],
    ['báo cáo kết quả trước ngày 30 tháng 4 năm 2011', 'trước ngày 30 tháng 4 năm 2011', '2011-04-30'],
    ['gửi về Sở chậm nhất ngày 14/5/2021', 'chậm nhất ngày 14/5/2021', '2021-05-14'],
    ['báo cáo UBND tỉnh trước ngày 15/12/2020.', 'trước ngày 15/12/2020', '2020-12-15'],
    ['hoàn thành trong năm 2020', 'hoàn thành trong năm 2020', '2020-12-31'],
    ['hoàn thành trong 6 tháng đầu năm 2020', 'hoàn thành trong 6 tháng đầu năm 2020', '2020-06-30'],
    ['xong trong 6 tháng cuối năm 2020', 'xong trong 6 tháng cuối năm 2020', '2020-12-31'],
    ['tổ chức trong tháng 10 năm 2019', 'trong tháng 10 năm 2019', '2019-10-31'],
    ['(quý IV/2019)', 'quý IV/2019', '2019-12-31'],
    ['(xong trước 30/6/2021)', 'xong trước 30/6/2021', '2021-06-30'],
    ['thực hiện đến hết ngày 31/12/2021', 'đến hết ngày 31/12/2021', '2021-12-31'],
    ['hoàn thành trong quý III-IV/2021', 'hoàn thành trong quý III-IV/2021', '2021-12-31'],
    ['sơ kết vào cuối năm 2023', 'vào cuối năm 2023', '2023-12-31'],
    ['từ ngày 01/10 đến ngày 15/10/2019', 'đến ngày 15/10/2019', '2019-10-15'],
    ['hoàn thành trước ngày 15.12.2021', 'hoàn thành trước ngày 15.12.2021', '2021-12-15'],
    ['thời gian thực hiện: quý III/2021', 'thời gian thực hiện: quý III/2021', '2021-09-30'],
    // "Trước" a month, quarter or year is read strictly: before it opens.
    ['hoàn thành trước tháng 6/2020', 'hoàn thành trước tháng 6/2020', '2020-05-31'],
    ['hoàn thành trước quý III/2020', 'hoàn thành trước quý III/2020', '2020-06-30'],
    ['hoàn thành trước năm 2022', 'hoàn thành trước năm 2022', '2021-12-31'],
    // A day and month without a year: the next such day after the document date.
    ['báo cáo trước ngày 20/6', 'trước ngày 20/6', '2021-06-20'],
    ['báo cáo trước ngày 20/1', 'trước ngày 20/1', '2022-01-20'],
    // A month or quarter without a year: the next one from the document date.
    ['hoàn thành trong tháng 10', 'hoàn thành trong tháng 10', '2021-10-31'],
    ['hoàn thành trong quý IV', 'hoàn thành trong quý IV', '2021-12-31'],
    ['xong trước tháng 2', 'xong trước tháng 2', '2022-01-31'],
  ])('%s → %s = %s', (text, phrase, date) => {
    const found = findDeadlines(text, DOC_DATE);
    expect(found.map((d) => [d.text, d.date])).toEqual([[phrase, date]]);
    expect(found[0]?.unresolved).toBe(false);
  });

  it('a recurring day has no single date but is not unresolved', () => {
    const [found] = findDeadlines('định kỳ hằng năm báo cáo UBND tỉnh trước ngày 15/12', DOC_DATE);
    expect(found).toMatchObject({ text: 'trước ngày 15/12', date: null, unresolved: false });
  });

  it('a day without year and no document date is unresolved', () => {
    const [found] = findDeadlines('báo cáo trước ngày 20/6', null);
    expect(found).toMatchObject({ text: 'trước ngày 20/6', date: null, unresolved: true });
  });

  it.each([
    ['a period', 'thực hiện trong giai đoạn 2021-2025'],
    ['a spaced period', 'giai đoạn 2021 - 2025 hoàn thành kiên cố hóa'],
    ['a horizon', 'đến năm 2030, 100% trường học đạt chuẩn'],
    ['a school year', 'trong năm học 2019-2020'],
    ['a term', 'nhiệm kỳ 2020 - 2025'],
    ['a cited document date', 'thực hiện Kết luận số 51-KL/TW, ngày 30/5/2019 của Ban Bí thư'],
    ['a cited document date, long form', 'theo Nghị quyết số 29-NQ/TW ngày 04 tháng 11 năm 2013'],
    ['an event date', 'Ngày 17 tháng 10 năm 2019 Hội nghị Tỉnh ủy đã thống nhất'],
    ['a cadence', 'Định kỳ 06 tháng báo cáo tình hình'],
    ['a year in a name', 'Ngày Sách và Văn hóa đọc Việt Nam năm 2021'],
    ['a duration', 'trong 3 tháng, tổ chức 2 hội nghị'],
    ['an investment ("đầu tư năm")', 'vốn đầu tư năm 2020 tăng'],
    ['months of a cadence', 'định kỳ hằng năm vào tháng 6 và tháng 12 báo cáo kết quả'],
    ['a month without a deadline word', 'tháng 10 là tháng cao điểm'],
  ])('no deadline in %s', (_name, text) => {
    expect(findDeadlines(text, DOC_DATE)).toEqual([]);
  });

  it('finds several deadlines in order, one per parenthesis', () => {
    const text = 'Xây dựng kế hoạch (xong trong quý IV/2019, báo cáo trước 30/12/2019); tổ chức sơ kết trước ngày 30/6/2020.';
    expect(findDeadlines(text, DOC_DATE).map((d) => d.date)).toEqual(['2019-12-31', '2020-06-30']);
  });
});
