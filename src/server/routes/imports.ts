import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inTransaction, reader } from '../db/uow.ts';
import { currentUser } from '../http/access.ts';
import { AppError } from '../http/errors.ts';
import { readMultipart } from '../http/multipart.ts';
import { createImport, discardImport, getImport, listImports, publishImport, saveImportDraft } from '../services/plan-import.ts';
import { typed, type RouteDeps } from './context.ts';
import { idParams, importDraftSchema, version } from './schemas.ts';

export function importRoutes(app: FastifyInstance, { database, config, clock }: RouteDeps) {
  const api = typed(app);
  const db = database.db;

  api.get('/imports', { config: { access: 'plan.manage' }, schema: { tags: ['imports'], summary: 'Các bản nhập kế hoạch' } }, async (req) => ({
    imports: await listImports(reader(db), await req.scope('plan.manage')),
  }));

  // A file upload (.txt, .docx, .pdf) as multipart/form-data, field "file".
  api.post('/imports', { config: { access: 'plan.manage' }, schema: { tags: ['imports'], summary: 'Tải lên văn bản kế hoạch để nhập', consumes: ['multipart/form-data'] } }, async (req) => {
    const { files } = await readMultipart(req, z.object({}));
    const file = files[0];
    if (!file) throw new AppError('VALIDATION_FAILED', { reason: 'Chưa chọn tệp.' });
    const scope = await req.scope('plan.manage');
    return inTransaction(db, currentUser(req), (work) => createImport(work, scope, { fileName: file.fileName, bytes: file.bytes, maxBytes: config.maxUploadBytes }));
  });

  // Pasted text.
  api.post(
    '/imports/text',
    {
      config: { access: 'plan.manage' },
      schema: { tags: ['imports'], summary: 'Dán nội dung văn bản kế hoạch để nhập', body: z.object({ text: z.string().trim().min(1).max(2_000_000), fileName: z.string().trim().max(200).optional() }) },
    },
    async (req) => {
      const scope = await req.scope('plan.manage');
      const bytes = new TextEncoder().encode(req.body.text);
      return inTransaction(db, currentUser(req), (work) => createImport(work, scope, { fileName: req.body.fileName || 'van-ban-dan.txt', bytes, maxBytes: config.maxUploadBytes }));
    },
  );

  api.get('/imports/:id', { config: { access: 'plan.manage' }, schema: { tags: ['imports'], summary: 'Một bản nhập', params: idParams } }, async (req) =>
    getImport(reader(db), await req.scope('plan.manage'), req.params.id),
  );

  api.put(
    '/imports/:id',
    { config: { access: 'plan.manage' }, schema: { tags: ['imports'], summary: 'Lưu chỉnh sửa bản nhập', params: idParams, body: z.object({ draft: importDraftSchema, version }) } },
    async (req) => {
      const scope = await req.scope('plan.manage');
      return inTransaction(db, currentUser(req), (work) => saveImportDraft(work, scope, req.params.id, req.body.draft, req.body.version));
    },
  );

  api.post(
    '/imports/:id/publish',
    {
      config: { access: 'plan.manage' },
      schema: { tags: ['imports'], summary: 'Công bố kế hoạch', params: idParams, body: z.object({ version, allowDuplicate: z.boolean().default(false) }) },
    },
    async (req) => {
      const scope = await req.scope('plan.manage');
      return inTransaction(db, currentUser(req), (work) =>
        publishImport(work, scope, req.params.id, { expectedVersion: req.body.version, allowDuplicate: req.body.allowDuplicate, today: clock.today() }),
      );
    },
  );

  api.delete('/imports/:id', { config: { access: 'plan.manage' }, schema: { tags: ['imports'], summary: 'Hủy bản nhập', params: idParams } }, async (req) => {
    const scope = await req.scope('plan.manage');
    await inTransaction(db, currentUser(req), (work) => discardImport(work, scope, req.params.id));
    return { ok: true };
  });
}
