/**
 * Dashboards: a plan's summary, matrix, drill-down, indicators, overdue list
 * and content areas, each also as .xlsx; the leadership view across plans.
 * Everything is filtered to the caller's scope ('dashboard.read').
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { reader } from '../db/uow.ts';
import { currentUser } from '../http/access.ts';
import { sendDownload } from '../http/download.ts';
import { leadershipView } from '../services/dashboards/leadership.ts';
import { planDrill, planSummary } from '../services/dashboards/plan.ts';
import { planAreas, planIndicators, planMatrix, planOverdue } from '../services/dashboards/views.ts';
import { LEADERSHIP_VIEWS, PLAN_VIEWS, exportLeadership, exportPlanDashboard } from '../services/dashboards/xlsx.ts';
import { typed, type RouteDeps } from './context.ts';
import { idParams } from './schemas.ts';

const periodId = z.string().regex(/^[1-9]\d{3}(\d{2}|Q[1-4]|H[12])?$/, 'Mã kỳ báo cáo: 2020, 2020H1, 2020Q3, 202007.');
const filters = z.object({
  period: periodId.optional(),
  unitId: z.uuid().optional(),
  contentAreaId: z.uuid().optional(),
});
const node = z.string().regex(/^(group:)?[0-9a-f-]{36}$/i, 'Nút: mã đơn vị hoặc group:<mã nhóm>.').optional();

const tags = ['dashboards'];

export function dashboardRoutes(app: FastifyInstance, { database, clock }: RouteDeps) {
  const api = typed(app);
  const db = database.db;
  const query = (q: z.infer<typeof filters>) => ({ periodId: q.period, unitId: q.unitId, contentAreaId: q.contentAreaId, today: clock.today() });

  api.get(
    '/plans/:id/dashboard',
    { config: { access: 'dashboard.read' }, schema: { tags, summary: 'Bảng điều khiển: nhiệm vụ theo tình trạng, tỷ lệ báo cáo theo kỳ, quá hạn', params: idParams, querystring: filters } },
    async (req) => planSummary(reader(db), await req.scope('dashboard.read'), req.params.id, query(req.query)),
  );

  api.get(
    '/plans/:id/dashboard/matrix',
    { config: { access: 'dashboard.read' }, schema: { tags, summary: 'Ma trận đơn vị × nhiệm vụ và báo cáo', params: idParams, querystring: filters } },
    async (req) => planMatrix(reader(db), await req.scope('dashboard.read'), req.params.id, query(req.query)),
  );

  api.get(
    '/plans/:id/dashboard/drill',
    { config: { access: 'dashboard.read' }, schema: { tags, summary: 'Xem theo cây tổ chức: tỉnh → nhóm → đơn vị → việc', params: idParams, querystring: filters.extend({ node }) } },
    async (req) => planDrill(reader(db), await req.scope('dashboard.read'), req.params.id, { ...query(req.query), node: req.query.node, homeUnitId: currentUser(req).unitId }),
  );

  api.get(
    '/plans/:id/dashboard/indicators',
    { config: { access: 'dashboard.read' }, schema: { tags, summary: 'Số liệu chỉ tiêu theo đơn vị và kỳ', params: idParams, querystring: filters } },
    async (req) => planIndicators(reader(db), await req.scope('dashboard.read'), req.params.id, query(req.query)),
  );

  api.get(
    '/plans/:id/dashboard/overdue',
    { config: { access: 'dashboard.read' }, schema: { tags, summary: 'Danh sách quá hạn và người phụ trách', params: idParams, querystring: filters } },
    async (req) => planOverdue(reader(db), await req.scope('dashboard.read'), req.params.id, query(req.query)),
  );

  api.get(
    '/plans/:id/dashboard/areas',
    { config: { access: 'dashboard.read' }, schema: { tags, summary: 'Báo cáo theo từng nội dung của kế hoạch', params: idParams, querystring: filters } },
    async (req) => planAreas(reader(db), await req.scope('dashboard.read'), req.params.id, query(req.query)),
  );

  api.get(
    '/plans/:id/dashboard.xlsx',
    { config: { access: 'dashboard.read' }, schema: { tags, summary: 'Tải bảng của bảng điều khiển (.xlsx)', params: idParams, querystring: filters.extend({ view: z.enum(PLAN_VIEWS), node }) } },
    async (req, reply) =>
      sendDownload(reply, await exportPlanDashboard(reader(db), await req.scope('dashboard.read'), req.params.id, req.query.view, { ...query(req.query), node: req.query.node, homeUnitId: currentUser(req).unitId })),
  );

  api.get('/dashboard/leadership', { config: { access: 'dashboard.read' }, schema: { tags, summary: 'Toàn cảnh cho lãnh đạo: các kế hoạch và đơn vị chậm' } }, async (req) =>
    leadershipView(reader(db), await req.scope('dashboard.read'), clock.today()),
  );

  api.get(
    '/dashboard/leadership.xlsx',
    { config: { access: 'dashboard.read' }, schema: { tags, summary: 'Tải bảng toàn cảnh (.xlsx)', querystring: z.object({ view: z.enum(LEADERSHIP_VIEWS) }) } },
    async (req, reply) => sendDownload(reply, await exportLeadership(reader(db), await req.scope('dashboard.read'), req.query.view, clock.today())),
  );
}
