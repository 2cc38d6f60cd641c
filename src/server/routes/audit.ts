import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { reader } from '../db/uow.ts';
import { listAudit } from '../services/audit.ts';
import { typed, type RouteDeps } from './context.ts';

export function auditRoutes(app: FastifyInstance, { database }: RouteDeps) {
  typed(app).get(
    '/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'Nhật ký thay đổi',
        querystring: z.object({
          entity: z.string().max(100).optional(),
          entityId: z.string().max(200).optional(),
          actorId: z.uuid().optional(),
          action: z.string().max(100).optional(),
          before: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
      },
    },
    async (req) => listAudit(reader(database.db), req.query),
  );
}
