import { Text } from '@mantine/core';
import type { CivilDate } from '../../../core/civil-date.ts';
import { formatDate } from '../../lib/format.ts';
import { dueHint } from './format.ts';
import type { ObligationItem } from './types.ts';

/** The due date and how far it is, red when late. */
export function DueText({ item, today, size = 'sm' }: { item: Pick<ObligationItem, 'dueDate' | 'timing' | 'hasException'>; today: CivilDate | null; size?: 'xs' | 'sm' }) {
  const hint = dueHint(item.dueDate, item.timing, today);
  const late = hint?.startsWith('quá hạn');
  return (
    <Text span size={size}>
      <time dateTime={item.dueDate}>{formatDate(item.dueDate)}</time>
      {item.hasException && (
        <Text span size={size} c="dimmed">
          {' '}
          (gia hạn)
        </Text>
      )}
      {hint && (
        <Text span size={size} c={late ? 'red.7' : 'dimmed'} fw={late ? 500 : undefined}>
          {' · '}
          {hint}
        </Text>
      )}
    </Text>
  );
}
