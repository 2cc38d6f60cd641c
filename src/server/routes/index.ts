import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { auditRoutes } from './audit.ts';
import { consolidationRoutes } from './consolidation.ts';
import { dashboardRoutes } from './dashboards.ts';
import { reminderRoutes } from './reminders.ts';
import { reorganisationRoutes } from './reorganisation.ts';
import { authRoutes } from './auth.ts';
import { typed, type RouteDeps } from './context.ts';
import { dutyRoutes } from './duties.ts';
import { importRoutes } from './imports.ts';
import { planRoutes } from './plans.ts';
import { registryRoutes } from './registry.ts';
import { reportingRoutes } from './reporting.ts';
import { unitWorkRoutes } from './unit-work.ts';
import { userRoutes } from './users.ts';

export async function registerRoutes(app: FastifyInstance, deps: RouteDeps) {
  const api = typed(app);
  api.get(
    '/health',
    { config: { access: 'public' }, schema: { tags: ['system'], summary: 'Tình trạng máy chủ', response: { 200: z.object({ ok: z.literal(true), database: z.string() }) } } },
    async () => ({ ok: true as const, database: deps.database.kind }),
  );
  api.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
  authRoutes(app, deps);
  registryRoutes(app, deps);
  planRoutes(app, deps);
  importRoutes(app, deps);
  dutyRoutes(app, deps);
  auditRoutes(app, deps);
  userRoutes(app, deps);
  reportingRoutes(app, deps);
  unitWorkRoutes(app, deps);
  consolidationRoutes(app, deps);
  dashboardRoutes(app, deps);
  reminderRoutes(app, deps);
  reorganisationRoutes(app, deps);
}
