import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ROLES } from '../../core/access/roles.ts';
import { inTransaction, reader } from '../db/uow.ts';
import { currentUser } from '../http/access.ts';
import { createUser, listUsers, resetPassword, revokeSessionsOf, updateUser } from '../services/users.ts';
import { typed, type RouteDeps } from './context.ts';
import { idParams, version } from './schemas.ts';

const userBody = z.object({
  displayName: z.string().trim().min(1).max(200),
  email: z.email().max(200).nullable().default(null),
  role: z.enum(ROLES),
  unitId: z.uuid(),
  active: z.boolean().default(true),
});

export function userRoutes(app: FastifyInstance, { database, clock }: RouteDeps) {
  const api = typed(app);
  const db = database.db;

  api.get('/users', { config: { access: 'user.manage' }, schema: { tags: ['users'], summary: 'Tài khoản' } }, async (req) => ({
    users: await listUsers(reader(db), await req.scope('user.manage')),
  }));

  api.post(
    '/users',
    {
      config: { access: 'user.manage' },
      schema: { tags: ['users'], summary: 'Tạo tài khoản', body: userBody.extend({ username: z.string().trim().regex(/^[a-z0-9._-]{3,60}$/i, 'Tên đăng nhập gồm chữ không dấu, số, dấu chấm, gạch.'), password: z.string().max(200) }) },
    },
    async (req) => {
      const scope = await req.scope('user.manage');
      const user = await inTransaction(db, currentUser(req), (work) => createUser(work, scope, req.body));
      return { id: user.id };
    },
  );

  api.put(
    '/users/:id',
    { config: { access: 'user.manage' }, schema: { tags: ['users'], summary: 'Sửa tài khoản', params: idParams, body: userBody.extend({ version }) } },
    async (req) => {
      const scope = await req.scope('user.manage');
      const { version: expected, ...input } = req.body;
      const user = await inTransaction(db, currentUser(req), (work) => updateUser(work, scope, req.params.id, input, expected));
      if (!user.active) await revokeSessionsOf(db, user.id, clock.now());
      return { id: user.id, version: user.version };
    },
  );

  api.post(
    '/users/:id/password',
    { config: { access: 'user.manage' }, schema: { tags: ['users'], summary: 'Đặt lại mật khẩu', params: idParams, body: z.object({ password: z.string().max(200) }) } },
    async (req) => {
      const scope = await req.scope('user.manage');
      await inTransaction(db, currentUser(req), (work) => resetPassword(work, scope, req.params.id, req.body.password));
      await revokeSessionsOf(db, req.params.id, clock.now());
      return { ok: true };
    },
  );
}
