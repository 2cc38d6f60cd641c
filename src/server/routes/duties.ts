import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { roleHas } from '../../core/access/roles.ts';
import { DUTY_STATUSES } from '../../core/duty/index.ts';
import { inTransaction, reader } from '../db/uow.ts';
import { checkAndStore, readStored, type StoredFile } from '../files/store.ts';
import { currentUser } from '../http/access.ts';
import { readMultipart } from '../http/multipart.ts';
import { addProgress, checkDutyAccess, getAttachment, getDuty, listUnitDuties } from '../services/duties.ts';
import { typed, type RouteDeps } from './context.ts';
import { idParams } from './schemas.ts';
import { sendDownload } from '../http/download.ts';

const progressFields = z.object({
  text: z.string().trim().min(1, 'Hãy nhập nội dung cập nhật.').max(20_000),
  progress: z.coerce.number().int().min(0).max(100),
  completed: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  version: z.coerce.number().int().min(1),
});

export function dutyRoutes(app: FastifyInstance, { database, config, clock }: RouteDeps) {
  const api = typed(app);
  const db = database.db;

  api.get(
    '/duties',
    {
      config: { access: 'duty.read' },
      schema: {
        tags: ['duties'],
        summary: 'Việc của đơn vị',
        querystring: z.object({ unitId: z.uuid().optional(), planId: z.uuid().optional(), status: z.enum(DUTY_STATUSES).optional() }),
      },
    },
    async (req) => ({ duties: await listUnitDuties(reader(db), await req.scope('duty.read'), { ...req.query, today: clock.today() }), today: clock.today() }),
  );

  api.get('/duties/:id', { config: { access: 'duty.read' }, schema: { tags: ['duties'], summary: 'Một nhiệm vụ', params: idParams } }, async (req) => {
    const user = currentUser(req);
    return getDuty(reader(db), await req.scope('duty.read'), req.params.id, { today: clock.today(), canUpdate: roleHas(user.role, 'duty.update') });
  });

  api.post(
    '/duties/:id/updates',
    { config: { access: 'duty.update' }, schema: { tags: ['duties'], summary: 'Cập nhật tiến độ (kèm tệp minh chứng)', params: idParams, consumes: ['multipart/form-data'] } },
    async (req) => {
      const scope = await req.scope('duty.update');
      await checkDutyAccess(reader(db), scope, req.params.id);
      const { fields, files } = await readMultipart(req, progressFields);
      const stored: StoredFile[] = [];
      for (const f of files) stored.push(await checkAndStore(config.filesDir, f.bytes, f.fileName, config.maxUploadBytes));
      const update = await inTransaction(db, currentUser(req), (work) =>
        addProgress(work, scope, req.params.id, { ...fields, files: stored, expectedVersion: fields.version, today: clock.today() }),
      );
      return { id: update.id };
    },
  );

  api.get('/attachments/:id', { config: { access: 'duty.read' }, schema: { tags: ['files'], summary: 'Tải tệp đính kèm', params: idParams } }, async (req, reply) => {
    const file = await getAttachment(reader(db), await req.scope('duty.read'), req.params.id);
    return sendDownload(reply, { bytes: readStored(config.filesDir, file.sha256), mime: file.mime, fileName: file.fileName });
  });
}
