/**
 * Reading a multipart request into memory, bounded: at most `maxBytes` per
 * file (the multipart plugin's limit) and a few files. Fields come back as
 * strings for the route's zod schema to parse.
 */
import type { FastifyRequest } from 'fastify';
import type { ZodType } from 'zod';
import { AppError } from './errors.ts';

export interface UploadedFile {
  fieldName: string;
  fileName: string;
  bytes: Uint8Array;
}

export async function readMultipart<T>(req: FastifyRequest, fieldsSchema: ZodType<T>): Promise<{ fields: T; files: UploadedFile[] }> {
  if (!req.isMultipart()) throw new AppError('VALIDATION_FAILED', { reason: 'multipart/form-data expected' });
  const raw: Record<string, string> = {};
  const files: UploadedFile[] = [];
  for await (const part of req.parts()) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      if (part.file.truncated) throw new AppError('FILE_TOO_LARGE');
      files.push({ fieldName: part.fieldname, fileName: part.filename, bytes: new Uint8Array(bytes) });
    } else {
      const value = String(part.value ?? '');
      if (value.includes('\u0000')) throw new AppError('VALIDATION_FAILED', { reason: 'Dữ liệu chứa ký tự NUL không hợp lệ.' });
      raw[part.fieldname] = value;
    }
  }
  const parsed = fieldsSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  return { fields: parsed.data, files };
}
