import { Badge, Tooltip, type BadgeProps } from '@mantine/core';
import { obligationStatusLabel, type ObligationStatus } from '../../core/period/index.ts';
import { timingColor, timingShortLabel } from '../pages/reporting/format.ts';

/** Where a unit's report for a period stands against its dates; the full wording on hover. */
export function PeriodStatusBadge({ timing, ...props }: { timing: ObligationStatus } & BadgeProps) {
  return (
    <Tooltip label={obligationStatusLabel(timing)} openDelay={400}>
      <Badge color={timingColor(timing)} variant="light" tt="none" {...props}>
        {timingShortLabel(timing)}
      </Badge>
    </Tooltip>
  );
}
