/**
 * Offices' own Word templates: checked (by bytes, size, zip structure, and a
 * trial fill so a bad command is refused at upload, not at export), stored
 * once by content hash, listed to the units in scope.
 */
import { desc, eq } from 'drizzle-orm';
import { consolidationDocument, defaultFrame } from '../../../core/consolidation/index.ts';
import { docxTemplates, units } from '../../db/schema/index.ts';
import { anyUuid } from '../../db/sql.ts';
import type { ReadTx, Work } from '../../db/uow.ts';
import { checkAndStore, detectType, readStored, type StoredFile } from '../../files/store.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { checkTemplateBytes, fillTemplate, MAX_TEMPLATE_BYTES } from '../../exports/template.ts';
import { templateData } from '../../exports/template-data.ts';
import type { Scope } from '../scope.ts';
import { DOCX_MIME } from '../../exports/file.ts';


/** Sample data with every field, so that a trial fill exercises the template's commands. */
function sampleData(): Record<string, unknown> {
  const frame = defaultFrame({
    issuer: { name: 'Ban Tuyên giáo Tỉnh ủy', shortName: null, kind: 'tham-muu' },
    parent: { name: 'Tỉnh ủy Điện Biên', shortName: 'Tỉnh ủy', kind: 'cap-uy' },
    place: 'Điện Biên',
    recipients: ['Ban Thường vụ Tỉnh ủy (b/c)'],
  });
  const doc = consolidationDocument({
    frame,
    issuerName: 'Ban Tuyên giáo Tỉnh ủy',
    title: 'kết quả thực hiện kế hoạch (mẫu thử)',
    sections: [{ key: 'mo-dau', title: 'Mở đầu', level: 0, html: '<p>Mẫu thử.</p>', generatedHtml: '', baseGeneratedHtml: null, edited: true, stale: false }],
    tables: { kind: 'period', periodId: '2020H1', rate: { periodId: '2020H1', label: '6 tháng đầu năm 2020', expected: 1, submitted: 1, onTime: 1, rate: 100, onTimeRate: 100 }, indicators: [], byUnit: [], late: [], missing: [] },
    columns: [],
    year: 2020,
  });
  return templateData(doc, null, []);
}

/** Checks an uploaded template and stores its bytes; the row is written by registerTemplate. */
export async function storeTemplate(filesDir: string, file: { bytes: Uint8Array; fileName: string }): Promise<StoredFile> {
  const type = await detectType(file.bytes);
  if (type?.mime !== DOCX_MIME) throw new AppError('DOCX_TEMPLATE_INVALID', { reason: 'Tệp không phải văn bản Word (.docx).' });
  checkTemplateBytes(file.bytes);
  await fillTemplate(file.bytes, sampleData());
  return checkAndStore(filesDir, file.bytes, file.fileName, MAX_TEMPLATE_BYTES);
}

export async function registerTemplate(work: Work, scope: Scope, input: { name: string; file: StoredFile }) {
  const actor = work.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  scope.check(actor.unitId);
  const row = await work.write.insertOne(docxTemplates, { ownerUnitId: actor.unitId, name: input.name, sha256: input.file.sha256, createdBy: actor.userId }, { action: 'docx-template.create' });
  return { id: row.id, name: row.name, ownerUnitId: row.ownerUnitId, createdAt: row.createdAt };
}

/** Templates of the units in scope, newest first. */
export async function listTemplates(read: ReadTx, scope: Scope) {
  const ids = scope.list();
  return read
    .select({ id: docxTemplates.id, name: docxTemplates.name, ownerUnitId: docxTemplates.ownerUnitId, ownerName: units.name, createdAt: docxTemplates.createdAt })
    .from(docxTemplates)
    .innerJoin(units, eq(units.id, docxTemplates.ownerUnitId))
    .where(ids ? anyUuid(docxTemplates.ownerUnitId, ids) : undefined)
    .orderBy(desc(docxTemplates.createdAt));
}

async function templateRow(read: ReadTx, scope: Scope, id: string) {
  const [row] = await read.select().from(docxTemplates).where(eq(docxTemplates.id, id));
  if (!row) throw notFound('docx template');
  scope.check(row.ownerUnitId);
  return row;
}

export async function deleteTemplate(work: Work, scope: Scope, id: string): Promise<void> {
  const row = await templateRow(work.read, scope, id);
  // The file stays: it is stored once by hash and may back another upload.
  await work.write.delete(docxTemplates, eq(docxTemplates.id, row.id), { action: 'docx-template.delete' });
}

export async function templateBytes(read: ReadTx, scope: Scope, filesDir: string, id: string): Promise<Uint8Array> {
  const row = await templateRow(read, scope, id);
  return new Uint8Array(readStored(filesDir, row.sha256));
}
