import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { roleHas } from '../../core/access/roles.ts';
import { DAY_COUNTS, PERIOD_TYPES, WINDOW_MODES } from '../../core/period/index.ts';
import { INDICATOR_TYPES, REPORT_ACTIONS, RULE_OPERATORS } from '../../core/reporting/index.ts';
import { inTransaction, reader } from '../db/uow.ts';
import { checkAndStore, type StoredFile } from '../files/store.ts';
import { currentUser } from '../http/access.ts';
import { AppError } from '../http/errors.ts';
import { readMultipart } from '../http/multipart.ts';
import { listInbox, periodBoard, remindUnits } from '../services/reporting/board.ts';
import { getPlanForm, setRule, updateForm } from '../services/reporting/forms.ts';
import { grantException, loadObligation } from '../services/reporting/obligations.ts';
import { act, attachFiles, getReport, saveDraft, type ReportScopes } from '../services/reporting/reports.ts';
import { typed, type RouteDeps } from './context.ts';
import { civilDate, idParams, version } from './schemas.ts';

const contentSchema = z.object({
  narratives: z.record(z.string().max(200), z.string().max(100_000)),
  indicators: z.record(z.string().max(100), z.union([z.number(), z.string().max(2000), z.null()])),
});

const indicatorSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]{0,59}$/, 'Mã chỉ tiêu: chữ thường không dấu, số, gạch dưới.'),
  label: z.string().trim().min(1).max(300),
  type: z.enum(INDICATOR_TYPES),
  unit: z.string().max(50).nullable(),
  required: z.boolean(),
  min: z.number().nullable(),
  max: z.number().nullable(),
});

async function scopesOf(req: FastifyRequest): Promise<ReportScopes> {
  const user = currentUser(req);
  return {
    read: await req.scope('report.read'),
    edit: roleHas(user.role, 'report.edit') ? await req.scope('report.edit') : null,
    review: roleHas(user.role, 'report.review') ? await req.scope('report.review') : null,
  };
}

export function reportingRoutes(app: FastifyInstance, { database, config, clock }: RouteDeps) {
  const api = typed(app);
  const db = database.db;

  api.get(
    '/obligations',
    { config: { access: 'report.read' }, schema: { tags: ['reporting'], summary: 'Báo cáo định kỳ phải nộp (hộp việc của đơn vị)', querystring: z.object({ unitId: z.uuid().optional(), planId: z.uuid().optional() }) } },
    async (req) => ({ obligations: await listInbox(reader(db), await req.scope('report.read'), { ...req.query, today: clock.today() }), today: clock.today() }),
  );

  api.get('/obligations/:id/report', { config: { access: 'report.read' }, schema: { tags: ['reporting'], summary: 'Báo cáo của một kỳ', params: idParams } }, async (req) =>
    getReport(reader(db), currentUser(req), await scopesOf(req), req.params.id, clock.today()),
  );

  api.put(
    '/obligations/:id/report',
    { config: { access: 'report.edit' }, schema: { tags: ['reporting'], summary: 'Lưu bản nháp báo cáo', params: idParams, body: z.object({ content: contentSchema, version: z.number().int().min(0) }) } },
    async (req) => {
      const scopes = await scopesOf(req);
      return inTransaction(db, currentUser(req), (work) => saveDraft(work, scopes, req.params.id, { content: req.body.content, expectedVersion: req.body.version, today: clock.today() }));
    },
  );

  api.post(
    '/obligations/:id/report/actions',
    {
      config: { access: 'report.read' },
      schema: {
        tags: ['reporting'],
        summary: 'Trình duyệt, duyệt, gửi, trả lại, tiếp nhận báo cáo',
        params: idParams,
        body: z.object({ action: z.enum(REPORT_ACTIONS).exclude(['save']), comment: z.string().max(5000).nullable().default(null), version: z.number().int().min(0) }),
      },
    },
    async (req) => {
      const scopes = await scopesOf(req);
      return inTransaction(db, currentUser(req), (work) =>
        act(work, scopes, req.params.id, { action: req.body.action, comment: req.body.comment, expectedVersion: req.body.version, today: clock.today() }),
      );
    },
  );

  api.post(
    '/obligations/:id/report/attachments',
    { config: { access: 'report.edit' }, schema: { tags: ['reporting'], summary: 'Đính kèm tệp minh chứng vào báo cáo', params: idParams, consumes: ['multipart/form-data'] } },
    async (req) => {
      const scopes = await scopesOf(req);
      await loadObligation(reader(db), scopes.edit ?? scopes.read, req.params.id);
      const { files } = await readMultipart(req, z.object({}));
      if (files.length === 0) throw new AppError('VALIDATION_FAILED', { reason: 'Chưa chọn tệp.' });
      const stored: StoredFile[] = [];
      for (const f of files) stored.push(await checkAndStore(config.filesDir, f.bytes, f.fileName, config.maxUploadBytes));
      return inTransaction(db, currentUser(req), (work) => attachFiles(work, scopes, req.params.id, stored, clock.today()));
    },
  );

  api.post(
    '/obligations/:id/exception',
    {
      config: { access: 'report.review' },
      schema: {
        tags: ['reporting'],
        summary: 'Gia hạn cho một đơn vị',
        params: idParams,
        body: z.object({ dueDate: civilDate.nullable(), lockDate: civilDate.nullable(), reason: z.string().trim().max(2000).default(''), version }),
      },
    },
    async (req) => {
      const scope = await req.scope('report.review');
      const { version: expected, ...input } = req.body;
      const o = await inTransaction(db, currentUser(req), (work) => grantException(work, scope, req.params.id, input, expected));
      return { id: o.id, version: o.version };
    },
  );

  api.get(
    '/plans/:id/board',
    { config: { access: 'report.read' }, schema: { tags: ['reporting'], summary: 'Bảng theo dõi báo cáo theo kỳ', params: idParams, querystring: z.object({ period: z.string().max(10).optional() }) } },
    async (req) => periodBoard(reader(db), await req.scope('report.read'), req.params.id, { periodId: req.query.period, today: clock.today() }),
  );

  api.post(
    '/plans/:id/remind',
    { config: { access: 'report.review' }, schema: { tags: ['reporting'], summary: 'Nhắc các đơn vị chưa báo cáo', params: idParams, body: z.object({ obligationIds: z.array(z.uuid()).min(1).max(5000) }) } },
    async (req) => {
      const scope = await req.scope('report.review');
      return inTransaction(db, currentUser(req), (work) => remindUnits(work, scope, req.body.obligationIds, { now: clock.now(), today: clock.today() }));
    },
  );

  api.get('/plans/:id/form', { config: { access: 'plan.read' }, schema: { tags: ['reporting'], summary: 'Mẫu báo cáo và chế độ báo cáo của kế hoạch', params: idParams } }, async (req) =>
    getPlanForm(reader(db), await req.scope('plan.read'), req.params.id),
  );

  api.put(
    '/plans/:id/form',
    {
      config: { access: 'plan.manage' },
      schema: {
        tags: ['reporting'],
        summary: 'Sửa chỉ tiêu, quy tắc và yêu cầu duyệt của mẫu báo cáo',
        params: idParams,
        body: z.object({
          indicators: z.array(indicatorSchema).max(200),
          rules: z.array(z.object({ left: z.string().max(60), op: z.enum(RULE_OPERATORS), right: z.string().max(60), message: z.string().trim().min(1).max(500) })).max(100),
          requireApproval: z.boolean(),
          version: z.number().int().min(0),
        }),
      },
    },
    async (req) => {
      const scope = await req.scope('plan.manage');
      const { version: expected, ...input } = req.body;
      return inTransaction(db, currentUser(req), (work) => updateForm(work, scope, req.params.id, input, expected));
    },
  );

  api.put(
    '/reporting-duties/:id/rule',
    {
      config: { access: 'plan.manage' },
      schema: {
        tags: ['reporting'],
        summary: 'Đặt kỳ chốt số liệu, hạn nộp và hạn khóa sổ',
        params: idParams,
        body: z.object({
          cadence: z.enum(PERIOD_TYPES),
          window: z.enum(WINDOW_MODES),
          due: z.object({ days: z.number().int().min(0).max(365), count: z.enum(DAY_COUNTS) }),
          lock: z.object({ days: z.number().int().min(0).max(3650), count: z.enum(DAY_COUNTS) }),
        }),
      },
    },
    async (req) => {
      const scope = await req.scope('plan.manage');
      await inTransaction(db, currentUser(req), (work) => setRule(work, scope, req.params.id, req.body, clock.today()));
      return { ok: true };
    },
  );
}
