import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DISSEMINATION_FORMS } from '../db/schema/index.ts';
import { inTransaction, reader } from '../db/uow.ts';
import { checkAndStore } from '../files/store.ts';
import { currentUser } from '../http/access.ts';
import { AppError } from '../http/errors.ts';
import { readMultipart } from '../http/multipart.ts';
import { checkDutyAccess } from '../services/duties.ts';
import { listNotifications, markRead } from '../services/notifications.ts';
import { listSessions, recordSession, sessionTotalsFor, submitSubPlan } from '../services/reporting/unit-work.ts';
import { typed, type RouteDeps } from './context.ts';
import { civilDate, idParams } from './schemas.ts';

export function unitWorkRoutes(app: FastifyInstance, { database, config, clock }: RouteDeps) {
  const api = typed(app);
  const db = database.db;

  api.post(
    '/duties/:id/sub-plan',
    { config: { access: 'duty.update' }, schema: { tags: ['duties'], summary: 'Nộp kế hoạch của đơn vị (kế hoạch con)', params: idParams, consumes: ['multipart/form-data'] } },
    async (req) => {
      const scope = await req.scope('duty.update');
      await checkDutyAccess(reader(db), scope, req.params.id);
      const { files } = await readMultipart(req, z.object({}));
      const file = files[0];
      if (!file) throw new AppError('VALIDATION_FAILED', { reason: 'Chưa chọn tệp kế hoạch.' });
      const stored = await checkAndStore(config.filesDir, file.bytes, file.fileName, config.maxUploadBytes);
      return inTransaction(db, currentUser(req), (work) =>
        submitSubPlan(work, scope, req.params.id, { fileName: file.fileName, bytes: file.bytes, stored, maxBytes: config.maxUploadBytes, today: clock.today() }),
      );
    },
  );

  api.get('/duties/:id/sessions', { config: { access: 'duty.read' }, schema: { tags: ['duties'], summary: 'Các hội nghị quán triệt đã tổ chức', params: idParams } }, async (req) => ({
    sessions: await listSessions(reader(db), await req.scope('duty.read'), { dutyId: req.params.id }),
  }));

  api.post(
    '/duties/:id/sessions',
    {
      config: { access: 'duty.update' },
      schema: {
        tags: ['duties'],
        summary: 'Ghi nhận một hội nghị quán triệt',
        params: idParams,
        body: z.object({
          heldOn: civilDate,
          form: z.enum(DISSEMINATION_FORMS),
          title: z.string().trim().min(1, 'Hãy nhập tên hội nghị.').max(500),
          cadres: z.number().int().min(0).max(10_000_000),
          partyMembers: z.number().int().min(0).max(10_000_000),
          people: z.number().int().min(0).max(100_000_000),
          note: z.string().max(5000).nullable().default(null),
        }),
      },
    },
    async (req) => {
      const scope = await req.scope('duty.update');
      const session = await inTransaction(db, currentUser(req), (work) => recordSession(work, scope, req.params.id, req.body));
      return { id: session.id };
    },
  );

  api.get('/obligations/:id/session-totals', { config: { access: 'report.read' }, schema: { tags: ['reporting'], summary: 'Tổng hợp hội nghị quán triệt trong kỳ báo cáo', params: idParams } }, async (req) =>
    sessionTotalsFor(reader(db), await req.scope('report.read'), req.params.id),
  );

  api.get(
    '/notifications',
    { config: { access: 'self' }, schema: { tags: ['notifications'], summary: 'Thông báo của tôi', querystring: z.object({ unread: z.enum(['true', 'false']).default('false'), limit: z.coerce.number().int().min(1).max(200).default(50) }) } },
    async (req) => listNotifications(reader(db), currentUser(req).userId, { unreadOnly: req.query.unread === 'true', limit: req.query.limit }),
  );

  api.post(
    '/notifications/read',
    { config: { access: 'self' }, schema: { tags: ['notifications'], summary: 'Đánh dấu đã đọc', body: z.object({ ids: z.array(z.uuid()).max(500).nullable().default(null) }) } },
    async (req) => {
      const user = currentUser(req);
      await inTransaction(db, user, (work) => markRead(work, user.userId, req.body.ids));
      return { ok: true };
    },
  );
}
