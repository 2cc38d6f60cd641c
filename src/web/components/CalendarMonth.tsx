import './CalendarMonth.css';
import { Box, Text, UnstyledButton } from '@mantine/core';
import { addDays, civilDateOf, civilParts, dayOfWeek, lastDayOfMonth, type CivilDate } from '../../core/civil-date.ts';
import type { CalendarEvent } from '../../core/reminders/calendar.ts';
import { toneHex } from '../lib/charts-tone.ts';
import { CalendarEventChip } from './CalendarEvent.tsx';

/** Vietnamese weeks start on Monday (Thứ Hai); Sunday is Chủ nhật. */
export const WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'] as const;
const SHORT = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'] as const;

/** Days before Monday: Monday 0 … Sunday 6. */
const mondayOffset = (d: CivilDate) => (dayOfWeek(d) + 6) % 7;

/** The days the month grid shows: whole weeks, Monday to Sunday, covering the month. */
export function monthGrid(year: number, month: number): { from: CivilDate; to: CivilDate; weeks: CivilDate[][] } {
  const first = civilDateOf(year, month, 1);
  const last = lastDayOfMonth(year, month);
  const from = addDays(first, -mondayOffset(first));
  const to = addDays(last, 6 - mondayOffset(last));
  const weeks: CivilDate[][] = [];
  for (let d = from; d <= to; d = addDays(d, 7)) weeks.push(Array.from({ length: 7 }, (_, i) => addDays(d, i)));
  return { from, to, weeks };
}

const VISIBLE = 3;

/**
 * A month as a grid of weeks. On wide screens each day lists its deadlines
 * as chips (three, then "+N"); on a phone a day shows coloured dots and the
 * chosen day's deadlines are listed under the grid by the page.
 */
export function CalendarMonth({
  year,
  month,
  today,
  events,
  wide,
  selected,
  onSelect,
}: {
  year: number;
  month: number;
  today: CivilDate | null;
  events: readonly CalendarEvent[];
  wide: boolean;
  selected: CivilDate | null;
  onSelect: (day: CivilDate) => void;
}) {
  const { weeks } = monthGrid(year, month);
  const byDay = new Map<string, CalendarEvent[]>();
  for (const e of events) byDay.set(e.date, [...(byDay.get(e.date) ?? []), e]);
  return (
    <div className="cal-grid" role="table" aria-label={`Tháng ${month}/${year}`} data-testid="calendar-month">
      <div className="cal-row cal-head" role="row">
        {WEEKDAYS.map((w, i) => (
          <div key={w} role="columnheader" className="cal-weekday" aria-label={w}>
            {wide ? w : SHORT[i]}
          </div>
        ))}
      </div>
      {weeks.map((week) => (
        <div className="cal-row" role="row" key={week[0]}>
          {week.map((day) => {
            const { month: m, day: d } = civilParts(day);
            const list = byDay.get(day) ?? [];
            const outside = m !== month;
            const classes = ['cal-day', outside ? 'cal-outside' : '', day === today ? 'cal-today' : '', day === selected ? 'cal-selected' : ''].filter(Boolean).join(' ');
            const label = `${d}/${m}${day === today ? ', hôm nay' : ''}${list.length ? `, ${list.length} hạn` : ''}`;
            return (
              <div key={day} role="cell" className={classes} data-date={day} aria-label={wide ? undefined : label}>
                <UnstyledButton className="cal-daynum" onClick={() => onSelect(day)} aria-label={wide ? `Xem ngày ${d}/${m}` : label} aria-pressed={day === selected}>
                  {d}
                  {day === today && wide && (
                    <Text span size="xs" c="red.7" ml={4}>
                      Hôm nay
                    </Text>
                  )}
                </UnstyledButton>
                {wide ? (
                  <Box className="cal-events">
                    {(day === selected ? list : list.slice(0, VISIBLE)).map((e) => (
                      <CalendarEventChip key={e.uid} event={e} compact />
                    ))}
                    {day !== selected && list.length > VISIBLE && (
                      <UnstyledButton className="cal-more" onClick={() => onSelect(day)}>
                        +{list.length - VISIBLE} hạn nữa
                      </UnstyledButton>
                    )}
                  </Box>
                ) : (
                  list.length > 0 && (
                    <div className="cal-dots" aria-hidden>
                      {list.slice(0, 4).map((e) => (
                        <span key={e.uid} style={{ background: toneHex(e.tone) }} />
                      ))}
                    </div>
                  )
                )}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
