/** Reads one entry of a .docx/.xlsx (a ZIP) as text, for tests that look at the XML. */
import { inflateRawSync } from 'node:zlib';
import { readZipDirectory } from '../../ingest/zip.ts';

export function zipEntryText(bytes: Uint8Array, name: string): string {
  const entry = readZipDirectory(bytes).find((e) => e.name === name);
  if (!entry) throw new Error(`no ${name} in the archive`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  return (entry.method === 0 ? Buffer.from(data) : inflateRawSync(data)).toString('utf8');
}
