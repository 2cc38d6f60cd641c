import type { DutyDetail } from '../../lib/types.ts';
import { SessionsPanel } from './duty/SessionsPanel.tsx';
import { SubPlanPanel } from './duty/SubPlanPanel.tsx';

/** Extra panels on a duty page for duties of some kinds (sub-plan upload, quán triệt sessions). */
export function DutyExtras({ detail }: { detail: DutyDetail }) {
  switch (detail.duty.kind) {
    case 'sub-plan':
      return <SubPlanPanel detail={detail} />;
    case 'disseminate':
      return <SessionsPanel detail={detail} />;
    default:
      return null;
  }
}
