/**
 * Shared shapes of the route-access test (src/server/access.test.ts). Each
 * route module can add its own cases in `src/server/routes/<name>.access.ts`
 * exporting `access: AccessModule`; the test collects them all.
 */
import type { InjectOptions } from 'fastify';
import type { Session, TestApp } from './app.ts';

export interface Fixtures {
  /** Values a module's `setup` created, by name. */
  extra: Record<string, string>;
  planId: string;
  obligationId: string;
  otherObligationId: string;
  reportingDutyId: string;
  subPlanDutyId: string;
  disseminateDutyId: string;
  importId: string;
  importVersion: number;
  importDraft: unknown;
  spareImportId: string;
  editUserId: string;
  dutyId: string;
  dutyVersion: number;
  attachmentId: string;
  tuanGiao: string;
  muongAng: string;
  root: string;
  spareUnitId: string;
  spareUnitVersion: number;
  groupId: string;
  groupVersion: number;
  spareGroupId: string;
}

export type Who = 'admin' | 'btg.dieuphoi' | 'tinhuy.lanhdao' | 'tuangiao.lanhdao' | 'tuangiao.baocao' | 'muongang.baocao' | 'throwaway';

export interface Case {
  request: (f: Fixtures) => InjectOptions;
  right: Who;
  /** A user who must not get the other unit's data: 403, or 2xx with `leaks` false. */
  other?: { who: Who; leaks?: (body: string, f: Fixtures) => boolean };
}

export const multipart = (fields: Record<string, string>, file?: { name: string; content: string }) => {
  const b = '----access';
  const parts = Object.entries(fields).map(([k, v]) => `--${b}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
  if (file) parts.push(`--${b}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n${file.content}\r\n`);
  return { payload: parts.join('') + `--${b}--\r\n`, headers: { 'content-type': `multipart/form-data; boundary=${b}` } };
};

export const mentions = (body: string, id: string) => body.includes(id);

export interface AccessContext {
  t: TestApp;
  f: Fixtures;
  sessionOf: (who: Who) => Promise<Session>;
}

export interface AccessModule {
  /** Creates what the module's cases need; the values land in `f.extra`. */
  setup?: (ctx: AccessContext) => Promise<Record<string, string>>;
  cases: Record<string, Case>;
  /** Routes of the module that are public on purpose (e.g. a token-protected calendar feed). */
  publicRoutes?: string[];
}
