import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { createResolver } from '../../core/org/resolve.ts';
import { UNIT_KINDS } from '../../core/org/vocab.ts';
import { inTransaction, reader } from '../db/uow.ts';
import { currentUser } from '../http/access.ts';
import { sendDownload } from '../http/download.ts';
import { AppError } from '../http/errors.ts';
import { readMultipart } from '../http/multipart.ts';
import { createGroup, createUnits, deleteGroup, deleteUnit, getUnit, listGroups, listUnits, registryEntries, updateGroup, updateUnit } from '../services/registry.ts';
import { exportRegistry, importRegistry, REGISTRY_FORMATS } from '../services/registry-io.ts';
import { typed, type RouteDeps } from './context.ts';
import { civilDate, idParams, version } from './schemas.ts';

const unitBody = z.object({
  parentId: z.uuid().nullable(),
  kind: z.enum(UNIT_KINDS),
  name: z.string().trim().min(1, 'Hãy nhập tên đơn vị.').max(300),
  shortName: z.string().trim().max(100).nullable().optional(),
  aliases: z.array(z.string().trim().max(300)).max(30).default([]),
  code: z.string().trim().max(50).nullable().optional(),
  validFrom: civilDate.nullable().optional(),
  validTo: civilDate.nullable().optional(),
  sortOrder: z.number().int().min(0).max(100_000).default(0),
});

const groupBody = z.object({
  ownerUnitId: z.uuid(),
  name: z.string().trim().min(1, 'Hãy nhập tên nhóm.').max(300),
  aliases: z.array(z.string().trim().max(300)).max(30).default([]),
  members: z.array(z.object({ unitId: z.uuid(), validFrom: civilDate.nullable().optional(), validTo: civilDate.nullable().optional() })).max(5000),
});

export function registryRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const api = typed(app);
  const db = database.db;

  api.get(
    '/registry/units',
    { config: { access: 'registry.read' }, schema: { tags: ['registry'], summary: 'Danh sách đơn vị', querystring: z.object({ q: z.string().max(200).optional(), asOf: civilDate.optional() }) } },
    async (req) => ({ units: await listUnits(reader(db), await req.scope('registry.read'), req.query) }),
  );

  api.get('/registry/units/:id', { config: { access: 'registry.read' }, schema: { tags: ['registry'], summary: 'Một đơn vị', params: idParams } }, async (req) =>
    getUnit(reader(db), await req.scope('registry.read'), req.params.id),
  );

  api.post('/registry/units', { config: { access: 'registry.manage' }, schema: { tags: ['registry'], summary: 'Thêm đơn vị', body: unitBody } }, async (req) => {
    const scope = await req.scope('registry.manage');
    const [unit] = await inTransaction(db, currentUser(req), (work) => createUnits(work, scope, [req.body]));
    return unit;
  });

  api.put(
    '/registry/units/:id',
    { config: { access: 'registry.manage' }, schema: { tags: ['registry'], summary: 'Sửa đơn vị', params: idParams, body: unitBody.extend({ version }) } },
    async (req) => {
      const scope = await req.scope('registry.manage');
      const { version: expected, ...input } = req.body;
      return inTransaction(db, currentUser(req), (work) => updateUnit(work, scope, req.params.id, input, expected));
    },
  );

  api.delete('/registry/units/:id', { config: { access: 'registry.manage' }, schema: { tags: ['registry'], summary: 'Xóa đơn vị', params: idParams } }, async (req) => {
    const scope = await req.scope('registry.manage');
    await inTransaction(db, currentUser(req), (work) => deleteUnit(work, scope, req.params.id));
    return { ok: true };
  });

  api.get('/registry/groups', { config: { access: 'registry.read' }, schema: { tags: ['registry'], summary: 'Nhóm đơn vị' } }, async (req) => ({
    groups: await listGroups(reader(db), await req.scope('registry.read')),
  }));

  api.post('/registry/groups', { config: { access: 'registry.manage' }, schema: { tags: ['registry'], summary: 'Thêm nhóm đơn vị', body: groupBody } }, async (req) => {
    const scope = await req.scope('registry.manage');
    return inTransaction(db, currentUser(req), (work) => createGroup(work, scope, req.body));
  });

  api.put(
    '/registry/groups/:id',
    { config: { access: 'registry.manage' }, schema: { tags: ['registry'], summary: 'Sửa nhóm đơn vị', params: idParams, body: groupBody.extend({ version }) } },
    async (req) => {
      const scope = await req.scope('registry.manage');
      const { version: expected, ...input } = req.body;
      return inTransaction(db, currentUser(req), (work) => updateGroup(work, scope, req.params.id, input, expected));
    },
  );

  api.delete('/registry/groups/:id', { config: { access: 'registry.manage' }, schema: { tags: ['registry'], summary: 'Xóa nhóm đơn vị', params: idParams } }, async (req) => {
    const scope = await req.scope('registry.manage');
    await inTransaction(db, currentUser(req), (work) => deleteGroup(work, scope, req.params.id));
    return { ok: true };
  });

  api.get(
    '/registry/suggest',
    {
      config: { access: 'registry.read' },
      schema: { tags: ['registry'], summary: 'Gợi ý đơn vị, nhóm theo tên', querystring: z.object({ q: z.string().trim().min(1).max(500), asOf: civilDate.optional() }) },
    },
    async (req) => {
      const { entries } = await registryEntries(reader(db), await req.scope('registry.read'), req.query.asOf ?? null);
      return { suggestions: createResolver(entries).suggest(req.query.q, 10) };
    },
  );

  api.get(
    '/registry/export',
    { config: { access: 'registry.read' }, schema: { tags: ['registry'], summary: 'Xuất danh mục đơn vị (.xlsx, .csv)', querystring: z.object({ format: z.enum(REGISTRY_FORMATS).default('xlsx') }) } },
    async (req, reply) => {
      return sendDownload(reply, await exportRegistry(reader(db), await req.scope('registry.read'), req.query.format));
    },
  );

  api.post(
    '/registry/import',
    {
      config: { access: 'registry.manage' },
      schema: { tags: ['registry'], summary: 'Nhập danh mục đơn vị từ .xlsx/.csv (dryRun=true để kiểm tra)', consumes: ['multipart/form-data'], querystring: z.object({ dryRun: z.enum(['true', 'false']).default('true') }) },
    },
    async (req) => {
      const { files } = await readMultipart(req, z.object({}));
      const file = files[0];
      if (!file) throw new AppError('VALIDATION_FAILED', { reason: 'Chưa chọn tệp.' });
      const scope = await req.scope('registry.manage');
      const dryRun = req.query.dryRun === 'true';
      return inTransaction(db, currentUser(req), (work) => importRegistry(work, scope, { fileName: file.fileName, bytes: file.bytes, dryRun }));
    },
  );
}
