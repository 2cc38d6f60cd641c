import { describe, expect, it } from 'vitest';
import { parseCivilDate, type CivilDate } from '../civil-date.ts';
import {
  DUTY_STATUSES,
  compareDutyUrgency,
  daysOverdue,
  dutySortKey,
  dutyStatus,
  dutyStatusLabel,
  isDutyCompleted,
  type DutyProgress,
} from './duty-status.ts';

const d = (s: string) => parseCivilDate(s) as CivilDate;
const maybe = (s: string | null) => (s === null ? null : d(s));
const duty = (deadline: string | null, completedOn: string | null, extra: Partial<DutyProgress> = {}): DutyProgress => ({
  deadline: maybe(deadline),
  completedOn: maybe(completedOn),
  ...extra,
});

// "Hoàn thành trong quý IV/2019": deadline 31/12/2019.
const Q4 = '2019-12-31';

describe('dutyStatus (QĐ 42/2014/QĐ-TTg, sửa đổi bởi QĐ 23/2018/QĐ-TTg)', () => {
  it.each([
    // deadline, completed on, started on, progress, today, status, days overdue
    [Q4, null, null, null, '2019-10-01', 'chua-thuc-hien', 0],
    [Q4, null, '2019-09-15', null, '2019-10-01', 'dang-thuc-hien', 0],
    [Q4, null, '2019-10-15', null, '2019-10-01', 'chua-thuc-hien', 0], // starts later
    [Q4, null, null, 40, '2019-10-01', 'dang-thuc-hien', 0],
    [Q4, null, null, 100, '2019-12-31', 'dang-thuc-hien', 0], // 100% is not done until a completion date
    [Q4, null, null, 0, '2019-12-31', 'chua-thuc-hien', 0], // the deadline day is still in time
    [Q4, null, null, null, '2020-01-01', 'qua-han', 1],
    [Q4, null, null, 80, '2020-01-02', 'qua-han', 2],
    [Q4, '2019-12-31', null, null, '2020-03-01', 'hoan-thanh-dung-han', 0],
    [Q4, '2019-11-20', null, null, '2020-03-01', 'hoan-thanh-dung-han', 0],
    [Q4, '2020-01-10', null, null, '2020-03-01', 'hoan-thanh-qua-han', 10],
    [null, null, null, null, '2030-01-01', 'chua-thuc-hien', 0], // no deadline: never overdue
    [null, null, '2019-09-01', null, '2030-01-01', 'dang-thuc-hien', 0],
    [null, '2020-05-05', null, null, '2030-01-01', 'hoan-thanh-dung-han', 0],
  ] as const)('deadline %s, done %s, started %s, progress %s, today %s → %s (%i days late)', (deadline, completedOn, startedOn, progress, today, status, late) => {
    const t = duty(deadline, completedOn, { startedOn: maybe(startedOn), progress });
    expect(dutyStatus(t, { today: d(today) })).toBe(status);
    expect(daysOverdue(t, { today: d(today) })).toBe(late);
  });

  it('labels every status in Vietnamese', () => {
    expect(DUTY_STATUSES.map(dutyStatusLabel)).toEqual([
      'Chưa thực hiện',
      'Đang thực hiện (trong hạn)',
      'Hoàn thành đúng hạn',
      'Hoàn thành quá hạn',
      'Quá hạn (chưa hoàn thành)',
    ]);
    expect(DUTY_STATUSES.filter(isDutyCompleted)).toEqual(['hoan-thanh-dung-han', 'hoan-thanh-qua-han']);
  });
});

describe('urgency order', () => {
  const today = { today: d('2020-01-10') };
  const duties: Record<string, DutyProgress> = {
    doneOnTime: duty('2019-12-31', '2019-12-20'),
    doneLate: duty('2019-12-31', '2020-01-05'),
    noDeadline: duty(null, null, { progress: 30 }),
    dueInMarch: duty('2020-03-31', null),
    dueTomorrow: duty('2020-01-11', null),
    dueToday: duty('2020-01-10', null),
    overdue3: duty('2020-01-07', null),
    overdue40: duty('2019-12-01', null, { progress: 90 }),
  };

  it('puts overdue first (most overdue first), then due soonest, then no deadline, then done', () => {
    const sorted = Object.entries(duties)
      .sort(([, a], [, b]) => compareDutyUrgency(a, b, today))
      .map(([name]) => name);
    expect(sorted).toEqual(['overdue40', 'overdue3', 'dueToday', 'dueTomorrow', 'dueInMarch', 'noDeadline', 'doneLate', 'doneOnTime']);
  });

  it('keeps bands apart even for deadlines centuries away', () => {
    const far = duty('9999-12-31', null);
    const ancient = duty('0001-01-01', null);
    expect(dutySortKey(ancient, today)).toBeLessThan(dutySortKey(far, today));
    expect(dutySortKey(far, today)).toBeLessThan(dutySortKey(duty(null, null), today));
  });
});
