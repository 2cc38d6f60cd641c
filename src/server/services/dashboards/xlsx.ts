/**
 * Every dashboard table as an .xlsx file: Vietnamese headers in a bold,
 * frozen first row, dates as offices write them (dd/mm/yyyy), one sheet.
 */
import ExcelJS from 'exceljs';
import { assertNever } from '../../../core/assert-never.ts';
import { formatVnDate, type CivilDate } from '../../../core/civil-date.ts';
import { DUTY_STATUSES, dutyStatusLabel } from '../../../core/duty/index.ts';
import type { ReadTx } from '../../db/uow.ts';
import type { Scope } from '../scope.ts';
import { dashboardContext, type DashboardQuery } from './context.ts';
import { loadPlan } from '../plans.ts';
import { leadershipView } from './leadership.ts';
import { planDrill, planSummary, periodRates } from './plan.ts';
import { planAreas, planIndicators, planMatrix, planOverdue } from './views.ts';
import { XLSX_MIME, type DownloadFile } from '../../exports/file.ts';

export const PLAN_VIEWS = ['status', 'rates', 'matrix', 'drill', 'indicators', 'overdue', 'areas'] as const;
export type PlanView = (typeof PLAN_VIEWS)[number];
export const LEADERSHIP_VIEWS = ['plans', 'units'] as const;
export type LeadershipView = (typeof LEADERSHIP_VIEWS)[number];

type Cell = string | number | null;
export interface Table {
  sheet: string;
  columns: { header: string; width: number }[];
  rows: Cell[][];
}

const col = (header: string, width = 14) => ({ header, width });
const date = (d: CivilDate | string | null | undefined) => (d ? formatVnDate(d as CivilDate) : '');

type Counted = {
  duties: { total: number; byStatus: Record<(typeof DUTY_STATUSES)[number], number> };
  reporting: { expected: number; submitted: number; onTime: number; rate: number | null };
  overdue: { total: number };
};
const countColumns = [col('Số nhiệm vụ', 12), ...DUTY_STATUSES.map((s) => col(dutyStatusLabel(s), 16)), col('Báo cáo phải nộp', 12), col('Đã nộp', 10), col('Đúng hạn', 10), col('Tỷ lệ nộp (%)', 12), col('Đang quá hạn', 12)];
const countCells = (c: Counted): Cell[] => [c.duties.total, ...DUTY_STATUSES.map((s) => c.duties.byStatus[s]), c.reporting.expected, c.reporting.submitted, c.reporting.onTime, c.reporting.rate, c.overdue.total];

export async function planTable(read: ReadTx, scope: Scope, planId: string, view: PlanView, q: DashboardQuery & { node?: string; homeUnitId: string }): Promise<Table> {
  switch (view) {
    case 'status': {
      const s = await planSummary(read, scope, planId, q);
      const pct = (n: number) => (s.duties.total === 0 ? null : Math.round((n / s.duties.total) * 1000) / 10);
      return {
        sheet: 'Tình trạng nhiệm vụ',
        columns: [col('Tình trạng', 32), col('Số nhiệm vụ', 14), col('Tỷ lệ (%)', 12)],
        rows: [...DUTY_STATUSES.map((st) => [dutyStatusLabel(st), s.duties.byStatus[st], pct(s.duties.byStatus[st])]), ['Tổng cộng', s.duties.total, s.duties.total ? 100 : null]],
      };
    }
    case 'rates': {
      const rates = await periodRates(read, await dashboardContext(read, scope, planId, q));
      return {
        sheet: 'Tỷ lệ báo cáo',
        columns: [col('Kỳ báo cáo', 26), col('Mã kỳ', 10), col('Phải nộp', 10), col('Đã nộp', 10), col('Nộp đúng hạn', 12), col('Tỷ lệ nộp (%)', 12), col('Tỷ lệ đúng hạn (%)', 14), col('Thay đổi so với kỳ trước (điểm %)', 18)],
        rows: rates.map((r) => [r.label, r.periodId, r.expected, r.submitted, r.onTime, r.rate, r.onTimeRate, r.delta]),
      };
    }
    case 'matrix': {
      const m = await planMatrix(read, scope, planId, q);
      const label = new Map<string, string>(m.legend.map((l) => [l.code, l.label]));
      return {
        sheet: 'Ma trận đơn vị',
        columns: [col('Đơn vị', 34), ...m.columns.map((c) => col(c.kind === 'obligation' ? c.title : `${c.short}${c.dueDate ? ` (hạn ${date(c.dueDate)})` : ''}`, 22))],
        rows: m.rows.map((r) => [r.unitName, ...r.cells.map((c) => (c ? `${label.get(c.code) ?? c.code}${c.daysOverdue > 0 ? ` (${c.daysOverdue} ngày)` : ''}` : ''))]),
      };
    }
    case 'drill': {
      const d = await planDrill(read, scope, planId, q);
      return {
        sheet: 'Theo đơn vị',
        columns: [col('Đơn vị, nhóm đơn vị', 38), col('Cấp', 12), ...countColumns],
        rows: [[d.node.name, d.node.kind === 'group' ? 'Nhóm (tổng)' : 'Tổng', ...countCells(d.node)], ...d.children.map((c) => [c.name, c.kind === 'group' ? 'Nhóm' : 'Đơn vị', ...countCells(c)])],
      };
    }
    case 'indicators': {
      const ind = await planIndicators(read, scope, planId, q);
      return {
        sheet: 'Chỉ tiêu',
        columns: [col('Chỉ tiêu', 40), col('Đơn vị tính', 12), col('Đơn vị', 34), ...ind.periods.map((p) => col(p.label, 16))],
        rows: ind.indicators.flatMap((i) => [
          [i.label, i.unit ?? '', i.aggregate === 'mean' ? 'Bình quân' : 'Tổng cộng', ...i.totals],
          ...i.series.map((s) => [i.label, i.unit ?? '', s.unitName, ...s.values]),
        ]),
      };
    }
    case 'overdue': {
      const o = await planOverdue(read, scope, planId, q);
      return {
        sheet: 'Quá hạn',
        columns: [col('Loại', 12), col('Đơn vị', 34), col('Nội dung', 60), col('Hạn', 12), col('Số ngày quá hạn', 12), col('Người phụ trách', 40), col('Thư điện tử', 34)],
        rows: o.items.map((i) => [
          i.kind === 'duty' ? 'Nhiệm vụ' : 'Báo cáo',
          i.unitName,
          i.title,
          date(i.dueDate),
          i.daysOverdue,
          i.responsible.map((p) => p.name).join('; '),
          i.responsible.flatMap((p) => (p.email ? [p.email] : [])).join('; '),
        ]),
      };
    }
    case 'areas': {
      const a = await planAreas(read, scope, planId, q);
      return {
        sheet: 'Nội dung báo cáo',
        columns: [col('Số TT', 8), col('Nội dung', 60), col('Báo cáo đã nộp', 14), col('Báo cáo có viết', 14), col('Tỷ lệ (%)', 10)],
        rows: a.areas.map((x) => [x.number, x.title, x.reports, x.covered, x.rate]),
      };
    }
    default:
      return assertNever(view, 'bảng');
  }
}

export async function leadershipTable(read: ReadTx, scope: Scope, view: LeadershipView, today: CivilDate): Promise<Table> {
  const l = await leadershipView(read, scope, today);
  switch (view) {
    case 'plans':
      return {
        sheet: 'Các kế hoạch',
        columns: [col('Số hiệu', 14), col('Trích yếu', 60), col('Số nhiệm vụ', 12), col('Đúng tiến độ (%)', 14), col('Đang quá hạn', 12), col('Kỳ báo cáo gần nhất', 24), col('Tỷ lệ nộp (%)', 12), col('Điểm', 8)],
        rows: l.plans.map((p) => [p.number ?? '', p.title, p.duties.total, p.dutiesOnTrack, p.overdue.total, p.lastClosedPeriod?.label ?? '', p.reporting?.rate ?? null, p.score]),
      };
    case 'units':
      return {
        sheet: 'Đơn vị chậm',
        columns: [col('Đơn vị', 38), col('Nhiệm vụ quá hạn', 14), col('Báo cáo quá hạn', 14), col('Tổng', 10), col('Số kế hoạch', 12)],
        rows: l.unitsBehind.map((u) => [u.unitName, u.overdueDuties, u.overdueObligations, u.total, u.plans]),
      };
    default:
      return assertNever(view, 'bảng');
  }
}

export async function tableToXlsx(table: Table): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'thucthi';
  const sheet = book.addWorksheet(table.sheet.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow(table.columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  for (const r of table.rows) sheet.addRow(r);
  table.columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** "bang-dieu-khien-82-KH-TU-overdue.xlsx": ASCII, safe in any Content-Disposition. */
export function fileNameFor(number: string | null, view: string): string {
  const slug = (number ?? 'ke-hoach').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `bang-dieu-khien-${slug}-${view}.xlsx`;
}


export async function exportPlanDashboard(read: ReadTx, scope: Scope, planId: string, view: PlanView, q: DashboardQuery & { node?: string; homeUnitId: string }): Promise<DownloadFile> {
  const plan = await loadPlan(read, scope, planId);
  return { bytes: await tableToXlsx(await planTable(read, scope, planId, view, q)), fileName: fileNameFor(plan.number, view), mime: XLSX_MIME };
}

export async function exportLeadership(read: ReadTx, scope: Scope, view: LeadershipView, today: CivilDate): Promise<DownloadFile> {
  return { bytes: await tableToXlsx(await leadershipTable(read, scope, view, today)), fileName: `lanh-dao-${view}.xlsx`, mime: XLSX_MIME };
}
