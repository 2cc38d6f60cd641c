/**
 * Builds the Fastify application: plugins, the access layer, error mapping,
 * the API routes and the web app. Nothing here keeps state between requests.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ERROR_MESSAGES } from '../core/errors.ts';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { accessPlugin } from './http/access.ts';
import { AppError } from './http/errors.ts';
import { registerRoutes } from './routes/index.ts';

// Validation messages in Vietnamese, from zod's own locale.
z.config(z.locales.vi());

export interface AppDeps {
  database: Database;
  config: Config;
  clock: Clock;
  logger?: boolean;
}

export async function buildApp({ database, config, clock, logger = false }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ? { level: 'info' } : false,
    trustProxy: config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
    // Request ids in logs make a user's error report traceable.
    genReqId: () => crypto.randomUUID(),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        // Everything is served from here: closed networks, no CDN.
        'default-src': ["'self'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'style-src': ["'self'", "'unsafe-inline'"],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'upgrade-insecure-requests': null,
      },
    },
    hsts: false,
  });
  // One door for JSON: PostgreSQL text cannot hold NUL characters, so they
  // are refused here as bad input instead of failing deep in a query.
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = String(body);
    if (text.includes('\\u0000') || text.includes('\u0000')) {
      done(new AppError('VALIDATION_FAILED', { reason: 'Dữ liệu chứa ký tự NUL không hợp lệ.' }), undefined);
      return;
    }
    try {
      done(null, text.length === 0 ? {} : JSON.parse(text));
    } catch {
      done(new AppError('VALIDATION_FAILED', { reason: 'JSON không hợp lệ.' }), undefined);
    }
  });
  app.addHook('onRequest', async (req) => {
    if (req.url.includes('%00')) throw new AppError('VALIDATION_FAILED', { reason: 'Địa chỉ chứa ký tự NUL không hợp lệ.' });
  });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: config.maxUploadBytes, files: 10, fields: 50 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'thucthi API', description: 'Theo dõi thực hiện kế hoạch', version: '1' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'thucthi_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(accessPlugin, { db: database.db, clock });

  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.status).send({ error: { code: error.code, message: error.message, details: error.details } });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((v) => ({ path: v.instancePath || v.params?.issue, message: v.message }));
      return reply.status(400).send({ error: { code: 'VALIDATION_FAILED', message: ERROR_MESSAGES.VALIDATION_FAILED, details } });
    }
    // Races the use cases could not order: a unique key taken meanwhile, or a
    // serialisation failure. The transaction was rolled back; the user retries.
    const pgCode = (error as { code?: string }).code;
    if (pgCode === '22P05' || pgCode === '22021') return reply.status(400).send({ error: { code: 'VALIDATION_FAILED', message: ERROR_MESSAGES.VALIDATION_FAILED } });
    if (pgCode === '23505') return reply.status(409).send({ error: { code: 'DUPLICATE', message: ERROR_MESSAGES.DUPLICATE } });
    if (pgCode === '40001' || pgCode === '40P01') return reply.status(409).send({ error: { code: 'RETRY_LATER', message: ERROR_MESSAGES.RETRY_LATER } });
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status === 413 || (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      return reply.status(413).send({ error: { code: 'FILE_TOO_LARGE', message: ERROR_MESSAGES.FILE_TOO_LARGE } });
    }
    if (status === 429) return reply.status(429).send({ error: { code: 'RATE_LIMITED', message: ERROR_MESSAGES.RATE_LIMITED } });
    if (status >= 400 && status < 500) {
      return reply.status(status).send({ error: { code: 'VALIDATION_FAILED', message: ERROR_MESSAGES.VALIDATION_FAILED, details: error.message } });
    }
    req.log.error(error);
    return reply.status(500).send({ error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } });
  });

  await app.register(async (api) => registerRoutes(api, { database, config, clock }), { prefix: '/api' });

  const indexHtml = path.join(config.webDir, 'index.html');
  const hasWeb = existsSync(indexHtml);
  if (hasWeb) {
    await app.register(fastifyStatic, { root: config.webDir, wildcard: false, index: ['index.html'] });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || !hasWeb || req.method !== 'GET') {
      return reply.status(404).send({ error: { code: 'NOT_FOUND', message: ERROR_MESSAGES.NOT_FOUND } });
    }
    // The web app routes on the client: every page URL serves index.html.
    return reply.type('text/html').sendFile('index.html');
  });
  return app;
}
