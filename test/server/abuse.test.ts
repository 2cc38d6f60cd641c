/**
 * Hostile input: every attack gets a clear 4xx with a stable code, nothing is
 * stored that should not be, nothing is executed, and the server stays up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachments, planImports, units } from '../../src/server/db/schema/index.ts';
import { makeZipBomb, SCANNED_PDF_FIXTURE_PATH } from '../../src/server/ingest/testing/documents.ts';
import { createTestApp, type Session, type TestApp } from '../../src/server/testing/app.ts';
import { testBackends } from '../../src/server/testing/db.ts';

const PAYLOADS = [
  "'; DROP TABLE units; --",
  "' OR '1'='1",
  'Robert"); DELETE FROM reports; --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '${7*7} {{7*7}} %s %n',
  '\u0000NUL giữa chuỗi',
  '../../../../etc/passwd',
];

function upload(field: string, name: string, bytes: Uint8Array, fields: Record<string, string> = {}) {
  const b = '----abuse';
  const head = Object.entries(fields).map(([k, v]) => `--${b}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join('');
  const payload = Buffer.concat([
    Buffer.from(`${head}--${b}\r\nContent-Disposition: form-data; name="${field}"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    Buffer.from(bytes),
    Buffer.from(`\r\n--${b}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${b}` } };
}

const countFiles = (dir: string) => {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  } catch {
    return 0;
  }
};

describe.each(testBackends())('hostile input on %s', (backend) => {
  let t: TestApp;
  let coordinator: Session;
  let reporter: Session;
  let dutyId = '';
  beforeAll(async () => {
    t = await createTestApp(backend, { now: '2020-06-10T09:00:00+07:00', withPlan: true, config: { maxUploadBytes: 256 * 1024 } });
    coordinator = await t.login('btg.dieuphoi');
    reporter = await t.login('tuangiao.baocao');
    dutyId = (await t.as(reporter, { method: 'GET', url: '/api/duties' })).json().duties[0].id;
  });
  afterAll(async () => t?.close());

  const stored = async () => ({ imports: await t.database.db.$count(planImports), attachments: await t.database.db.$count(attachments), files: countFiles(t.config.filesDir) });

  it.each([
    ['a zip-bomb .docx', async () => upload('file', 'ke-hoach.docx', await makeZipBomb(200 * 1024 * 1024)), 'DOCX_TOO_LARGE_UNCOMPRESSED'],
    ['an oversized upload', async () => upload('file', 'lon.txt', Buffer.alloc(300 * 1024, 'a')), 'FILE_TOO_LARGE'],
    ['a binary file named .txt', async () => upload('file', 'ke-hoach.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))), 'BINARY_NOT_TEXT'],
    ['a PDF without text', async () => upload('file', 'ban-chup.pdf', readFileSync(SCANNED_PDF_FIXTURE_PATH)), 'PDF_NEEDS_OCR'],
  ])('refuses %s as a plan document, storing nothing', async (_name, make, code) => {
    const before = await stored();
    const res = await t.as(coordinator, { method: 'POST', url: '/api/imports', ...(await make()) });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.json().error.code).toBe(code);
    expect(res.json().error.message.length).toBeGreaterThan(10);
    expect(await stored()).toEqual(before);
  });

  it('refuses an executable disguised as evidence, storing nothing', async () => {
    const before = await stored();
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), Buffer.alloc(4000, 0x41)]);
    const res = await t.as(reporter, { method: 'POST', url: `/api/duties/${dutyId}/updates`, ...upload('files', 'minh-chung.pdf', exe, { text: 'x', progress: '10', version: '1' }) });
    expect(res.json().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(await stored()).toEqual(before);
  });

  it('keeps a path-traversal file name as a plain name, stored under its hash', async () => {
    const duty = (await t.as(reporter, { method: 'GET', url: `/api/duties/${dutyId}` })).json();
    const res = await t.as(reporter, { method: 'POST', url: `/api/duties/${dutyId}/updates`, ...upload('files', '../../../etc/passwd', Buffer.from('nội dung'), { text: 'Cập nhật', progress: '20', version: String(duty.duty.version) }) });
    expect(res.statusCode).toBe(200);
    const detail = (await t.as(reporter, { method: 'GET', url: `/api/duties/${dutyId}` })).json();
    const file = detail.updates[0].attachments[0];
    expect(file.fileName).toBe('passwd');
    const download = await t.as(reporter, { method: 'GET', url: `/api/attachments/${file.id}` });
    expect(download.headers['content-disposition']).toContain('passwd');
    expect(download.headers['content-disposition']).not.toContain('..');
  });

  it.each(PAYLOADS)('stores %j literally in every text field, executes nothing', async (payload) => {
    const root = t.units.get('tinh-uy');
    const unitsBefore = await t.database.db.$count(units);
    const unit = await t.as(coordinator, { method: 'POST', url: '/api/registry/units', payload: { parentId: root, kind: 'khac', name: `Đơn vị ${payload}`, shortName: payload.slice(0, 90), aliases: [payload] } });
    if (payload.includes('\u0000')) {
      // PostgreSQL text cannot hold NUL: refused as bad input, not as a crash.
      expect(unit.statusCode).toBe(400);
      return;
    }
    expect(unit.statusCode).toBe(200);
    expect(unit.json().name).toBe(`Đơn vị ${payload}`);
    expect(await t.database.db.$count(units)).toBe(unitsBefore + 1);
    const group = await t.as(coordinator, { method: 'POST', url: '/api/registry/groups', payload: { ownerUnitId: root, name: payload, aliases: [payload], members: [] } });
    expect(group.statusCode).toBe(200);
    for (const url of [`/api/plans?q=${encodeURIComponent(payload)}`, `/api/registry/units?q=${encodeURIComponent(payload)}`, `/api/registry/suggest?q=${encodeURIComponent(payload)}`]) {
      const res = await t.as(coordinator, { method: 'GET', url });
      expect(res.statusCode).toBe(200);
    }
    const pasted = await t.as(coordinator, { method: 'POST', url: '/api/imports/text', payload: { text: `KẾ HOẠCH\n${payload}\nI- MỤC ĐÍCH\n${payload}`, fileName: payload } });
    expect(pasted.statusCode).toBe(200);
    expect(pasted.json().sourceText).toContain(payload);
    const [o] = (await t.as(reporter, { method: 'GET', url: '/api/obligations' })).json().obligations;
    const report = (await t.as(reporter, { method: 'GET', url: `/api/obligations/${o.id}/report` })).json();
    const saved = await t.as(reporter, { method: 'PUT', url: `/api/obligations/${o.id}/report`, payload: { content: { narratives: { 'kho-khan': payload }, indicators: { so_hoi_nghi: payload } }, version: report.report.version } });
    expect(saved.statusCode).toBe(200);
    const back = (await t.as(reporter, { method: 'GET', url: `/api/obligations/${o.id}/report` })).json();
    expect(back.report.content.narratives['kho-khan']).toBe(payload);
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: payload, password: payload } });
    expect([401, 429]).toContain(login.statusCode);
    // The tables are all still there.
    const tables = await t.database.db.execute(sql`SELECT count(*) AS n FROM information_schema.tables WHERE table_name IN ('units', 'reports', 'audit_log')`);
    expect(Number((tables as unknown as { rows: { n: string | number }[] }).rows[0]?.n)).toBe(3);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/registry/units', headers: { cookie: coordinator.cookie }, payload: { parentId: null, kind: 'khac', name: 'x' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_FAILED');
  });

  it('refuses a session used after logout', async () => {
    const s = await t.login('mttq.baocao');
    await t.as(s, { method: 'POST', url: '/api/auth/logout' });
    const res = await t.as(s, { method: 'GET', url: '/api/duties' });
    expect(res.statusCode).toBe(401);
  });

  it('survives a password-guessing burst, then still serves', async () => {
    const burst = await Promise.all(
      Array.from({ length: 60 }, (_, i) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: `doan-mo-${i}` }, remoteAddress: `10.0.0.${i % 3}` })),
    );
    expect(burst.every((r) => r.statusCode === 401 || r.statusCode === 429)).toBe(true);
    expect(burst.some((r) => r.statusCode === 429)).toBe(true);
    const right = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'thucthi2019' } });
    expect(right.json().error.code).toBe('LOGIN_RATE_LIMITED');
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });
});
