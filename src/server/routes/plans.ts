import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { roleHas } from '../../core/access/roles.ts';
import { PLAN_STATUSES } from '../db/schema/index.ts';
import { inTransaction, reader } from '../db/uow.ts';
import { currentUser } from '../http/access.ts';
import { getPlan, getPlanSource, listPlans, updatePlan } from '../services/plans.ts';
import { typed, type RouteDeps } from './context.ts';
import { civilDate, idParams, version } from './schemas.ts';

export function planRoutes(app: FastifyInstance, { database, clock }: RouteDeps) {
  const api = typed(app);
  const db = database.db;

  api.get(
    '/plans',
    { config: { access: 'plan.read' }, schema: { tags: ['plans'], summary: 'Danh sách kế hoạch', querystring: z.object({ q: z.string().max(200).optional() }) } },
    async (req) => ({ plans: await listPlans(reader(db), await req.scope('plan.read'), { q: req.query.q, today: clock.today() }) }),
  );

  api.get('/plans/:id', { config: { access: 'plan.read' }, schema: { tags: ['plans'], summary: 'Một kế hoạch', params: idParams } }, async (req) => {
    const user = currentUser(req);
    return getPlan(reader(db), await req.scope('plan.read'), req.params.id, { today: clock.today(), canManage: roleHas(user.role, 'plan.manage') });
  });

  api.get('/plans/:id/source', { config: { access: 'plan.read' }, schema: { tags: ['plans'], summary: 'Văn bản gốc', params: idParams } }, async (req) =>
    getPlanSource(reader(db), await req.scope('plan.read'), req.params.id),
  );

  api.patch(
    '/plans/:id',
    {
      config: { access: 'plan.manage' },
      schema: {
        tags: ['plans'],
        summary: 'Sửa thông tin kế hoạch',
        params: idParams,
        body: z.object({ title: z.string().trim().min(1).max(5000), endDate: civilDate.nullable(), status: z.enum(PLAN_STATUSES), version }),
      },
    },
    async (req) => {
      const scope = await req.scope('plan.manage');
      const { version: expected, ...patch } = req.body;
      const plan = await inTransaction(db, currentUser(req), (work) => updatePlan(work, scope, req.params.id, patch, expected));
      return { id: plan.id, version: plan.version };
    },
  );
}
