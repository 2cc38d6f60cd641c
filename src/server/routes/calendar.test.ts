import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../testing/app.ts';
import { testBackends } from '../testing/db.ts';

interface EventView {
  uid: string;
  date: string;
  summary: string;
  total: number;
  tone: string;
  items: { unitName: string; code: string }[];
}

function parseFeed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, date: e.startDate.toString(), allDay: e.startDate.isDate, summary: e.summary, description: e.description, url: String(v.getFirstPropertyValue('url')) };
  });
}

describe.each(testBackends())('deadline calendar on %s', (backend) => {
  let t: TestApp;
  let reporter: Session;
  let coordinator: Session;
  const feedPath = (url: string) => new URL(url).pathname;

  beforeAll(async () => {
    t = await createTestApp(backend, { now: '2020-06-12T08:00:00+07:00', withPlan: true, config: { publicUrl: 'https://thucthi.dienbien.vn' } });
    reporter = await t.login('tuangiao.baocao');
    coordinator = await t.login('btg.dieuphoi');
  });
  afterAll(async () => t?.close());

  it('shows a unit its own deadlines, one by one', async () => {
    const res = await t.as(reporter, { method: 'GET', url: '/api/calendar?from=2020-06-01&to=2020-06-30' });
    expect(res.statusCode).toBe(200);
    const events = res.json().events as EventView[];
    expect(events.map((e) => [e.date, e.summary, e.total, e.tone])).toEqual([['2020-06-16', 'Hạn báo cáo 6 tháng đầu năm 2020 — KH 82-KH/TU', 1, 'due-soon']]);
  });

  it('shows the coordinating office the whole province, the same deadline of many units as one event', async () => {
    const june = (await t.as(coordinator, { method: 'GET', url: '/api/calendar?from=2020-06-01&to=2020-06-30' })).json().events as EventView[];
    expect(june.map((e) => [e.date, e.summary, e.total])).toEqual([
      ['2020-06-16', 'Hạn báo cáo 6 tháng đầu năm 2020 — KH 82-KH/TU (15 đơn vị)', 15],
      ['2020-06-16', 'Hạn báo cáo 6 tháng đầu năm 2020 — KH 82-KH/TU (6 đơn vị)', 6],
    ]);
    const december = (await t.as(coordinator, { method: 'GET', url: '/api/calendar?from=2019-12-01&to=2019-12-31' })).json().events as EventView[];
    // Ban Tuyên giáo's own yearly report stands alone; the duties due 31/12/2019 are grouped per duty.
    expect(december.find((e) => e.summary === 'Hạn báo cáo năm 2019 — KH 82-KH/TU')).toMatchObject({ date: '2019-12-17', total: 1 });
    expect(december.filter((e) => e.date === '2019-12-31').map((e) => e.total).sort((a, b) => a - b)).toEqual([2, 6, 15]);
    expect((await t.as(coordinator, { method: 'GET', url: '/api/calendar?from=2020-01-01&to=2021-03-01' })).json().error.code).toBe('VALIDATION_FAILED');
  });

  it('serves an iCalendar feed behind a secret URL: all-day events in the Vietnam date, stable ids, links to the items', async () => {
    const before = (await t.as(reporter, { method: 'GET', url: '/api/calendar/token' })).json();
    expect(before).toEqual({ active: false, createdAt: null });
    const created = (await t.as(reporter, { method: 'POST', url: '/api/calendar/token' })).json();
    expect(created.url).toMatch(/^https:\/\/thucthi\.dienbien\.vn\/api\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    const res = await t.app.inject({ method: 'GET', url: feedPath(created.url) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const events = parseFeed(res.body);
    expect(events.map((e) => [e.date, e.allDay, e.summary])).toEqual([
      ['2020-06-16', true, 'Hạn báo cáo 6 tháng đầu năm 2020 — KH 82-KH/TU'],
      ['2020-12-16', true, 'Hạn báo cáo 6 tháng cuối năm 2020 — KH 82-KH/TU'],
    ]);
    expect(events[0]?.url).toMatch(/^https:\/\/thucthi\.dienbien\.vn\/bao-cao\/[0-9a-f-]{36}$/);
    expect(events[0]?.description).toContain('Kế hoạch số 82-KH/TU');
    expect(events[0]?.description).toContain('Khóa sổ: 16/07/2020');
    const again = parseFeed((await t.app.inject({ method: 'GET', url: feedPath(created.url) })).body);
    expect(again.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect((await t.as(reporter, { method: 'GET', url: '/api/calendar/token' })).json().active).toBe(true);
  });

  it('answers 404, not 401, for an unknown, malformed, replaced or revoked token', async () => {
    const first = (await t.as(reporter, { method: 'POST', url: '/api/calendar/token' })).json();
    const second = (await t.as(reporter, { method: 'POST', url: '/api/calendar/token' })).json();
    expect((await t.app.inject({ method: 'GET', url: feedPath(first.url) })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: feedPath(second.url) })).statusCode).toBe(200);
    expect((await t.as(reporter, { method: 'DELETE', url: '/api/calendar/token' })).json()).toEqual({ revoked: 1 });
    const revoked = await t.app.inject({ method: 'GET', url: feedPath(second.url) });
    expect(revoked.statusCode).toBe(404);
    expect(revoked.json().error.code).toBe('NOT_FOUND');
    expect((await t.app.inject({ method: 'GET', url: `/api/calendar/feed/${'A'.repeat(43)}.ics` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/calendar/feed/khong-hop-le.ics' })).statusCode).toBe(404);
    expect((await t.as(reporter, { method: 'GET', url: '/api/calendar/token' })).json().active).toBe(false);
  });
});
