import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authRoutes } from './auth.ts';
import { typed, type RouteDeps } from './context.ts';

export async function registerRoutes(app: FastifyInstance, deps: RouteDeps) {
  const api = typed(app);
  api.get(
    '/health',
    { config: { access: 'public' }, schema: { tags: ['system'], summary: 'Tình trạng máy chủ', response: { 200: z.object({ ok: z.literal(true), database: z.string() }) } } },
    async () => ({ ok: true as const, database: deps.database.kind }),
  );
  api.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
  authRoutes(app, deps);
}
