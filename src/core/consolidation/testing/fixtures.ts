/**
 * A fixed set of units' reports for plan 82-KH/TU, 6 tháng đầu năm 2020
 * (due 16/6/2020), used by the consolidation tests and the bench.
 */
import type { CivilDate } from '../../civil-date.ts';
import { DISSEMINATION_INDICATORS, type Indicator, type ReportContent, type ReportStatus } from '../../reporting/index.ts';
import type { DraftInput, PlanInfo, UnitReport } from '../types.ts';

export const d = (s: string) => s as CivilDate;

export const PLAN: PlanInfo = {
  number: '82-KH/TU',
  type: 'Kế hoạch',
  date: d('2019-08-27'),
  title:
    'thực hiện Kết luận số 51-KL/TW, ngày 30/5/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Hội nghị Trung ương 8 khóa XI về đổi mới căn bản, toàn diện giáo dục và đào tạo',
  issuedBy: 'Ban Thường vụ Tỉnh ủy',
  areas: [
    { key: 'area:a1', number: '1', title: 'Tăng cường lãnh đạo, chỉ đạo và quản lý của cấp ủy, chính quyền các cấp' },
    { key: 'area:a2', number: '2', title: 'Đẩy mạnh công tác giáo dục lý tưởng cách mạng' },
    { key: 'area:a3', number: '3', title: 'Củng cố và nâng cao chất lượng phổ cập giáo dục' },
  ],
};

export const INDICATORS: Indicator[] = [
  ...DISSEMINATION_INDICATORS,
  { code: 'hinh_thuc', label: 'Hình thức quán triệt', type: 'text', unit: null, required: false, min: null, max: null },
];

export function report(
  unit: string,
  sortOrder: number,
  status: ReportStatus | null,
  firstSubmittedOn: string | null,
  content: Partial<ReportContent> | null,
  periodId = '2020H1',
  dueDate = '2020-06-16',
): UnitReport {
  return {
    unitId: `u-${unit}`,
    unitName: unit,
    sortOrder,
    periodId,
    status,
    dueDate: d(dueDate),
    firstSubmittedOn: firstSubmittedOn ? d(firstSubmittedOn) : null,
    content: content ? { narratives: content.narratives ?? {}, indicators: content.indicators ?? {} } : null,
  };
}

/** Two units counted (one late by 4 days), one returned, one draft, one not started. */
export const REPORTS_2020H1: UnitReport[] = [
  report('Huyện ủy Tuần Giáo', 10, 'accepted', '2020-06-15', {
    narratives: { 'area:a1': 'Đã ban hành kế hoạch thực hiện.\nTổ chức 2 hội nghị quán triệt.', 'kho-khan': 'Thiếu kinh phí tổ chức hội nghị.' },
    indicators: { so_hoi_nghi: 2, luot_can_bo: 80, luot_dang_vien: 450, tong_dang_vien: 500, ty_le_dang_vien: 90, hinh_thuc: 'Trực tiếp' },
  }),
  report('Huyện ủy Mường Ảng', 8, 'submitted', '2020-06-20', {
    narratives: { 'area:a2': 'Giáo dục lý tưởng cho <học sinh> & sinh viên.', 'de-xuat': 'Đề nghị bổ sung tài liệu.' },
    indicators: { so_hoi_nghi: 3, luot_dang_vien: '300', tong_dang_vien: 400, ty_le_dang_vien: 85.5 },
  }),
  report('Huyện ủy Điện Biên Đông', 9, 'returned', '2020-06-12', {
    narratives: { 'area:a1': 'Báo cáo bị trả lại không được tổng hợp.' },
    indicators: { so_hoi_nghi: 100 },
  }),
  report('Ủy ban MTTQ Việt Nam tỉnh', 20, null, null, null),
  report('Huyện ủy Tủa Chùa', 7, 'draft', null, { narratives: { 'area:a1': 'Bản nháp.' }, indicators: { so_hoi_nghi: 50 } }),
];

export function input(reports: UnitReport[] = REPORTS_2020H1, periodIds = ['2020H1']): DraftInput {
  return { plan: PLAN, issuerName: 'Ban Tuyên giáo Tỉnh ủy', indicators: INDICATORS, periodIds, reports, duties: [], today: d('2020-06-25') };
}
