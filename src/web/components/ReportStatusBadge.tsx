import { Badge, type BadgeProps } from '@mantine/core';
import { reportStatusLabel, type ReportStatus } from '../../core/reporting/index.ts';
import { reportStatusColor } from '../pages/reporting/format.ts';

/** A report's place in its flow (Đang soạn … Đã tiếp nhận); "Chưa soạn" before anything was saved. */
export function ReportStatusBadge({ status, ...props }: { status: ReportStatus | null } & BadgeProps) {
  return (
    <Badge color={reportStatusColor(status)} variant={status === null ? 'outline' : 'dot'} tt="none" {...props}>
      {status === null ? 'Chưa soạn' : reportStatusLabel(status)}
    </Badge>
  );
}
