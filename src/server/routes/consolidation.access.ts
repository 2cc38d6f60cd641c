/**
 * Access cases of the consolidation routes for src/server/access.test.ts.
 * `setup` drafts one consolidation per mutating case (so each starts at
 * version 1, whatever order the cases run in), saves a version on the one
 * that is read, and uploads a Word template.
 */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { InjectOptions } from 'fastify';
import { mentions, type AccessModule, type Fixtures } from '../testing/access.ts';

const BOUNDARY = '----consolidation-access';

function upload(base64: string): InjectOptions {
  const head = Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="name"\r\n\r\nMẫu thử\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="mau.docx"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  return {
    method: 'POST',
    url: '/api/docx-templates',
    payload: Buffer.concat([head, Buffer.from(base64, 'base64'), Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
  };
}

const c = (f: Fixtures, name: string) => f.extra[name] ?? '';

export const access: AccessModule = {
  setup: async ({ t, f, sessionOf }) => {
    const coordinator = await sessionOf('btg.dieuphoi');
    const draft = async () => {
      const res = await t.as(coordinator, { method: 'POST', url: '/api/consolidations', payload: { planId: f.planId, kind: 'period', period: '2019H2' } });
      if (res.statusCode !== 200) throw new Error(`consolidation setup: ${res.statusCode} ${res.body}`);
      return res.json() as { id: string; version: number };
    };
    const read = await draft();
    await t.as(coordinator, { method: 'POST', url: `/api/consolidations/${read.id}/versions`, payload: { version: read.version, note: 'Bản 1' } });
    const template = (await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('{{title}}')] })] }] }))).toString('base64');
    const uploaded = await t.as(coordinator, upload(template));
    if (uploaded.statusCode !== 200) throw new Error(`template setup: ${uploaded.statusCode} ${uploaded.body}`);
    return {
      consolidationId: read.id,
      editId: (await draft()).id,
      refreshId: (await draft()).id,
      versionId: (await draft()).id,
      templateId: uploaded.json().id,
      templateDocx: template,
    };
  },
  cases: {
    'POST /api/consolidations': {
      request: (f) => ({ method: 'POST', url: '/api/consolidations', payload: { planId: f.planId, kind: 'so-ket' } }),
      right: 'btg.dieuphoi',
      other: { who: 'tuangiao.baocao' },
    },
    'GET /api/consolidations/:id': { request: (f) => ({ method: 'GET', url: `/api/consolidations/${c(f, 'consolidationId')}` }), right: 'tinhuy.lanhdao', other: { who: 'muongang.baocao' } },
    'PUT /api/consolidations/:id': {
      request: (f) => ({ method: 'PUT', url: `/api/consolidations/${c(f, 'editId')}`, payload: { version: 1, sections: [{ key: 'phuong-huong', html: '<p>Tiếp tục triển khai.</p>' }] } }),
      right: 'btg.dieuphoi',
      other: { who: 'tinhuy.lanhdao' },
    },
    'POST /api/consolidations/:id/refresh': {
      request: (f) => ({ method: 'POST', url: `/api/consolidations/${c(f, 'refreshId')}/refresh`, payload: { version: 1 } }),
      right: 'btg.dieuphoi',
      other: { who: 'tuangiao.lanhdao' },
    },
    'POST /api/consolidations/:id/versions': {
      request: (f) => ({ method: 'POST', url: `/api/consolidations/${c(f, 'versionId')}/versions`, payload: { version: 1, note: 'Bản trình' } }),
      right: 'btg.dieuphoi',
      other: { who: 'tinhuy.lanhdao' },
    },
    'GET /api/consolidations/:id/versions': { request: (f) => ({ method: 'GET', url: `/api/consolidations/${c(f, 'consolidationId')}/versions` }), right: 'tinhuy.lanhdao', other: { who: 'muongang.baocao' } },
    'GET /api/consolidations/:id/versions/:number': {
      request: (f) => ({ method: 'GET', url: `/api/consolidations/${c(f, 'consolidationId')}/versions/1` }),
      right: 'tinhuy.lanhdao',
      other: { who: 'tuangiao.baocao' },
    },
    'GET /api/plans/:id/consolidations': { request: (f) => ({ method: 'GET', url: `/api/plans/${f.planId}/consolidations` }), right: 'tinhuy.lanhdao', other: { who: 'muongang.baocao' } },
    'GET /api/consolidations/:id/export.docx': {
      request: (f) => ({ method: 'GET', url: `/api/consolidations/${c(f, 'consolidationId')}/export.docx` }),
      right: 'tinhuy.lanhdao',
      other: { who: 'muongang.baocao' },
    },
    'GET /api/consolidations/:id/export.xlsx': {
      request: (f) => ({ method: 'GET', url: `/api/consolidations/${c(f, 'consolidationId')}/export.xlsx` }),
      right: 'btg.dieuphoi',
      other: { who: 'tuangiao.lanhdao' },
    },
    'GET /api/obligations/:id/report.docx': { request: (f) => ({ method: 'GET', url: `/api/obligations/${f.obligationId}/report.docx` }), right: 'tuangiao.baocao', other: { who: 'muongang.baocao' } },
    'GET /api/docx-templates': {
      request: () => ({ method: 'GET', url: '/api/docx-templates' }),
      right: 'btg.dieuphoi',
      other: { who: 'muongang.baocao', leaks: (body, f) => mentions(body, c(f, 'templateId')) },
    },
    'POST /api/docx-templates': { request: (f) => upload(c(f, 'templateDocx')), right: 'btg.dieuphoi', other: { who: 'tuangiao.baocao' } },
    'DELETE /api/docx-templates/:id': { request: (f) => ({ method: 'DELETE', url: `/api/docx-templates/${c(f, 'templateId')}` }), right: 'btg.dieuphoi', other: { who: 'tinhuy.lanhdao' } },
  },
};
