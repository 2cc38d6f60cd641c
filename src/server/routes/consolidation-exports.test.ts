/**
 * The files a coordinator sends: the consolidated report in Word opened by
 * LibreOffice (text checked, page 1 rendered to test-artifacts/ for a person
 * to look at), the Excel tables read back, a unit's own report in Word, and
 * an office's own template. LibreOffice is optional on a developer machine
 * (the test skips, saying so) and required where THUCTHI_REQUIRE_LIBREOFFICE
 * is set (CI).
 */
import { mkdirSync } from 'node:fs';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxToPdf, findPdftoppm, findSoffice, renderFirstPage } from '../exports/testing/libreoffice.ts';
import { createTestApp, type Session, type TestApp } from '../testing/app.ts';
import { testBackends } from '../testing/db.ts';

const FULL = { so_hoi_nghi: 2, luot_can_bo: 80, luot_dang_vien: 450, luot_nhan_dan: 1200, tong_dang_vien: 500, ty_le_dang_vien: 90 };
const ARTIFACTS = new URL('../../../test-artifacts/', import.meta.url);

const fileUpload = (name: string, bytes: Buffer, fields: Record<string, string> = {}) => {
  const b = '----tpl';
  const parts = Object.entries(fields).map(([k, v]) => Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  const head = Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  return { payload: Buffer.concat([...parts, head, bytes, Buffer.from(`\r\n--${b}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${b}` } };
};

const docxOf = async (...lines: string[]) => Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }] }));

describe.each(testBackends())('exports of consolidated reports on %s', (backend) => {
  let t: TestApp;
  let coordinator: Session;
  let tuanGiao: Session;
  let muongAng: Session;
  let id: string;
  let reviewId: string;
  let tgObligation: string;

  beforeAll(async () => {
    t = await createTestApp(backend, { now: '2020-06-20T09:00:00+07:00', withPlan: true });
    coordinator = await t.login('btg.dieuphoi');
    tuanGiao = await t.login('tuangiao.baocao');
    muongAng = await t.login('muongang.baocao');
    const inbox = (await t.as(coordinator, { method: 'GET', url: '/api/obligations' })).json().obligations as { id: string; unitName: string; periodId: string; planId: string }[];
    const ob = (unit: string) => inbox.find((o) => o.unitName === unit && o.periodId === '2020H1')?.id ?? '';
    const planId = inbox[0]?.planId ?? '';
    const areas = ((await t.as(coordinator, { method: 'GET', url: `/api/plans/${planId}/form` })).json().form.sections as { key: string }[]).map((s) => s.key).filter((k) => k.startsWith('area:'));
    tgObligation = ob('Huyện ủy Tuần Giáo');
    const reports: [Session, string, Record<string, string>, Record<string, number>][] = [
      [tuanGiao, tgObligation, { [areas[0] ?? '']: 'Ban Thường vụ Huyện ủy ban hành Kế hoạch số 45-KH/HU ngày 20/10/2019 thực hiện Kế hoạch số 82-KH/TU; tổ chức 2 hội nghị quán triệt cho 450 lượt đảng viên.', 'kho-khan': 'Kinh phí tổ chức hội nghị ở cơ sở còn hạn hẹp.' }, FULL],
      [muongAng, ob('Huyện ủy Mường Ảng'), { [areas[1] ?? '']: 'Lồng ghép giáo dục lý tưởng cách mạng trong sinh hoạt chi đoàn các trường học.', 'de-xuat': 'Đề nghị Ban Tuyên giáo Tỉnh ủy cấp thêm tài liệu tuyên truyền.' }, { ...FULL, so_hoi_nghi: 3, luot_dang_vien: 380, ty_le_dang_vien: 85 }],
    ];
    for (const [s, o, narratives, indicators] of reports) {
      const saved = await t.as(s, { method: 'PUT', url: `/api/obligations/${o}/report`, payload: { content: { narratives, indicators }, version: 0 } });
      await t.as(s, { method: 'POST', url: `/api/obligations/${o}/report/actions`, payload: { action: 'submit', version: saved.json().version } });
    }
    const created = (await t.as(coordinator, { method: 'POST', url: '/api/consolidations', payload: { planId, kind: 'period', period: '2020H1' } })).json();
    const frame = {
      ...created.frame,
      number: '125',
      date: '2020-06-22',
      signer: { prefix: 'K/T', body: 'TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', name: 'Lò Thị Hương' },
      recipients: ['Thường trực Tỉnh ủy (b/c)', 'Ban Thường vụ Tỉnh ủy (b/c)', 'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc'],
      archive: 'Lưu Văn phòng Ban',
    };
    const saved = await t.as(coordinator, {
      method: 'PUT',
      url: `/api/consolidations/${created.id}`,
      payload: { version: created.version, frame, sections: [{ key: 'phuong-huong', html: '<p>Tiếp tục chỉ đạo quán triệt, triển khai Kết luận số 51-KL/TW; đôn đốc các đơn vị chưa báo cáo.</p>' }] },
    });
    expect(saved.statusCode).toBe(200);
    id = created.id;
    reviewId = (await t.as(coordinator, { method: 'POST', url: '/api/consolidations', payload: { planId, kind: 'tong-ket' } })).json().id;
  });
  afterAll(async () => t?.close());

  it('opens in LibreOffice as a Party document: header, title, parts, Nơi nhận', async (ctx) => {
    const soffice = findSoffice();
    if (!soffice) {
      if (process.env.THUCTHI_REQUIRE_LIBREOFFICE) throw new Error('THUCTHI_REQUIRE_LIBREOFFICE is set but LibreOffice (soffice) is not installed');
      console.warn('LibreOffice (soffice) is not installed: skipping the test that opens the exported .docx.');
      ctx.skip();
      return;
    }
    const res = await t.as(coordinator, { method: 'GET', url: `/api/consolidations/${id}/export.docx` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toBe('attachment; filename="bao-cao-tong-hop_82-kh-tu_2020H1.docx"');
    const { text, pdf, pages } = await docxToPdf(soffice, res.rawPayload);
    for (const expected of [
      'TỈNH ỦY ĐIỆN BIÊN',
      'BAN TUYÊN GIÁO',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 125-BC/BTGTU',
      'Điện Biên, ngày 22 tháng 6 năm 2020',
      'BÁO CÁO',
      'kết quả thực hiện Kế hoạch số 82-KH/TU',
      'I- KẾT QUẢ THỰC HIỆN',
      'II- KHÓ KHĂN, VƯỚNG MẮC',
      'IV- PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
      'Huyện ủy Tuần Giáo:',
      'Biểu tổng hợp kết quả các chỉ tiêu',
      'Nơi nhận:',
      'K/T TRƯỞNG BAN',
      'Lò Thị Hương',
      'PHỤ LỤC',
    ]) {
      expect(text.replace(/\s+/g, ' ')).toContain(expected);
    }
    expect(pages).toBeGreaterThanOrEqual(2);
    const pdftoppm = findPdftoppm();
    if (pdftoppm && backend === testBackends()[0]) {
      mkdirSync(ARTIFACTS, { recursive: true });
      await renderFirstPage(pdftoppm, pdf, new URL('consolidated-report-page1.png', ARTIFACTS).pathname);
    }
  }, 120_000);

  it('exports the tables to Excel, which reads back with formats, frozen headers and sums', async () => {
    const res = await t.as(coordinator, { method: 'GET', url: `/api/consolidations/${id}/export.xlsx` });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Theo đơn vị', 'Chậm, chưa báo cáo']);
    const summary = book.getWorksheet('Tổng hợp');
    expect(summary?.getCell('A1').value).toMatch(/^BÁO CÁO kết quả thực hiện Kế hoạch số 82-KH\/TU/);
    expect(summary?.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(summary?.getRow(4).values).toEqual([undefined, 'TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả', 'Cách tính', 'Số đơn vị báo cáo']);
    expect([summary?.getCell('B5').value, summary?.getCell('D5').value, summary?.getCell('D5').numFmt]).toEqual(['Số hội nghị quán triệt, triển khai', 5, '#,##0']);
    expect([summary?.getCell('B10').value, summary?.getCell('D10').value, summary?.getCell('D10').numFmt]).toEqual(['Tỷ lệ đảng viên tham gia học tập, quán triệt', 87.5, '0.0"%"']);
    const byUnit = book.getWorksheet('Theo đơn vị');
    const rows = [5, 6, 7].map((r) => [byUnit?.getCell(r, 2).value, byUnit?.getCell(r, 3).value, byUnit?.getCell(r, 5).value]);
    expect(rows).toEqual([
      ['Huyện ủy Mường Ảng', 3, 380],
      ['Huyện ủy Tuần Giáo', 2, 450],
      ['Tổng cộng', 5, 830],
    ]);
    expect(byUnit?.getColumn(2).width).toBe(36);
    const late = book.getWorksheet('Chậm, chưa báo cáo');
    // Both reports came on 20/6, four days after the due date of 16/6; 19 units have not reported.
    expect(late?.rowCount).toBe(4 + 2 + 19);
    expect([late?.getCell('A5').value, late?.getCell('C5').value, late?.getCell('D5').value, late?.getCell('E5').value, late?.getCell('C5').numFmt]).toEqual([
      'Huyện ủy Mường Ảng',
      new Date(Date.UTC(2020, 5, 16)),
      new Date(Date.UTC(2020, 5, 20)),
      4,
      'dd/mm/yyyy',
    ]);
  });

  it('exports a tổng kết with a sheet per view', async () => {
    const res = await t.as(coordinator, { method: 'GET', url: `/api/consolidations/${reviewId}/export.xlsx` });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Theo kỳ', 'Theo đơn vị', 'Tỷ lệ báo cáo', 'Nhiệm vụ', 'Chậm, chưa báo cáo']);
    const docx = await t.as(coordinator, { method: 'GET', url: `/api/consolidations/${reviewId}/export.docx` });
    expect((await mammoth.extractRawText({ buffer: docx.rawPayload })).value).toContain('Tỷ lệ báo cáo qua các kỳ');
  });

  it('exports a saved version rather than the current text', async () => {
    const current = (await t.as(coordinator, { method: 'GET', url: `/api/consolidations/${id}` })).json();
    await t.as(coordinator, { method: 'POST', url: `/api/consolidations/${id}/versions`, payload: { version: current.version, note: 'Bản 1' } });
    await t.as(coordinator, { method: 'PUT', url: `/api/consolidations/${id}`, payload: { version: current.version + 1, sections: [{ key: 'phuong-huong', html: '<p>Bản sửa sau.</p>' }] } });
    const v1 = await t.as(coordinator, { method: 'GET', url: `/api/consolidations/${id}/export.docx?version=1` });
    const text = (await mammoth.extractRawText({ buffer: v1.rawPayload })).value;
    expect(text).toContain('đôn đốc các đơn vị chưa báo cáo');
    expect(text).not.toContain('Bản sửa sau.');
    expect(v1.headers['content-disposition']).toContain('_ban-1.docx');
  });

  it('exports a unit’s own report with the unit’s header, to the unit and the coordinator only', async () => {
    const res = await t.as(tuanGiao, { method: 'GET', url: `/api/obligations/${tgObligation}/report.docx` });
    expect(res.statusCode).toBe(200);
    const text = (await mammoth.extractRawText({ buffer: res.rawPayload })).value;
    for (const expected of ['ĐẢNG BỘ TỈNH ĐIỆN BIÊN', 'HUYỆN ỦY TUẦN GIÁO', 'Số      -BC/HU', 'Tuần Giáo, ngày', 'Huyện ủy Tuần Giáo báo cáo kết quả thực hiện 6 tháng đầu năm 2020', 'Ban Thường vụ Huyện ủy ban hành Kế hoạch số 45-KH/HU', 'Số hội nghị quán triệt, triển khai', 'Nơi nhận:']) {
      expect(text).toContain(expected);
    }
    expect((await t.as(muongAng, { method: 'GET', url: `/api/obligations/${tgObligation}/report.docx` })).statusCode).toBe(403);
    expect((await t.as(coordinator, { method: 'GET', url: `/api/obligations/${tgObligation}/report.docx` })).statusCode).toBe(200);
  });

  it('fills an office’s own template, refusing templates with code', async () => {
    const good = await docxOf('{{issuer}} — {{numberLine}}', '{{title}}', '{{FOR s IN sections}}', '{{$s.heading}}', '{{$s.text}}', '{{END-FOR s}}', '{{FOR u IN units}}{{$u.name}}: {{$u.values[0]}}; {{END-FOR u}}', '{{signer.authority}} {{signer.name}}');
    const uploaded = await t.as(coordinator, { method: 'POST', url: '/api/docx-templates', ...fileUpload('mau-btg.docx', good, { name: 'Mẫu báo cáo của Ban' }) });
    expect(uploaded.statusCode).toBe(200);
    expect(uploaded.json().name).toBe('Mẫu báo cáo của Ban');
    expect((await t.as(tuanGiao, { method: 'POST', url: '/api/docx-templates', ...fileUpload('x.docx', good) })).statusCode).toBe(403);
    const evil = await t.as(coordinator, { method: 'POST', url: '/api/docx-templates', ...fileUpload('evil.docx', await docxOf("{{this.constructor.constructor('return process')().exit()}}")) });
    expect(evil.statusCode).toBe(400);
    expect(evil.json().error.code).toBe('DOCX_TEMPLATE_INVALID');
    const notWord = await t.as(coordinator, { method: 'POST', url: '/api/docx-templates', ...fileUpload('mau.docx', Buffer.from('không phải Word')) });
    expect(notWord.json().error.code).toBe('DOCX_TEMPLATE_INVALID');
    const list = (await t.as(coordinator, { method: 'GET', url: '/api/docx-templates' })).json();
    expect(list.templates.map((x: { name: string; ownerName: string }) => [x.name, x.ownerName])).toEqual([['Mẫu báo cáo của Ban', 'Ban Tuyên giáo Tỉnh ủy']]);
    const filled = await t.as(coordinator, { method: 'GET', url: `/api/consolidations/${id}/export.docx?template=${uploaded.json().id}` });
    expect(filled.statusCode).toBe(200);
    const text = (await mammoth.extractRawText({ buffer: filled.rawPayload })).value;
    for (const expected of ['BAN TUYÊN GIÁO — Số 125-BC/BTGTU', 'I- KẾT QUẢ THỰC HIỆN', 'Huyện ủy Mường Ảng: 3;', 'K/T TRƯỞNG BAN Lò Thị Hương']) expect(text).toContain(expected);
    expect((await t.as(tuanGiao, { method: 'GET', url: '/api/docx-templates' })).json().templates).toEqual([]);
    expect((await t.as(coordinator, { method: 'DELETE', url: `/api/docx-templates/${uploaded.json().id}` })).statusCode).toBe(200);
    expect((await t.as(coordinator, { method: 'GET', url: `/api/consolidations/${id}/export.docx?template=${uploaded.json().id}` })).statusCode).toBe(404);
  });
});
