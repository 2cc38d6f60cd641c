import contentDisposition from 'content-disposition';
import type { FastifyReply } from 'fastify';
import type { DownloadFile } from '../exports/file.ts';

/**
 * A file sent as a download: its checked type, an attachment disposition
 * that keeps a Vietnamese file name intact (`filename*`, RFC 6266), and
 * never sniffed or rendered inline.
 */
export function sendDownload(reply: FastifyReply, file: DownloadFile) {
  return reply.header('content-type', file.mime).header('content-disposition', contentDisposition(file.fileName)).header('x-content-type-options', 'nosniff').send(file.bytes);
}
