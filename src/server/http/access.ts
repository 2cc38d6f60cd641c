/**
 * Deny by default. Every /api route declares `config.access`: a permission,
 * or 'public'. A route without one makes the server refuse to start. On each
 * request the session is loaded, the CSRF token checked for state-changing
 * methods, and the role checked against the permission; unit scope is then
 * checked by the service against `req.scope(permission)`.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type {} from '@fastify/cookie';
import { roleHas, type Permission } from '../../core/access/roles.ts';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/client.ts';
import { loadSession, type SessionUser } from '../services/auth.ts';
import { computeScope, type Scope } from '../services/scope.ts';
import { AppError } from './errors.ts';

export type Access = Permission | 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    user: SessionUser | null;
    /** The units the caller may act on for a permission, computed once per request. */
    scope: (permission: Permission) => Promise<Scope>;
  }
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
}

export interface RouteEntry {
  method: string;
  url: string;
  access: Access;
}

export const SESSION_COOKIE = 'thucthi_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The signed-in user; routes behind a permission always have one. */
export function currentUser(req: FastifyRequest): SessionUser {
  if (!req.user) throw new AppError('UNAUTHENTICATED');
  return req.user;
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export const accessPlugin = fp<{ db: Db; clock: Clock }>(async (app: FastifyInstance, { db, clock }) => {
  app.decorate('routeTable', [] as RouteEntry[]);
  app.decorateRequest('user', null);
  app.decorateRequest('scope', async () => {
    throw new Error('scope used before the access hook');
  });

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${String(route.method)} ${route.url} declares no access (config.access)`);
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) if (method !== 'HEAD') app.routeTable.push({ method, url: route.url, access });
  });

  app.addHook('onRequest', async (req: FastifyRequest, _reply: FastifyReply) => {
    const access = req.routeOptions.config?.access;
    if (!req.url.startsWith('/api/') || access === undefined) return;
    req.user = await loadSession(db, clock, req.cookies[SESSION_COOKIE]);
    const scopes = new Map<Permission, Promise<Scope>>();
    req.scope = (permission) => {
      const user = currentUser(req);
      let s = scopes.get(permission);
      if (!s) {
        s = computeScope(db, user, permission);
        scopes.set(permission, s);
      }
      return s;
    };
    if (access === 'public') return;
    if (!req.user) throw new AppError('UNAUTHENTICATED');
    // A temporary password set by an admin must be replaced before anything else.
    if (req.user.mustChangePassword && access !== 'self') throw new AppError('PASSWORD_CHANGE_REQUIRED');
    if (!SAFE_METHODS.has(req.method)) {
      const token = req.headers[CSRF_HEADER];
      if (typeof token !== 'string' || !sameToken(token, req.user.csrfToken)) throw new AppError('CSRF_FAILED');
    }
    if (!roleHas(req.user.role, access)) throw new AppError('FORBIDDEN');
  });
});
