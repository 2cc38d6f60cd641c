import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CivilDate } from '../../core/civil-date.ts';
import { emptyCounts, rollUp, summarize, type FactCounts } from '../../core/dashboard/index.ts';
import { dutyStatus } from '../../core/duty/index.ts';
import { duties, units, users } from '../db/schema/index.ts';
import { inTransaction } from '../db/uow.ts';
import { createTestApp, type Session, type TestApp } from '../testing/app.ts';
import { testBackends } from '../testing/db.ts';

const d = (s: string) => s as CivilDate;
const TODAY = d('2020-06-12');
const report = (so_hoi_nghi: number, luot_dang_vien: number, tong_dang_vien: number, ty_le_dang_vien: number) => ({
  so_hoi_nghi,
  luot_can_bo: 40,
  luot_dang_vien,
  luot_nhan_dan: 500,
  tong_dang_vien,
  ty_le_dang_vien,
});

interface Summarized {
  duties: { total: number; byStatus: Record<string, number> };
  reporting: { expected: number; submitted: number; onTime: number; rate: number | null };
  overdue: { duties: number; obligations: number; total: number };
}
const brief = (s: Summarized) => [s.duties.total, s.duties.byStatus['qua-han'], s.reporting.expected, s.reporting.submitted, s.overdue.total];

describe.each(testBackends())('plan dashboard on %s', (backend) => {
  let t: TestApp;
  let coordinator: Session;
  let planId: string;
  const unit = (key: string) => t.units.get(key) ?? '';
  const get = async (s: Session, url: string) => {
    const res = await t.as(s, { method: 'GET', url });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    t = await createTestApp(backend, { now: '2020-06-12T08:00:00+07:00', withPlan: true });
    coordinator = await t.login('btg.dieuphoi');
    const db = t.database.db;
    const dutyOf = async (key: string, kind: string) => {
      const [row] = await db.select().from(duties).where(and(eq(duties.unitId, unit(key)), eq(duties.kind, kind as 'sub-plan')));
      if (!row) throw new Error(`no ${kind} duty of ${key}`);
      return row;
    };
    planId = (await dutyOf('h-tg', 'sub-plan')).planId;
    const tgPlan = await dutyOf('h-tg', 'sub-plan');
    const tgSpread = await dutyOf('h-tg', 'disseminate');
    const maGuide = await dutyOf('h-ma', 'guide-inspect');
    const maSpread = await dutyOf('h-ma', 'disseminate');
    await inTransaction(db, null, async (work) => {
      // Tuần Giáo adopted its own plan late (due 31/12/2019) and has begun disseminating;
      // Mường Ảng finished its inspections and is late with its dissemination (due 1/6/2020).
      await work.write.update(duties, tgPlan.id, { completedOn: d('2020-03-02'), progress: 100 });
      await work.write.update(duties, tgSpread.id, { startedOn: d('2020-05-20'), progress: 40 });
      await work.write.update(duties, maGuide.id, { completedOn: d('2020-05-15'), progress: 100 });
      await work.write.update(duties, maSpread.id, { deadline: d('2020-06-01') });
      const [ma] = await work.read.select().from(users).where(eq(users.username, 'muongang.baocao'));
      if (ma) await work.write.update(users, ma.id, { email: 'tuan@muongang.vn' });
    });
    // Three units sent their report for the first half of 2020 (due 16/6): on time.
    const submit = async (username: string, indicators: Record<string, number>, narratives: Record<string, string>) => {
      const s = await t.login(username);
      const inbox = (await get(s, '/api/obligations')).obligations as { id: string; periodId: string }[];
      const id = inbox.find((o) => o.periodId === '2020H1')?.id ?? '';
      const saved = await t.as(s, { method: 'PUT', url: `/api/obligations/${id}/report`, payload: { content: { narratives, indicators }, version: 0 } });
      const sent = await t.as(s, { method: 'POST', url: `/api/obligations/${id}/report/actions`, payload: { action: 'submit', version: saved.json().version } });
      expect(sent.json().status).toBe('submitted');
    };
    const areas = (await get(coordinator, `/api/plans/${planId}/dashboard`)).contentAreas as { id: string }[];
    const [a1, a2] = areas.map((a) => `area:${a.id}`);
    await submit('tuangiao.baocao', report(2, 450, 500, 90), { [a1 ?? '']: 'Đã lãnh đạo, chỉ đạo', [a2 ?? '']: 'Đã giáo dục lý tưởng' });
    await submit('muongang.baocao', report(3, 300, 400, 75), { [a1 ?? '']: 'Đã ban hành văn bản' });
    await submit('mttq.baocao', report(1, 100, 120, 80), {});
  });
  afterAll(async () => t?.close());

  it('counts duties by status, the reporting rate per period with its trend, and what is overdue', async () => {
    const s = await get(coordinator, `/api/plans/${planId}/dashboard?period=2020H1`);
    expect(s.plan.number).toBe('82-KH/TU');
    expect(s.filters).toMatchObject({ periodId: '2020H1', periodLabel: '6 tháng đầu năm 2020' });
    expect(s.duties).toEqual({ total: 68, byStatus: { 'chua-thuc-hien': 41, 'dang-thuc-hien': 1, 'hoan-thanh-dung-han': 1, 'hoan-thanh-qua-han': 1, 'qua-han': 24 } });
    expect(s.reporting).toEqual({ expected: 21, submitted: 3, onTime: 3, rate: 14.3, onTimeRate: 14.3 });
    expect(s.overdue).toEqual({ duties: 24, obligations: 0, total: 24 });
    expect(s.dutiesOnTrack).toBe(64.7);
    expect(s.periods.map((p: { periodId: string; expected: number; submitted: number; rate: number; delta: number | null; open: boolean }) => [p.periodId, p.expected, p.submitted, p.rate, p.delta, p.open])).toEqual([
      ['2019H2', 21, 0, 0, null, false],
      ['2020H1', 21, 3, 14.3, 14.3, true],
      ['2019', 1, 0, 0, null, false],
      ['2020', 1, 0, 0, 0, true],
    ]);
    // Without a period: the last one whose window closed (2019H2, before the year 2019 that closed the same day).
    expect((await get(coordinator, `/api/plans/${planId}/dashboard`)).filters.periodId).toBe('2019H2');
    // A unit's subtree.
    const tg = await get(coordinator, `/api/plans/${planId}/dashboard?period=2020H1&unitId=${unit('h-tg')}`);
    expect(brief(tg)).toEqual([3, 0, 1, 1, 0]);
  });

  it('drills down province → group → district → its items, the parts adding up to the whole', async () => {
    const top = await get(coordinator, `/api/plans/${planId}/dashboard/drill?period=2020H1`);
    expect(top.node).toMatchObject({ kind: 'unit', id: unit('tinh-uy'), name: 'Tỉnh ủy Điện Biên' });
    expect(brief(top.node)).toEqual([68, 24, 21, 3, 24]);
    expect(top.children.map((c: Summarized & { kind: string; name: string }) => [c.kind, c.name, ...brief(c)])).toEqual([
      ['group', 'Các huyện ủy, thị ủy, thành ủy', 30, 10, 10, 2, 10],
      ['group', 'Các đảng ủy trực thuộc tỉnh', 15, 5, 5, 0, 5],
      ['group', 'Các đoàn thể tỉnh', 10, 5, 5, 0, 5],
      ['unit', 'Ban Tuyên giáo Tỉnh ủy', 3, 1, 0, 0, 1],
      ['unit', 'Đảng đoàn HĐND tỉnh', 3, 1, 0, 0, 1],
      ['unit', 'Ban cán sự đảng UBND tỉnh', 4, 1, 0, 0, 1],
      ['unit', 'Sở Giáo dục và Đào tạo', 1, 0, 0, 0, 0],
      ['unit', 'Ủy ban MTTQ Việt Nam tỉnh', 2, 1, 1, 1, 1],
    ]);
    const sum = top.children.reduce((n: number, c: Summarized) => n + c.duties.total, 0);
    expect(sum).toBe(top.node.duties.total);

    const districts = top.children[0];
    const group = await get(coordinator, `/api/plans/${planId}/dashboard/drill?period=2020H1&node=${districts.id}`);
    expect(group.path.map((p: { name: string }) => p.name)).toEqual(['Tỉnh ủy Điện Biên', 'Các huyện ủy, thị ủy, thành ủy']);
    expect(brief(group.node)).toEqual([30, 10, 10, 2, 10]);
    expect(group.children).toHaveLength(10);
    expect(group.children.find((c: { name: string }) => c.name === 'Huyện ủy Mường Ảng')).toMatchObject({ duties: { total: 3, byStatus: { 'qua-han': 2, 'hoan-thanh-dung-han': 1 } }, reporting: { expected: 1, submitted: 1 } });

    const district = await get(coordinator, `/api/plans/${planId}/dashboard/drill?period=2020H1&node=${unit('h-tg')}`);
    expect(district.path.map((p: { name: string }) => p.name)).toEqual(['Tỉnh ủy Điện Biên', 'Huyện ủy Tuần Giáo']);
    expect(district.children).toEqual([]);
    expect(district.items.map((i: { kind: string; code: string; daysOverdue: number; title: string }) => [i.kind, i.code, i.daysOverdue]).sort()).toEqual(
      [
        ['duty', 'hoan-thanh-qua-han', 62],
        ['duty', 'dang-thuc-hien', 0],
        ['duty', 'chua-thuc-hien', 0],
        ['obligation', 'locked', 178],
        ['obligation', 'submitted-on-time', 0],
      ].sort(),
    );
  });

  it('pins the SQL roll-up to the core roll-up on the seeded tree', async () => {
    const db = t.database.db;
    const tree = await db.select({ id: units.id, parentId: units.parentId }).from(units);
    const own = new Map<string, FactCounts>();
    for (const row of await db.select().from(duties).where(eq(duties.planId, planId))) {
      const c = own.get(row.unitId) ?? emptyCounts();
      c.duties[dutyStatus(row, { today: TODAY })]++;
      own.set(row.unitId, c);
    }
    const core = rollUp(tree, own);
    const top = await get(coordinator, `/api/plans/${planId}/dashboard/drill?period=2020H1`);
    expect(top.node.duties).toEqual(summarize(core.get(unit('tinh-uy')) ?? emptyCounts()).duties);
  });

  it('lays out units × duties and reports with status codes to colour', async () => {
    const m = await get(coordinator, `/api/plans/${planId}/dashboard/matrix?period=2020H1`);
    expect(m.rows).toHaveLength(25);
    const tg = m.rows.find((r: { unitName: string }) => r.unitName === 'Huyện ủy Tuần Giáo');
    const cell = (title: RegExp) => tg.cells[m.columns.findIndex((c: { title: string }) => title.test(c.title))];
    expect(cell(/^Xây dựng chương trình/)).toMatchObject({ code: 'hoan-thanh-qua-han', tone: 'done-late' });
    expect(m.columns.filter((c: { kind: string }) => c.kind === 'obligation').map((c: { title: string }) => c.title)).toEqual(['Báo cáo 6 tháng đầu năm 2020', 'Báo cáo 6 tháng đầu năm 2020']);
    expect(tg.cells.filter((c: { code: string } | null) => c?.code === 'submitted-on-time')).toHaveLength(1);
    expect(m.legend.find((l: { code: string }) => l.code === 'qua-han')).toEqual({ code: 'qua-han', label: 'Quá hạn (chưa hoàn thành)', tone: 'overdue' });
  });

  it('lists what is overdue, most overdue first, with the people responsible', async () => {
    const o = await get(coordinator, `/api/plans/${planId}/dashboard/overdue`);
    expect(o.items).toHaveLength(24);
    expect(o.items[0]).toMatchObject({ kind: 'duty', unitName: 'Ban Tuyên giáo Tỉnh ủy', daysOverdue: 225, responsible: [] });
    const ma = o.items.filter((i: { unitName: string }) => i.unitName === 'Huyện ủy Mường Ảng');
    expect(ma.map((i: { daysOverdue: number }) => i.daysOverdue)).toEqual([164, 11]);
    expect(ma[0].responsible).toEqual([{ userId: expect.any(String), name: 'Cà Văn Tuấn (Huyện ủy Mường Ảng)', role: 'reporter', email: 'tuan@muongang.vn' }]);
  });

  it('gives indicator values by unit and period, ready for charts', async () => {
    const ind = await get(coordinator, `/api/plans/${planId}/dashboard/indicators`);
    expect(ind.periods).toEqual([{ periodId: '2020H1', label: '6 tháng đầu năm 2020' }]);
    const byCode = (code: string) => ind.indicators.find((i: { code: string }) => i.code === code);
    expect(byCode('so_hoi_nghi')).toMatchObject({ label: 'Số hội nghị quán triệt, triển khai', aggregate: 'sum', totals: [6] });
    expect(byCode('ty_le_dang_vien')).toMatchObject({ aggregate: 'mean', totals: [81.7] });
    expect(byCode('so_hoi_nghi').series.map((s: { unitName: string; values: number[] }) => [s.unitName, s.values])).toEqual([
      ['Huyện ủy Mường Ảng', [3]],
      ['Huyện ủy Tuần Giáo', [2]],
      ['Ủy ban MTTQ Việt Nam tỉnh', [1]],
    ]);
  });

  it('counts the reports that wrote on each content area', async () => {
    const a = await get(coordinator, `/api/plans/${planId}/dashboard/areas?period=2020H1`);
    expect(a.submitted).toBe(3);
    expect(a.areas.map((x: { number: string; covered: number; rate: number }) => [x.number, x.covered, x.rate])).toEqual([
      ['1', 2, 66.7],
      ['2', 1, 33.3],
      ['3', 0, 0],
      ['4', 0, 0],
      ['5', 0, 0],
      ['6', 0, 0],
    ]);
    const one = await get(coordinator, `/api/plans/${planId}/dashboard/areas?period=2020H1&contentAreaId=${a.areas[0].id}`);
    expect(one.units.map((u: { unitName: string; covered: boolean }) => [u.unitName, u.covered])).toEqual([
      ['Huyện ủy Mường Ảng', true],
      ['Huyện ủy Tuần Giáo', true],
      ['Ủy ban MTTQ Việt Nam tỉnh', false],
    ]);
  });

  it('shows a district only its own subtree', async () => {
    const reporter = await t.login('muongang.baocao');
    const s = await get(reporter, `/api/plans/${planId}/dashboard?period=2020H1`);
    expect(brief(s)).toEqual([3, 2, 1, 1, 2]);
    const drill = await get(reporter, `/api/plans/${planId}/dashboard/drill?period=2020H1`);
    expect(drill.node.name).toBe('Huyện ủy Mường Ảng');
    expect((await t.as(reporter, { method: 'GET', url: `/api/plans/${planId}/dashboard/drill?node=${unit('h-tg')}` })).statusCode).toBe(403);
  });

  it('gives leadership every plan’s score and the units behind everywhere', async () => {
    const viewer = await t.login('tinhuy.lanhdao');
    const l = await get(viewer, '/api/dashboard/leadership');
    expect(l.plans).toHaveLength(1);
    expect(l.plans[0]).toMatchObject({ number: '82-KH/TU', dutiesOnTrack: 64.7, lastClosedPeriod: { periodId: '2019H2' }, reporting: { expected: 21, submitted: 0, rate: 0 }, overdue: { total: 24 } });
    expect(l.plans[0].score).toBeCloseTo(32.4, 1);
    expect(l.unitsBehind[0]).toEqual({ unitId: unit('h-ma'), unitName: 'Huyện ủy Mường Ảng', overdueDuties: 2, overdueObligations: 0, total: 2, plans: 1 });
    expect(l.unitsBehind).toHaveLength(23);
  });

  it('downloads every table as .xlsx with Vietnamese headers and a frozen header row', async () => {
    const views = ['status', 'rates', 'matrix', 'drill', 'indicators', 'overdue', 'areas'];
    for (const view of views) {
      const res = await t.as(coordinator, { method: 'GET', url: `/api/plans/${planId}/dashboard.xlsx?view=${view}&period=2020H1` });
      expect(res.statusCode, `${view}: ${res.body.slice(0, 200)}`).toBe(200);
      expect(res.headers['content-disposition']).toBe(`attachment; filename="bang-dieu-khien-82-KH-TU-${view}.xlsx"`);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = book.worksheets[0];
      expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet?.getRow(1).font?.bold).toBe(true);
      if (view === 'status') {
        expect(sheet?.getRow(1).values).toEqual([undefined, 'Tình trạng', 'Số nhiệm vụ', 'Tỷ lệ (%)']);
        expect(sheet?.getRow(6).values).toEqual([undefined, 'Quá hạn (chưa hoàn thành)', 24, 35.3]);
      }
      if (view === 'overdue') expect(sheet?.getRow(2).getCell(2).value).toBe('Ban Tuyên giáo Tỉnh ủy');
    }
    const lead = await t.as(coordinator, { method: 'GET', url: '/api/dashboard/leadership.xlsx?view=units' });
    expect(lead.statusCode).toBe(200);
    expect((await t.as(coordinator, { method: 'GET', url: `/api/plans/${planId}/dashboard.xlsx?view=khac` })).statusCode).toBe(400);
  });
});
