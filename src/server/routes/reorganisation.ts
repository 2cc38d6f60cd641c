import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SUCCESSION_KINDS } from '../db/schema/index.ts';
import { inTransaction, reader } from '../db/uow.ts';
import { currentUser } from '../http/access.ts';
import { confirmSuccession, createSuccession, deleteSuccession, listSuccessions, previewTransfer, transferOpenWork, unitHistory } from '../services/reorganisation.ts';
import { typed, type RouteDeps } from './context.ts';
import { civilDate, idParams, version } from './schemas.ts';

export function reorganisationRoutes(app: FastifyInstance, { database, clock }: RouteDeps) {
  const api = typed(app);
  const db = database.db;

  api.get('/registry/units/:id/history', { config: { access: 'registry.read' }, schema: { tags: ['registry'], summary: 'Lịch sử của một đơn vị', params: idParams } }, async (req) =>
    unitHistory(reader(db), await req.scope('registry.read'), req.params.id),
  );

  api.get(
    '/registry/successions',
    { config: { access: 'registry.read' }, schema: { tags: ['registry'], summary: 'Đơn vị kế thừa (sáp nhập, chia tách, đổi tên)', querystring: z.object({ unitId: z.uuid().optional() }) } },
    async (req) => ({ successions: await listSuccessions(reader(db), await req.scope('registry.read'), req.query.unitId) }),
  );

  api.post(
    '/registry/successions',
    {
      config: { access: 'registry.manage' },
      schema: {
        tags: ['registry'],
        summary: 'Ghi nhận đơn vị kế thừa',
        body: z.object({ predecessorId: z.uuid(), successorId: z.uuid(), kind: z.enum(SUCCESSION_KINDS), effectiveDate: civilDate, share: z.number().int().min(1).max(1000).default(1), note: z.string().max(1000).nullable().default(null) }),
      },
    },
    async (req) => {
      const scope = await req.scope('registry.manage');
      return inTransaction(db, currentUser(req), (work) => createSuccession(work, scope, req.body));
    },
  );

  api.post(
    '/registry/successions/:id/confirm',
    { config: { access: 'registry.manage' }, schema: { tags: ['registry'], summary: 'Xác nhận (hoặc bỏ xác nhận) đơn vị kế thừa', params: idParams, body: z.object({ confirmed: z.boolean().default(true), version }) } },
    async (req) => {
      const scope = await req.scope('registry.manage');
      const row = await inTransaction(db, currentUser(req), (work) => confirmSuccession(work, scope, req.params.id, req.body.confirmed, req.body.version));
      return { id: row.id, confirmed: row.confirmed, version: row.version };
    },
  );

  api.delete('/registry/successions/:id', { config: { access: 'registry.manage' }, schema: { tags: ['registry'], summary: 'Xóa liên kết kế thừa', params: idParams } }, async (req) => {
    const scope = await req.scope('registry.manage');
    await inTransaction(db, currentUser(req), (work) => deleteSuccession(work, scope, req.params.id));
    return { ok: true };
  });

  api.get(
    '/registry/units/:id/transfer',
    { config: { access: 'registry.read' }, schema: { tags: ['registry'], summary: 'Xem trước chuyển giao công việc cho đơn vị kế thừa', params: idParams, querystring: z.object({ effectiveDate: civilDate.optional() }) } },
    async (req) => previewTransfer(reader(db), await req.scope('registry.read'), req.params.id, req.query.effectiveDate ?? null),
  );

  api.post(
    '/registry/units/:id/transfer',
    { config: { access: 'registry.manage' }, schema: { tags: ['registry'], summary: 'Chuyển giao nhiệm vụ, báo cáo chưa hoàn thành cho đơn vị kế thừa', params: idParams, body: z.object({ effectiveDate: civilDate.nullable().default(null) }) } },
    async (req) => {
      const scope = await req.scope('registry.manage');
      return inTransaction(db, currentUser(req), (work) => transferOpenWork(work, scope, req.params.id, req.body.effectiveDate, clock.today()));
    },
  );
}
