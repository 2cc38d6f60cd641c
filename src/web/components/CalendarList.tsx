import { Badge, Collapse, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import { dayOfWeek, formatVnDate, type CivilDate } from '../../core/civil-date.ts';
import type { CalendarEvent } from '../../core/reminders/calendar.ts';
import { toneColor, toneHex, toneLabel } from '../lib/charts-tone.ts';
import { CalendarEventUnits } from './CalendarEvent.tsx';
import { WEEKDAYS } from './CalendarMonth.tsx';

export const weekdayName = (d: CivilDate) => WEEKDAYS[(dayOfWeek(d) + 6) % 7] ?? '';

function EventRow({ event }: { event: CalendarEvent }) {
  const [opened, { toggle }] = useDisclosure(false);
  const grouped = event.total > 1;
  return (
    <Paper withBorder p="xs" style={{ borderLeft: `4px solid ${toneHex(event.tone)}` }} data-testid="calendar-list-event">
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        {grouped ? (
          <UnstyledButton onClick={toggle} aria-expanded={opened} style={{ flex: 1 }}>
            <Group gap={4} wrap="nowrap" align="flex-start">
              {opened ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
              <Text size="sm">{event.summary}</Text>
            </Group>
          </UnstyledButton>
        ) : (
          <Text size="sm" component={Link} to={event.link} c="blue.8" style={{ flex: 1 }}>
            {event.summary}
          </Text>
        )}
        <Badge color={toneColor(event.tone)} variant="light" tt="none" style={{ flexShrink: 0 }}>
          {grouped ? `${event.closed}/${event.total} xong` : (event.items[0]?.label ?? toneLabel(event.tone))}
        </Badge>
      </Group>
      {grouped && (
        <Collapse expanded={opened}>
          <Stack mt="xs" pl="md">
            <CalendarEventUnits event={event} />
          </Stack>
        </Collapse>
      )}
    </Paper>
  );
}

/** Deadlines day by day; a grouped deadline opens to its units. */
export function CalendarList({ events, today, empty = 'Không có hạn nào trong khoảng này.' }: { events: readonly CalendarEvent[]; today: CivilDate | null; empty?: string }) {
  if (events.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  const days = [...new Set(events.map((e) => e.date))].sort();
  return (
    <Stack gap="sm" data-testid="calendar-list">
      {days.map((d) => (
        <div key={d}>
          <Text size="sm" fw={700} c={d === today ? 'red.7' : undefined} mb={4}>
            {weekdayName(d)}, {formatVnDate(d)}
            {d === today ? ' — hôm nay' : ''}
          </Text>
          <Stack gap={4}>
            {events
              .filter((e) => e.date === d)
              .map((e) => (
                <EventRow key={e.uid} event={e} />
              ))}
          </Stack>
        </div>
      ))}
    </Stack>
  );
}
