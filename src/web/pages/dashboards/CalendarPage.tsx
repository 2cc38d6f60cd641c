import { Alert, Anchor, Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { addMonths, civilDateOf, civilParts, lastDayOfMonth, type CivilDate } from '../../../core/civil-date.ts';
import { CalendarLegend } from '../../components/CalendarEvent.tsx';
import { CalendarList, weekdayName } from '../../components/CalendarList.tsx';
import { CalendarMonth, monthGrid } from '../../components/CalendarMonth.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { api, qs } from '../../lib/api.ts';
import { formatDate, todayInVietnam } from '../../lib/format.ts';
import { useSession } from '../../lib/session.tsx';
import { useWide } from '../../lib/use-wide.ts';
import { dashboardKeys, type CalendarView } from './types.ts';

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * The deadline calendar: duties' deadlines and reports' due dates in the
 * user's scope, by month (grid or list), optionally of one plan
 * (?ke-hoach=…). The month is in the URL (?thang=2020-06); without it, the
 * server's today decides (it may run on a fixed demo clock).
 */
export default function CalendarPage() {
  const wide = useWide();
  const { today: serverToday } = useSession();
  const [params, setParams] = useSearchParams();
  const today = serverToday ?? todayInVietnam();
  const m = MONTH_RE.exec(params.get('thang') ?? '');
  const year = m ? Number(m[1]) : civilParts(today).year;
  const month = m ? Number(m[2]) : civilParts(today).month;
  const planId = params.get('ke-hoach');
  const view = params.get('xem') === 'danh-sach' ? 'list' : 'month';
  const [selected, setSelected] = useState<CivilDate | null>(null);

  const grid = monthGrid(year, month);
  const range = view === 'month' ? { from: grid.from, to: grid.to } : { from: civilDateOf(year, month, 1), to: lastDayOfMonth(year, month) };
  const query = useQuery({
    queryKey: dashboardKeys.calendar(range.from, range.to),
    queryFn: () => api.get<CalendarView>(`/api/calendar${qs(range)}`),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

  const go = (delta: number | null) => {
    const target = delta === null ? today : addMonths(civilDateOf(year, month, 1), delta);
    const p = civilParts(target);
    setSelected(null);
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set('thang', `${p.year}-${String(p.month).padStart(2, '0')}`);
      return next;
    });
  };
  const setView = (v: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (v === 'list') next.set('xem', 'danh-sach');
      else next.delete('xem');
      return next;
    });
  const clearPlan = () =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.delete('ke-hoach');
      return next;
    });

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="xs">
        <Title order={2}>Lịch hạn</Title>
        <SegmentedControl
          value={view}
          onChange={setView}
          data={[
            { value: 'month', label: 'Tháng' },
            { value: 'list', label: 'Danh sách' },
          ]}
          aria-label="Cách xem"
          className="no-print"
        />
      </Group>
      <Group justify="space-between" gap="xs" className="no-print">
        <Group gap={4}>
          <Button variant="default" size="xs" onClick={() => go(-1)} leftSection={<IconChevronLeft size={14} />} aria-label="Tháng trước">
            {wide ? 'Tháng trước' : ''}
          </Button>
          <Button variant="default" size="xs" onClick={() => go(null)}>
            Hôm nay
          </Button>
          <Button variant="default" size="xs" onClick={() => go(1)} rightSection={<IconChevronRight size={14} />} aria-label="Tháng sau">
            {wide ? 'Tháng sau' : ''}
          </Button>
        </Group>
        <Title order={3} size="h4" data-testid="calendar-title">
          Tháng {month}/{year}
        </Title>
      </Group>
      {planId && (
        <Alert color="blue" variant="light" p="xs">
          Đang xem hạn của một kế hoạch.{' '}
          <Anchor component="button" type="button" size="sm" onClick={clearPlan}>
            Xem tất cả kế hoạch
          </Anchor>{' '}
          ·{' '}
          <Anchor component={Link} to={`/ke-hoach/${planId}`} size="sm">
            Mở kế hoạch
          </Anchor>
        </Alert>
      )}
      <QueryState query={query}>
        {(data) => {
          // The calendar API has no plan filter: the month is small enough to filter here.
          const events = planId ? data.events.filter((e) => e.planId === planId) : data.events;
          const day = selected ?? (civilParts(data.today).month === month && civilParts(data.today).year === year ? data.today : null);
          return (
            <Stack gap="sm">
              {data.truncated && <Alert color="yellow">Có quá nhiều hạn trong tháng, chỉ hiện một phần.</Alert>}
              {view === 'month' ? (
                <>
                  <CalendarMonth year={year} month={month} today={data.today} events={events} wide={wide} selected={wide ? selected : day} onSelect={setSelected} />
                  {!wide && day && (
                    <div>
                      <Text fw={600} size="sm" mb={4}>
                        {weekdayName(day)}, {formatDate(day)}
                      </Text>
                      <CalendarList events={events.filter((e) => e.date === day)} today={data.today} empty="Không có hạn nào trong ngày này." />
                    </div>
                  )}
                </>
              ) : (
                <CalendarList events={events} today={data.today} empty={`Không có hạn nào trong tháng ${month}/${year}.`} />
              )}
              <CalendarLegend />
              <Text size="xs" c="dimmed" className="no-print">
                Thêm các hạn này vào lịch trên điện thoại: xem mục “Lịch trên điện thoại” ở trang{' '}
                <Anchor component={Link} to="/tai-khoan" size="xs">
                  Tài khoản
                </Anchor>
                .
              </Text>
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
