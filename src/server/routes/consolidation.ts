/**
 * Consolidated reports (báo cáo tổng hợp), their versions and exports, a
 * unit's own report as Word, and offices' Word templates. Reading follows
 * `report.read` (leaders and viewers read); drafting and editing need
 * `consolidation.manage` (the coordinating office, admins).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { roleHas } from '../../core/access/roles.ts';
import { CONSOLIDATION_KINDS, SIGNER_PREFIXES } from '../../core/consolidation/index.ts';
import { parsePeriodId } from '../../core/period/index.ts';
import { inTransaction, reader } from '../db/uow.ts';
import { currentUser } from '../http/access.ts';
import { sendDownload } from '../http/download.ts';
import { AppError } from '../http/errors.ts';
import { readMultipart } from '../http/multipart.ts';
import { createConsolidation, getConsolidation, listConsolidations, refreshConsolidation, saveConsolidation } from '../services/consolidation/consolidations.ts';
import { consolidationDocx, consolidationXlsxFile, unitReportDocx } from '../services/consolidation/exports.ts';
import { deleteTemplate, listTemplates, registerTemplate, storeTemplate } from '../services/consolidation/templates.ts';
import { getVersion, listVersions, saveVersion } from '../services/consolidation/versions.ts';
import { typed, type RouteDeps } from './context.ts';
import { civilDate, idParams, version } from './schemas.ts';

const periodId = z.string().refine((s) => parsePeriodId(s) !== null, { message: 'Kỳ báo cáo không hợp lệ (ví dụ 2020H1, 2020Q3, 202007, 2020).' });

const createBody = z
  .object({
    planId: z.uuid(),
    kind: z.enum(CONSOLIDATION_KINDS),
    /** The period of a period report. */
    period: periodId.optional(),
    /** A review's range; both optional (from the plan's first period, to its last). */
    periodFrom: periodId.optional(),
    periodTo: periodId.optional(),
  })
  .refine((b) => b.kind !== 'period' || b.period !== undefined, { message: 'Hãy chọn kỳ báo cáo.', path: ['period'] });

const line = (max: number) => z.string().trim().max(max);

const frameSchema = z.object({
  superior: line(200).nullable(),
  issuer: line(200).min(1),
  number: line(20).nullable(),
  symbol: line(50).min(1),
  place: line(100).min(1),
  date: civilDate.nullable(),
  signer: z.object({ prefix: z.enum(SIGNER_PREFIXES), body: line(120), title: line(120), name: line(120) }),
  recipients: z.array(line(300).min(1)).max(60),
  archive: line(200),
});

const saveBody = z.object({
  version,
  title: line(3000).min(1).optional(),
  frame: frameSchema.optional(),
  sections: z.array(z.object({ key: z.string().max(200), html: z.string().max(300_000) })).max(200).optional(),
});

const exportQuery = z.object({
  template: z.uuid().optional(),
  /** A saved version's number: export it rather than the current text. */
  version: z.coerce.number().int().min(1).optional(),
});

/** What the caller may do with a consolidation of this plan (the UI shows exactly this). */
async function abilitiesOf(req: FastifyRequest) {
  const user = currentUser(req);
  const manage = roleHas(user.role, 'consolidation.manage') ? await req.scope('consolidation.manage') : null;
  return (plan: { ownerUnitId: string }) => ({ edit: !!manage?.has(plan.ownerUnitId) });
}

export function consolidationRoutes(app: FastifyInstance, { database, config, clock }: RouteDeps) {
  const api = typed(app);
  const db = database.db;

  api.post(
    '/consolidations',
    { config: { access: 'consolidation.manage' }, schema: { tags: ['consolidation'], summary: 'Lập dự thảo báo cáo tổng hợp (một kỳ, sơ kết, tổng kết)', body: createBody } },
    async (req) => {
      const scope = await req.scope('consolidation.manage');
      const { planId, kind, period, periodFrom, periodTo } = req.body;
      const from = kind === 'period' ? (period ?? null) : (periodFrom ?? null);
      return inTransaction(db, currentUser(req), (work) => createConsolidation(work, scope, { planId, kind, from, to: kind === 'period' ? from : (periodTo ?? null), today: clock.today() }));
    },
  );

  api.get('/consolidations/:id', { config: { access: 'report.read' }, schema: { tags: ['consolidation'], summary: 'Một báo cáo tổng hợp', params: idParams } }, async (req) =>
    getConsolidation(reader(db), await req.scope('report.read'), req.params.id, await abilitiesOf(req)),
  );

  api.put(
    '/consolidations/:id',
    { config: { access: 'consolidation.manage' }, schema: { tags: ['consolidation'], summary: 'Lưu sửa đổi (các mục, tiêu đề, số, nơi nhận, người ký)', params: idParams, body: saveBody } },
    async (req) => {
      const scope = await req.scope('consolidation.manage');
      const { version: expectedVersion, ...edit } = req.body;
      return inTransaction(db, currentUser(req), (work) => saveConsolidation(work, scope, req.params.id, { expectedVersion, ...edit }));
    },
  );

  api.post(
    '/consolidations/:id/refresh',
    { config: { access: 'consolidation.manage' }, schema: { tags: ['consolidation'], summary: 'Cập nhật từ báo cáo mới (giữ nguyên các mục đã sửa)', params: idParams, body: z.object({ version }) } },
    async (req) => {
      const scope = await req.scope('consolidation.manage');
      return inTransaction(db, currentUser(req), (work) => refreshConsolidation(work, scope, req.params.id, { expectedVersion: req.body.version, today: clock.today() }));
    },
  );

  api.post(
    '/consolidations/:id/versions',
    {
      config: { access: 'consolidation.manage' },
      schema: { tags: ['consolidation'], summary: 'Lưu thành phiên bản (không sửa được)', params: idParams, body: z.object({ version, note: line(500).min(1, 'Hãy đặt tên cho phiên bản.') }) },
    },
    async (req) => {
      const scope = await req.scope('consolidation.manage');
      return inTransaction(db, currentUser(req), (work) => saveVersion(work, scope, req.params.id, { expectedVersion: req.body.version, note: req.body.note }));
    },
  );

  api.get('/consolidations/:id/versions', { config: { access: 'report.read' }, schema: { tags: ['consolidation'], summary: 'Các phiên bản đã lưu', params: idParams } }, async (req) => ({
    versions: await listVersions(reader(db), await req.scope('report.read'), req.params.id),
  }));

  api.get(
    '/consolidations/:id/versions/:number',
    { config: { access: 'report.read' }, schema: { tags: ['consolidation'], summary: 'Một phiên bản đã lưu', params: idParams.extend({ number: z.coerce.number().int().min(1) }) } },
    async (req) => getVersion(reader(db), await req.scope('report.read'), req.params.id, req.params.number),
  );

  api.get('/plans/:id/consolidations', { config: { access: 'report.read' }, schema: { tags: ['consolidation'], summary: 'Các báo cáo tổng hợp của kế hoạch', params: idParams } }, async (req) => ({
    consolidations: await listConsolidations(reader(db), await req.scope('report.read'), req.params.id),
  }));

  api.get(
    '/consolidations/:id/export.docx',
    { config: { access: 'report.read' }, schema: { tags: ['consolidation'], summary: 'Tải về Word (thể thức văn bản của Đảng, hoặc theo mẫu của cơ quan)', params: idParams, querystring: exportQuery } },
    async (req, reply) => {
      const file = await consolidationDocx(reader(db), await req.scope('report.read'), config.filesDir, req.params.id, { version: req.query.version, templateId: req.query.template, today: clock.today() });
      return sendDownload(reply, file);
    },
  );

  api.get(
    '/consolidations/:id/export.xlsx',
    { config: { access: 'report.read' }, schema: { tags: ['consolidation'], summary: 'Tải về Excel (bảng chỉ tiêu theo đơn vị, theo kỳ)', params: idParams, querystring: exportQuery.omit({ template: true }) } },
    async (req, reply) => sendDownload(reply, await consolidationXlsxFile(reader(db), await req.scope('report.read'), req.params.id, { version: req.query.version, today: clock.today() })),
  );

  api.get(
    '/obligations/:id/report.docx',
    { config: { access: 'report.read' }, schema: { tags: ['consolidation'], summary: 'Tải báo cáo của đơn vị về Word', params: idParams, querystring: exportQuery.omit({ version: true }) } },
    async (req, reply) => sendDownload(reply, await unitReportDocx(reader(db), await req.scope('report.read'), config.filesDir, req.params.id, { templateId: req.query.template, today: clock.today() })),
  );

  api.get('/docx-templates', { config: { access: 'report.read' }, schema: { tags: ['consolidation'], summary: 'Các mẫu Word của cơ quan' } }, async (req) => ({
    templates: await listTemplates(reader(db), await req.scope('report.read')),
  }));

  api.post(
    '/docx-templates',
    { config: { access: 'consolidation.manage' }, schema: { tags: ['consolidation'], summary: 'Tải lên mẫu Word có trường dữ liệu {{…}}', consumes: ['multipart/form-data'] } },
    async (req) => {
      const scope = await req.scope('consolidation.manage');
      const { fields, files } = await readMultipart(req, z.object({ name: line(200).optional() }));
      const file = files[0];
      if (!file) throw new AppError('VALIDATION_FAILED', { reason: 'Chưa chọn tệp.' });
      const stored = await storeTemplate(config.filesDir, file);
      return inTransaction(db, currentUser(req), (work) => registerTemplate(work, scope, { name: fields.name || stored.fileName, file: stored }));
    },
  );

  api.delete('/docx-templates/:id', { config: { access: 'consolidation.manage' }, schema: { tags: ['consolidation'], summary: 'Xóa mẫu Word', params: idParams } }, async (req) => {
    const scope = await req.scope('consolidation.manage');
    await inTransaction(db, currentUser(req), (work) => deleteTemplate(work, scope, req.params.id));
    return { ok: true };
  });
}
