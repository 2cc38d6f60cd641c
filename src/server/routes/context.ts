import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';

export interface RouteDeps {
  database: Database;
  config: Config;
  clock: Clock;
}

export type Api = ReturnType<FastifyInstance['withTypeProvider']> & FastifyInstance;

/** The API instance with zod types for route schemas. */
export function typed(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}
