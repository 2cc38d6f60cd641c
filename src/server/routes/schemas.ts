/**
 * Zod schemas shared by several routes. Each route keeps its own schema next
 * to it; these are the shapes that recur (ids, civil dates, the import draft).
 */
import { z } from 'zod';
import { parseCivilDate, type CivilDate } from '../../core/civil-date.ts';
import { CADENCES, DOCUMENT_GENRES, DUTY_KINDS } from '../../core/document/types.ts';
import type { ImportDraft } from '../../core/plan/draft.ts';

export const idParams = z.object({ id: z.uuid({ error: 'Mã không hợp lệ.' }) });

/** A civil date `yyyy-mm-dd` that names a real day. */
export const civilDate = z
  .string()
  .refine((s) => parseCivilDate(s) !== null, { message: 'Ngày không hợp lệ (yyyy-mm-dd).' })
  .transform((s) => s as CivilDate);

export const version = z.number().int().min(1);

const text = (max: number) => z.string().max(max);

const unitRef = z.object({ kind: z.enum(['unit', 'group']), id: z.uuid() });
const suggestion = z.object({ ref: unitRef, name: text(500), score: z.number() });
const target = z.object({ text: text(1000), ref: unitRef.nullable(), suggestions: z.array(suggestion).max(20) });

const citation = z.object({
  symbol: text(100),
  type: z.enum(DOCUMENT_GENRES).nullable(),
  date: civilDate.nullable(),
  issuer: text(500).nullable(),
});

const point = z.object({ number: text(20), title: text(5000), paragraphs: z.array(text(50_000)).max(500) });
const item = z.object({ number: text(30), title: text(5000), paragraphs: z.array(text(50_000)).max(500), points: z.array(point).max(100) });
const section = z.object({ number: text(20), title: text(5000), paragraphs: z.array(text(50_000)).max(500), items: z.array(item).max(200) });

export const importDraftSchema = z.object({
  meta: z.object({
    number: text(100).nullable(),
    type: z.enum(DOCUMENT_GENRES).nullable(),
    issuer: text(500).nullable(),
    place: text(200).nullable(),
    date: civilDate.nullable(),
    title: text(5000),
    endDate: civilDate.nullable(),
    coordinatorUnitId: z.uuid().nullable(),
  }),
  cites: z.array(citation).max(500),
  sections: z.array(section).max(100),
  contentSection: z.number().int().min(0).nullable(),
  assignments: z
    .array(
      z.object({
        unitText: text(2000),
        text: text(100_000),
        targets: z.array(target).max(100),
        partners: z.array(target).max(100),
        duties: z
          .array(z.object({ kind: z.enum(DUTY_KINDS), text: text(50_000), deadlineText: text(500).nullable(), deadline: civilDate.nullable() }))
          .max(200),
        reports: z.array(z.object({ text: text(10_000), cadence: z.enum(CADENCES), to: z.array(target).max(20), via: z.array(target).max(20) })).max(50),
      }),
    )
    .max(300),
  recipients: z.array(text(1000)).max(300),
}) satisfies z.ZodType<ImportDraft>;
