import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './context.ts';

export function dashboardRoutes(_app: FastifyInstance, _deps: RouteDeps) {
  // Routes of this module are added here.
}
