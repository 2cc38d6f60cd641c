import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../civil-date.ts';
import { calendarEvents, type DeadlineItem } from './calendar.ts';

const d = (s: string) => s as CivilDate;
const obligation = (id: string, unitId: string, unitName: string, code: DeadlineItem['code']): DeadlineItem => ({
  kind: 'obligation',
  id,
  planId: 'kh82',
  planNumber: '82-KH/TU',
  planTitle: 'thực hiện Kết luận số 51-KL/TW',
  unitId,
  unitName,
  title: 'báo cáo 6 tháng đầu năm 2020',
  date: d('2020-06-16'),
  lockDate: d('2020-07-16'),
  groupKey: 'bc6t:2020H1',
  code,
  link: `/bao-cao/${id}`,
});

describe('calendarEvents', () => {
  const items = [
    obligation('1', 'btg', 'Ban Tuyên giáo Tỉnh ủy', 'due-soon'),
    obligation('2', 'tg', 'Huyện ủy Tuần Giáo', 'submitted-on-time'),
    obligation('3', 'ma', 'Huyện ủy Mường Ảng', 'due-soon'),
    { ...obligation('4', 'tc', 'Huyện ủy Tủa Chùa', 'due-soon'), date: d('2020-06-30') },
  ];
  const events = calendarEvents(items, { ownUnitId: 'btg', groupLink: (i) => `/ke-hoach/${i.planId}` });

  it('keeps the own unit’s deadline alone and groups the same deadline of other units', () => {
    expect(events.map((e) => [e.date, e.summary, e.total, e.closed, e.tone])).toEqual([
      ['2020-06-16', 'Hạn báo cáo 6 tháng đầu năm 2020 — KH 82-KH/TU', 1, 0, 'due-soon'],
      ['2020-06-16', 'Hạn báo cáo 6 tháng đầu năm 2020 — KH 82-KH/TU (2 đơn vị)', 2, 1, 'due-soon'],
      ['2020-06-30', 'Hạn báo cáo 6 tháng đầu năm 2020 — KH 82-KH/TU — Huyện ủy Tủa Chùa', 1, 0, 'due-soon'],
    ]);
  });

  it('gives stable ids and links to the item or the plan', () => {
    expect(events.map((e) => [e.uid.replace(/nhom-[0-9a-f]{8}/, 'nhom-*'), e.link])).toEqual([
      ['obligation-1@thucthi', '/bao-cao/1'],
      ['obligation-nhom-*@thucthi', '/ke-hoach/kh82'],
      ['obligation-4@thucthi', '/bao-cao/4'],
    ]);
    expect(calendarEvents(items, { ownUnitId: 'btg', groupLink: () => '' }).map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect(events[1]?.description).toContain('Chưa xong: Huyện ủy Mường Ảng');
  });
});
