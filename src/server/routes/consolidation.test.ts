import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../testing/app.ts';
import { testBackends } from '../testing/db.ts';

interface Section {
  key: string;
  title: string;
  html: string;
  generatedHtml: string;
  baseGeneratedHtml: string | null;
  edited: boolean;
  stale: boolean;
}

const FULL = { so_hoi_nghi: 2, luot_can_bo: 80, luot_dang_vien: 450, luot_nhan_dan: 1200, tong_dang_vien: 500, ty_le_dang_vien: 90 };

/**
 * The flow of a coordinator: reports for 6 tháng đầu năm 2020 come in (two on
 * time thanks to an exception, due 30/6), a draft is made and edited, a late
 * report arrives (due 16/6, sent 20/6), the draft is refreshed without losing
 * the edit, a version is saved; and a sơ kết over two half-years.
 */
describe.each(testBackends())('consolidated reports on %s', (backend) => {
  let t: TestApp;
  let coordinator: Session;
  let viewer: Session;
  let tuanGiao: Session;
  let muongAng: Session;
  let mttq: Session;
  let planId: string;
  let area: string[];
  let consolidation: { id: string; version: number; content: { sections: Section[]; tables: Record<string, unknown> } };
  let obligation: (unit: string, period: string) => string;
  const section = (key: string) => consolidation.content.sections.find((s) => s.key === key);

  const submit = async (s: Session, id: string, narratives: Record<string, string>, indicators: Record<string, unknown> = FULL) => {
    const saved = await t.as(s, { method: 'PUT', url: `/api/obligations/${id}/report`, payload: { content: { narratives, indicators }, version: 0 } });
    expect(saved.statusCode).toBe(200);
    const sent = await t.as(s, { method: 'POST', url: `/api/obligations/${id}/report/actions`, payload: { action: 'submit', version: saved.json().version } });
    expect(sent.json()).toMatchObject({ status: 'submitted' });
    return sent.json().version as number;
  };

  beforeAll(async () => {
    t = await createTestApp(backend, { now: '2020-06-20T09:00:00+07:00', withPlan: true });
    coordinator = await t.login('btg.dieuphoi');
    viewer = await t.login('tinhuy.lanhdao');
    tuanGiao = await t.login('tuangiao.baocao');
    muongAng = await t.login('muongang.baocao');
    mttq = await t.login('mttq.baocao');
    const inbox = (await t.as(coordinator, { method: 'GET', url: '/api/obligations' })).json().obligations as { id: string; unitName: string; periodId: string; planId: string }[];
    obligation = (unit, period) => inbox.find((o) => o.unitName === unit && o.periodId === period)?.id ?? '';
    planId = inbox[0]?.planId ?? '';
    const form = (await t.as(coordinator, { method: 'GET', url: `/api/plans/${planId}/form` })).json();
    area = (form.form.sections as { key: string }[]).map((s) => s.key).filter((k) => k.startsWith('area:'));
    // Tuần Giáo and Mường Ảng were given until 30/6; their reports of 20/6 are on time.
    for (const unit of ['Huyện ủy Tuần Giáo', 'Huyện ủy Mường Ảng']) {
      const res = await t.as(coordinator, { method: 'POST', url: `/api/obligations/${obligation(unit, '2020H1')}/exception`, payload: { dueDate: '2020-06-30', lockDate: '2020-07-15', reason: 'Lũ quét', version: 1 } });
      expect(res.statusCode).toBe(200);
    }
    const tg = await submit(tuanGiao, obligation('Huyện ủy Tuần Giáo', '2020H1'), {
      [area[0] ?? '']: 'Ban Thường vụ Huyện ủy ban hành Kế hoạch số 45-KH/HU.\nTổ chức 2 hội nghị quán triệt.',
      'kho-khan': 'Kinh phí tổ chức hội nghị còn hạn hẹp.',
    });
    await t.as(coordinator, { method: 'POST', url: `/api/obligations/${obligation('Huyện ủy Tuần Giáo', '2020H1')}/report/actions`, payload: { action: 'accept', version: tg } });
    await submit(muongAng, obligation('Huyện ủy Mường Ảng', '2020H1'), { [area[1] ?? '']: 'Lồng ghép giáo dục lý tưởng trong sinh hoạt chi đoàn.', 'de-xuat': 'Đề nghị cấp tài liệu tuyên truyền.' }, { ...FULL, so_hoi_nghi: 3, ty_le_dang_vien: 85 });
  });
  afterAll(async () => t?.close());

  it('drafts the report of 2020H1 from the submitted and accepted reports', async () => {
    expect((await t.as(tuanGiao, { method: 'POST', url: '/api/consolidations', payload: { planId, kind: 'period', period: '2020H1' } })).statusCode).toBe(403);
    expect((await t.as(coordinator, { method: 'POST', url: '/api/consolidations', payload: { planId, kind: 'period' } })).json().error.code).toBe('VALIDATION_FAILED');
    expect((await t.as(coordinator, { method: 'POST', url: '/api/consolidations', payload: { planId, kind: 'period', period: '2031H1' } })).json().error.code).toBe('CONSOLIDATION_NO_PERIODS');
    const res = await t.as(coordinator, { method: 'POST', url: '/api/consolidations', payload: { planId, kind: 'period', period: '2020H1' } });
    expect(res.statusCode).toBe(200);
    consolidation = res.json();
    const body = res.json();
    expect(body.title).toBe(
      'kết quả thực hiện Kế hoạch số 82-KH/TU ngày 27/8/2019 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 51-KL/TW, ngày 30/5/2019 của Ban Bí thư, 6 tháng đầu năm 2020',
    );
    expect(body.issuer.name).toBe('Ban Tuyên giáo Tỉnh ủy');
    expect(body.frame).toMatchObject({ superior: 'TỈNH ỦY ĐIỆN BIÊN', issuer: 'BAN TUYÊN GIÁO', symbol: 'BC/BTGTU', place: 'Điện Biên', number: null });
    expect(section(area[0] ?? '')?.html).toBe('<p><strong>Huyện ủy Tuần Giáo:</strong> Ban Thường vụ Huyện ủy ban hành Kế hoạch số 45-KH/HU.</p><p>Tổ chức 2 hội nghị quán triệt.</p>');
    expect(section(area[1] ?? '')?.html).toBe('<p><strong>Huyện ủy Mường Ảng:</strong> Lồng ghép giáo dục lý tưởng trong sinh hoạt chi đoàn.</p>');
    expect(section('kho-khan')?.html).toContain('<strong>Huyện ủy Tuần Giáo:</strong> Kinh phí');
    const tables = body.content.tables;
    expect(tables.rate).toMatchObject({ expected: 21, submitted: 2, onTime: 2 });
    expect(tables.late).toEqual([]);
    expect(tables.missing).toHaveLength(19);
    expect(tables.indicators.find((x: { code: string }) => x.code === 'so_hoi_nghi')).toMatchObject({ value: 5, reporting: 2 });
    expect(tables.indicators.find((x: { code: string }) => x.code === 'ty_le_dang_vien')).toMatchObject({ value: 87.5, reporting: 2 });
    expect(body.abilities).toEqual({ edit: true });
  });

  it('lets leaders read it, not the units', async () => {
    const asViewer = await t.as(viewer, { method: 'GET', url: `/api/consolidations/${consolidation.id}` });
    expect(asViewer.statusCode).toBe(200);
    expect(asViewer.json().abilities).toEqual({ edit: false });
    const asUnit = await t.as(muongAng, { method: 'GET', url: `/api/consolidations/${consolidation.id}` });
    expect(asUnit.statusCode).toBe(403);
    expect((await t.as(viewer, { method: 'PUT', url: `/api/consolidations/${consolidation.id}`, payload: { version: 1, sections: [] } })).statusCode).toBe(403);
  });

  it('saves an edited section, sanitised to the allowed tags', async () => {
    const res = await t.as(coordinator, {
      method: 'PUT',
      url: `/api/consolidations/${consolidation.id}`,
      payload: { version: consolidation.version, sections: [{ key: area[0], html: '<p onclick="x()">Các huyện ủy đã <b>ban hành kế hoạch</b><script>alert(1)</script><img src=x onerror=y>.</p>' }] },
    });
    expect(res.statusCode).toBe(200);
    consolidation = res.json();
    expect(section(area[0] ?? '')).toMatchObject({ html: '<p>Các huyện ủy đã <strong>ban hành kế hoạch</strong>.</p>', edited: true, stale: false });
    expect(consolidation.version).toBe(2);
  });

  it('refuses an edit based on an older version, answering with the current one', async () => {
    const res = await t.as(coordinator, { method: 'PUT', url: `/api/consolidations/${consolidation.id}`, payload: { version: 1, sections: [{ key: area[1], html: '<p>ghi đè</p>' }] } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('VERSION_CONFLICT');
    expect(res.json().error.details.current.version).toBe(2);
    expect(res.json().error.details.current.content.sections.find((s: Section) => s.key === area[0]).html).toContain('ban hành kế hoạch');
    const unknown = await t.as(coordinator, { method: 'PUT', url: `/api/consolidations/${consolidation.id}`, payload: { version: 2, sections: [{ key: 'khong-co', html: '<p>x</p>' }] } });
    expect(unknown.json().error.code).toBe('CONSOLIDATION_SECTION_UNKNOWN');
  });

  it('refreshes after a late report: keeps the edit (flagged stale) and adds the late unit elsewhere', async () => {
    await submit(mttq, obligation('Ủy ban MTTQ Việt Nam tỉnh', '2020H1'), {
      [area[0] ?? '']: 'Mặt trận hướng dẫn các tổ chức thành viên.',
      [area[1] ?? '']: 'Tuyên truyền trên trang thông tin điện tử của Mặt trận.',
    });
    const res = await t.as(coordinator, { method: 'POST', url: `/api/consolidations/${consolidation.id}/refresh`, payload: { version: consolidation.version } });
    expect(res.statusCode).toBe(200);
    consolidation = res.json();
    expect(section(area[0] ?? '')).toMatchObject({ html: '<p>Các huyện ủy đã <strong>ban hành kế hoạch</strong>.</p>', edited: true, stale: true });
    expect(section(area[0] ?? '')?.generatedHtml).toContain('<strong>Ủy ban MTTQ Việt Nam tỉnh:</strong> Mặt trận hướng dẫn');
    expect(section(area[1] ?? '')?.html).toBe(
      '<p><strong>Huyện ủy Mường Ảng:</strong> Lồng ghép giáo dục lý tưởng trong sinh hoạt chi đoàn.</p><p><strong>Ủy ban MTTQ Việt Nam tỉnh:</strong> Tuyên truyền trên trang thông tin điện tử của Mặt trận.</p>',
    );
    expect(res.json().staleSections).toEqual([area[0]]);
    const tables = res.json().content.tables;
    expect(tables.late).toEqual([expect.objectContaining({ unitName: 'Ủy ban MTTQ Việt Nam tỉnh', dueDate: '2020-06-16', submittedOn: '2020-06-20', daysLate: 4 })]);
    expect(tables.rate).toMatchObject({ submitted: 3, onTime: 2 });
    expect(tables.indicators.find((x: { code: string }) => x.code === 'so_hoi_nghi').value).toBe(7);
  });

  it('fills the frame and saves named, immutable versions', async () => {
    const frame = {
      superior: 'TỈNH ỦY ĐIỆN BIÊN',
      issuer: 'BAN TUYÊN GIÁO',
      number: '125',
      symbol: 'BC/BTGTU',
      place: 'Điện Biên',
      date: '2020-06-22',
      signer: { prefix: 'K/T', body: 'TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', name: 'Lò Thị Hương' },
      recipients: ['Thường trực Tỉnh ủy (b/c)', 'Ban Thường vụ Tỉnh ủy (b/c)', 'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc'],
      archive: 'Lưu Văn phòng Ban',
    };
    const saved = await t.as(coordinator, { method: 'PUT', url: `/api/consolidations/${consolidation.id}`, payload: { version: consolidation.version, frame, sections: [{ key: 'phuong-huong', html: '<ul><li>Tiếp tục quán triệt Kết luận số 51-KL/TW.</li></ul>' }] } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().frame).toEqual(frame);
    const v1 = await t.as(coordinator, { method: 'POST', url: `/api/consolidations/${consolidation.id}/versions`, payload: { version: saved.json().version, note: 'Bản trình Thường trực Tỉnh ủy' } });
    expect(v1.json()).toMatchObject({ number: 1, note: 'Bản trình Thường trực Tỉnh ủy' });
    consolidation = (await t.as(coordinator, { method: 'GET', url: `/api/consolidations/${consolidation.id}` })).json();
    expect(consolidation).toMatchObject({ versionCount: 1, version: v1.json().version });
    const list = (await t.as(viewer, { method: 'GET', url: `/api/consolidations/${consolidation.id}/versions` })).json();
    expect(list.versions.map((v: { number: number; createdByName: string }) => [v.number, v.createdByName])).toEqual([[1, 'Nguyễn Thị Hoa (Ban Tuyên giáo)']]);
    const read = (await t.as(viewer, { method: 'GET', url: `/api/consolidations/${consolidation.id}/versions/1` })).json();
    expect(read.frame.number).toBe('125');
    expect(read.title).toMatch(/^kết quả thực hiện Kế hoạch số 82-KH\/TU/);
    await expect(t.database.db.execute(sql`UPDATE consolidation_versions SET note = 'sửa' WHERE number = 1`)).rejects.toThrow();
    expect((await t.as(coordinator, { method: 'GET', url: `/api/consolidations/${consolidation.id}/versions/9` })).statusCode).toBe(404);
  });

  it('drafts a sơ kết over two half-years with trends, rates and duties', async () => {
    const tg = obligation('Huyện ủy Tuần Giáo', '2019H2');
    await t.as(coordinator, { method: 'POST', url: `/api/obligations/${tg}/exception`, payload: { dueDate: '2020-06-30', lockDate: '2020-07-15', reason: 'Bổ sung', version: 1 } });
    await submit(tuanGiao, tg, { [area[0] ?? '']: 'Xây dựng kế hoạch thực hiện.' }, { ...FULL, so_hoi_nghi: 1 });
    const res = await t.as(coordinator, { method: 'POST', url: '/api/consolidations', payload: { planId, kind: 'so-ket', periodFrom: '2019H2', periodTo: '2020H1' } });
    expect(res.statusCode).toBe(200);
    const review = res.json();
    expect(review.title).toMatch(/^sơ kết 1 năm thực hiện Kế hoạch số 82-KH\/TU/);
    expect(review.periodLabel).toBe('6 tháng cuối năm 2019 – 6 tháng đầu năm 2020');
    const tables = review.content.tables;
    expect(tables.periods.map((p: { periodId: string }) => p.periodId)).toEqual(['2019H2', '2020H1']);
    expect(tables.rates.map((r: { submitted: number }) => r.submitted)).toEqual([1, 3]);
    expect(tables.trends.find((x: { code: string }) => x.code === 'so_hoi_nghi')).toMatchObject({ perPeriod: [1, 7], total: 8 });
    const counts = Object.values(tables.duties.counts as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(counts).toBeGreaterThan(0);
    expect(review.content.sections.find((s: Section) => s.key === area[0]).html).toContain('<strong>Huyện ủy Tuần Giáo (6 tháng cuối năm 2019):</strong> Xây dựng kế hoạch thực hiện.');
    const list = (await t.as(viewer, { method: 'GET', url: `/api/plans/${planId}/consolidations` })).json();
    expect(list.consolidations.map((c: { kind: string }) => c.kind).sort()).toEqual(['period', 'so-ket']);
    expect((await t.as(muongAng, { method: 'GET', url: `/api/plans/${planId}/consolidations` })).statusCode).toBe(403);
  });
});
