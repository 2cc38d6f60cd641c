export {
  DUTY_STATUSES,
  compareDutyUrgency,
  daysOverdue,
  dutySortKey,
  dutyStatus,
  dutyStatusLabel,
  isDutyCompleted,
  type DutyContext,
  type DutyProgress,
  type DutyStatus,
} from './duty-status.ts';
