import { Badge, Group, Tooltip, type BadgeProps } from '@mantine/core';
import { DUTY_STATUSES, dutyStatusLabel, type DutyStatus } from '../../core/duty/index.ts';
import { statusColor, statusShortLabel } from '../lib/format.ts';
import type { StatusCounts } from '../lib/types.ts';

/** A duty's status in the office vocabulary, the full QĐ 42 wording on hover. */
export function StatusBadge({ status, ...props }: { status: DutyStatus } & BadgeProps) {
  return (
    <Tooltip label={dutyStatusLabel(status)} openDelay={400}>
      <Badge color={statusColor(status)} variant="light" tt="none" {...props}>
        {statusShortLabel(status)}
      </Badge>
    </Tooltip>
  );
}

/** Duty counts by status as coloured badges, zeros left out. */
export function StatusCountBadges({ counts }: { counts: StatusCounts }) {
  const shown = DUTY_STATUSES.filter((s) => counts[s] > 0);
  if (shown.length === 0) return <Badge variant="outline" color="gray" tt="none">Chưa có nhiệm vụ</Badge>;
  return (
    <Group gap={4}>
      {shown.map((s) => (
        <Badge key={s} color={statusColor(s)} variant="light" tt="none" title={dutyStatusLabel(s)}>
          {statusShortLabel(s)}: {counts[s]}
        </Badge>
      ))}
    </Group>
  );
}
