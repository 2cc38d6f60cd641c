import './CalendarMonth.css';
import { Anchor, Badge, Box, Group, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { TONES } from '../../core/dashboard/codes.ts';
import type { CalendarEvent } from '../../core/reminders/calendar.ts';
import { toneColor, toneHex, toneLabel } from '../lib/charts-tone.ts';

/** The units inside a grouped event, each with its status and link. */
export function CalendarEventUnits({ event }: { event: CalendarEvent }) {
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed">
        Đã xong {event.closed}/{event.total} đơn vị
      </Text>
      {event.items.map((i) => (
        <Group key={`${i.kind}-${i.id}`} justify="space-between" gap="xs" wrap="nowrap">
          <Anchor component={Link} to={i.link} size="sm">
            {i.unitName}
          </Anchor>
          <Badge size="xs" color={toneColor(i.tone)} variant="light" tt="none" style={{ flexShrink: 0 }}>
            {i.label}
          </Badge>
        </Group>
      ))}
    </Stack>
  );
}

/**
 * One deadline as a coloured chip (the worst status among its units). A
 * single item links to it; a group ("… (15 đơn vị)") opens the list of its
 * units.
 */
export function CalendarEventChip({ event, compact = false }: { event: CalendarEvent; compact?: boolean }) {
  const style = { borderLeftColor: toneHex(event.tone) };
  const text = (
    <Text size="xs" lineClamp={compact ? 2 : 3} className="cal-chip-text">
      {event.summary}
    </Text>
  );
  if (event.total <= 1) {
    return (
      <Anchor component={Link} to={event.link} underline="never" className="cal-chip" style={style} data-tone={event.tone} title={event.description} data-testid="calendar-event">
        {text}
      </Anchor>
    );
  }
  return (
    <Popover width={320} position="bottom-start" shadow="md" withinPortal>
      <Popover.Target>
        <UnstyledButton className="cal-chip" style={style} data-tone={event.tone} title={event.description} aria-haspopup="dialog" data-testid="calendar-event">
          {text}
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="sm" fw={600} mb={4}>
          {event.summary}
        </Text>
        <ScrollArea.Autosize mah={320}>
          <CalendarEventUnits event={event} />
        </ScrollArea.Autosize>
        <Anchor component={Link} to={event.link} size="xs" mt="xs" display="block">
          Mở kế hoạch
        </Anchor>
      </Popover.Dropdown>
    </Popover>
  );
}

export function CalendarLegend() {
  return (
    <Group gap="md" role="list" aria-label="Chú giải màu">
      {TONES.map((t) => (
        <Group key={t} gap={6} role="listitem" wrap="nowrap">
          <Box w={12} h={12} style={{ background: toneHex(t), borderRadius: 3 }} />
          <Text size="xs">{toneLabel(t)}</Text>
        </Group>
      ))}
    </Group>
  );
}
