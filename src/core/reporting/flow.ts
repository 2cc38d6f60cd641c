/**
 * The life of a periodic report, as a closed state machine:
 *
 *   draft ──submit──▶ submitted ──accept──▶ accepted
 *     │  ▲               │
 *     │  └──return───────┘ (returned: back to the unit with comments)
 *     └─request-approval─▶ awaiting-approval ──approve──▶ submitted
 *                              └──reject──▶ draft
 *
 * When the plan asks for the unit leader's approval, a reporter cannot submit
 * directly: the leader approves (which submits) or rejects. A leader may
 * always submit. Submitting records an immutable version; returning keeps
 * every version and comment.
 */
import { assertNever } from '../assert-never.ts';

export const REPORT_STATUSES = ['draft', 'awaiting-approval', 'submitted', 'returned', 'accepted'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_ACTIONS = ['save', 'request-approval', 'approve', 'reject', 'submit', 'return', 'accept'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/** What the caller is, relative to this report. */
export interface ReportActor {
  /** Reporter or leader of the reporting unit (or above it). */
  ofUnit: boolean;
  /** Leader of the reporting unit: may approve and submit. */
  leader: boolean;
  /** The receiving body (relay or coordinating office): may return or accept. */
  reviewer: boolean;
}

export interface FlowContext {
  requireApproval: boolean;
  /** Entry is closed (lock date passed, no exception). */
  locked: boolean;
}

export function reportStatusLabel(status: ReportStatus): string {
  switch (status) {
    case 'draft':
      return 'Đang soạn';
    case 'awaiting-approval':
      return 'Chờ lãnh đạo duyệt';
    case 'submitted':
      return 'Đã gửi';
    case 'returned':
      return 'Bị trả lại';
    case 'accepted':
      return 'Đã tiếp nhận';
    default:
      return assertNever(status, 'trạng thái báo cáo');
  }
}

export function reportActionLabel(action: ReportAction): string {
  switch (action) {
    case 'save':
      return 'Lưu nháp';
    case 'request-approval':
      return 'Trình lãnh đạo duyệt';
    case 'approve':
      return 'Duyệt và gửi';
    case 'reject':
      return 'Trả lại người soạn';
    case 'submit':
      return 'Gửi báo cáo';
    case 'return':
      return 'Trả lại đơn vị';
    case 'accept':
      return 'Tiếp nhận';
    default:
      return assertNever(action, 'thao tác báo cáo');
  }
}

export type TransitionRefusal = 'NOT_ALLOWED_IN_STATUS' | 'NOT_YOUR_ROLE' | 'APPROVAL_REQUIRED' | 'LOCKED';

export type Transition = { ok: true; to: ReportStatus } | { ok: false; reason: TransitionRefusal };

const editable = (s: ReportStatus) => s === 'draft' || s === 'returned';

/** Where `action` takes a report in `status`, or why it may not. */
export function transition(status: ReportStatus, action: ReportAction, actor: ReportActor, ctx: FlowContext): Transition {
  const refuse = (reason: TransitionRefusal): Transition => ({ ok: false, reason });
  const go = (to: ReportStatus): Transition => ({ ok: true, to });
  switch (action) {
    case 'save':
      if (!actor.ofUnit) return refuse('NOT_YOUR_ROLE');
      if (!editable(status)) return refuse('NOT_ALLOWED_IN_STATUS');
      return ctx.locked ? refuse('LOCKED') : go(status);
    case 'request-approval':
      if (!actor.ofUnit) return refuse('NOT_YOUR_ROLE');
      if (!editable(status)) return refuse('NOT_ALLOWED_IN_STATUS');
      return ctx.locked ? refuse('LOCKED') : go('awaiting-approval');
    case 'approve':
      if (!actor.leader) return refuse('NOT_YOUR_ROLE');
      if (status !== 'awaiting-approval') return refuse('NOT_ALLOWED_IN_STATUS');
      return ctx.locked ? refuse('LOCKED') : go('submitted');
    case 'reject':
      if (!actor.leader) return refuse('NOT_YOUR_ROLE');
      return status === 'awaiting-approval' ? go('draft') : refuse('NOT_ALLOWED_IN_STATUS');
    case 'submit':
      if (!actor.ofUnit) return refuse('NOT_YOUR_ROLE');
      if (!editable(status)) return refuse('NOT_ALLOWED_IN_STATUS');
      if (ctx.requireApproval && !actor.leader) return refuse('APPROVAL_REQUIRED');
      return ctx.locked ? refuse('LOCKED') : go('submitted');
    case 'return':
      if (!actor.reviewer) return refuse('NOT_YOUR_ROLE');
      return status === 'submitted' || status === 'accepted' ? go('returned') : refuse('NOT_ALLOWED_IN_STATUS');
    case 'accept':
      if (!actor.reviewer) return refuse('NOT_YOUR_ROLE');
      return status === 'submitted' ? go('accepted') : refuse('NOT_ALLOWED_IN_STATUS');
    default:
      return assertNever(action, 'thao tác báo cáo');
  }
}

/** The actions the caller may take now (the UI shows exactly these). */
export function availableActions(status: ReportStatus, actor: ReportActor, ctx: FlowContext): ReportAction[] {
  return REPORT_ACTIONS.filter((a) => transition(status, a, actor, ctx).ok).filter((a) => !(a === 'request-approval' && (!ctx.requireApproval || actor.leader)));
}

/** Actions that record a new immutable submitted version. */
export function recordsVersion(action: ReportAction): boolean {
  return action === 'submit' || action === 'approve';
}

/** Whether the report counts as received for completeness (DHIS2: a submitted data set). */
export function countsAsSubmitted(status: ReportStatus): boolean {
  switch (status) {
    case 'submitted':
    case 'accepted':
      return true;
    case 'draft':
    case 'awaiting-approval':
    case 'returned':
      return false;
    default:
      return assertNever(status, 'trạng thái báo cáo');
  }
}
