import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './client.ts';
import { auditLog, units } from './schema/index.ts';
import { inTransaction } from './uow.ts';
import { openTestDatabase, testBackends } from '../testing/db.ts';

describe.each(testBackends())('audit log on %s', (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('records a write in the same transaction, and refuses to be rewritten', async () => {
    const unit = await inTransaction(database.db, null, (w) =>
      w.write.insertOne(units, { kind: 'cap-uy', name: 'Tỉnh ủy Thử', searchText: 'tinh uy thu' }),
    );
    const rows = await database.db.select().from(auditLog).where(sql`${auditLog.entityId} = ${unit.id}`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'units.insert', entity: 'units', before: null });
    await expect(database.db.execute(sql`UPDATE audit_log SET action = 'x'`)).rejects.toThrow();
    await expect(database.db.execute(sql`DELETE FROM audit_log`)).rejects.toThrow();
  });

  it('writes nothing when the use case fails', async () => {
    const before = await database.db.$count(units);
    await expect(
      inTransaction(database.db, null, async (w) => {
        await w.write.insertOne(units, { kind: 'cap-uy', name: 'Sẽ bị hủy', searchText: 'se bi huy' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await database.db.$count(units)).toBe(before);
  });

  it('detects a concurrent change by version', async () => {
    const unit = await inTransaction(database.db, null, (w) =>
      w.write.insertOne(units, { kind: 'cap-uy', name: 'Phiên bản', searchText: 'phien ban' }),
    );
    const updated = await inTransaction(database.db, null, (w) => w.write.update(units, unit.id, { name: 'Phiên bản 2' }, { expectedVersion: 1 }));
    expect(updated.version).toBe(2);
    await expect(
      inTransaction(database.db, null, (w) => w.write.update(units, unit.id, { name: 'Phiên bản cũ' }, { expectedVersion: 1 })),
    ).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
  });
});
