import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ROLE_LABELS, ROLE_PERMISSIONS } from '../../core/access/roles.ts';
import { currentUser, SESSION_COOKIE } from '../http/access.ts';
import { changePassword, login, logout, type SessionUser } from '../services/auth.ts';
import { typed, type RouteDeps } from './context.ts';

const sessionView = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.string(),
    roleLabel: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    mustChangePassword: z.boolean(),
    permissions: z.array(z.string()),
  }),
  csrfToken: z.string(),
  /** What the UI needs to know before it sends: the upload limit and the server's civil "today". */
  limits: z.object({ maxUploadBytes: z.number() }),
  today: z.string(),
});

function presentSession(user: SessionUser, extra: { maxUploadBytes: number; today: string }): z.infer<typeof sessionView> {
  return {
    user: {
      id: user.userId,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      roleLabel: ROLE_LABELS[user.role],
      unitId: user.unitId,
      unitName: user.unitName,
      mustChangePassword: user.mustChangePassword,
      permissions: [...ROLE_PERMISSIONS[user.role]],
    },
    csrfToken: user.csrfToken,
    limits: { maxUploadBytes: extra.maxUploadBytes },
    today: extra.today,
  };
}

function secureCookie(req: FastifyRequest, setting: boolean | 'auto'): boolean {
  return setting === 'auto' ? req.protocol === 'https' : setting;
}

export function authRoutes(app: FastifyInstance, { database, config, clock }: RouteDeps) {
  const api = typed(app);
  api.post(
    '/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Đăng nhập',
        body: z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) }),
        response: { 200: sessionView },
      },
    },
    async (req, reply) => {
      const result = await login(database.db, clock, { ...req.body, ip: req.ip, ttlHours: config.sessionTtlHours });
      reply.setCookie(SESSION_COOKIE, result.token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookie(req, config.cookieSecure),
        path: '/',
        expires: result.expiresAt,
      });
      return presentSession(result.user, { maxUploadBytes: config.maxUploadBytes, today: clock.today() });
    },
  );

  api.get(
    '/auth/session',
    { config: { access: 'self' }, schema: { tags: ['auth'], summary: 'Phiên đăng nhập hiện tại', response: { 200: sessionView } } },
    async (req) => presentSession(currentUser(req), { maxUploadBytes: config.maxUploadBytes, today: clock.today() }),
  );

  api.post(
    '/auth/logout',
    { config: { access: 'self' }, schema: { tags: ['auth'], summary: 'Đăng xuất', response: { 200: z.object({ ok: z.literal(true) }) } } },
    async (req, reply) => {
      await logout(database.db, clock, currentUser(req));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  api.post(
    '/auth/password',
    {
      config: { access: 'self' },
      schema: {
        tags: ['auth'],
        summary: 'Đổi mật khẩu',
        body: z.object({ current: z.string().min(1).max(200), next: z.string().min(1).max(200) }),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (req) => {
      await changePassword(database.db, clock, currentUser(req), req.body);
      return { ok: true as const };
    },
  );
}
