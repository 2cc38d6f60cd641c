import { Text, type TextProps } from '@mantine/core';
import type { CivilDate } from '../../core/civil-date.ts';
import type { DutyStatus } from '../../core/duty/index.ts';
import { deadlineHint, formatDate } from '../lib/format.ts';

/** A civil date as dd/mm/yyyy, in a <time> element for machines. */
export function DateText({ date, empty = '—', ...props }: { date: CivilDate | null | undefined; empty?: string } & TextProps) {
  if (!date) return <Text span {...props}>{empty}</Text>;
  return (
    <Text span {...props}>
      <time dateTime={date}>{formatDate(date)}</time>
    </Text>
  );
}

/** A deadline with how far it is: "31/12/2019 · quá hạn 12 ngày". */
export function DeadlineText({ deadline, status, today, size = 'sm' }: { deadline: CivilDate | null; status: DutyStatus; today: CivilDate; size?: TextProps['size'] }) {
  if (!deadline) {
    return (
      <Text span size={size} c="dimmed">
        Không có hạn
      </Text>
    );
  }
  const hint = deadlineHint(deadline, status, today);
  const late = hint?.startsWith('quá hạn');
  return (
    <Text span size={size}>
      <time dateTime={deadline}>{formatDate(deadline)}</time>
      {hint && (
        <Text span size={size} c={late ? 'red.7' : 'dimmed'} fw={late ? 500 : undefined}>
          {' · '}
          {hint}
        </Text>
      )}
    </Text>
  );
}
