import type { DutyDetail } from '../../lib/types.ts';

/** Extra panels on a duty page for duties of some kinds (sub-plan upload, quán triệt sessions). */
export function DutyExtras(_props: { detail: DutyDetail }) {
  return null;
}
