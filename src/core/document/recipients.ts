/**
 * The end of a document: the distribution list ("Nơi nhận:") and the
 * signature block ("T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ / (đã ký) / Nguyễn Văn A"),
 * which sit side by side and so arrive interleaved, line by line or cell by
 * cell, in extracted text. Each cell is classified on its own: a signature
 * cell never becomes a recipient.
 */
import { articleMarker, romanMarker } from './markers.ts';
import { cellsOf, dropTrailingPunctuation, endsWithAny, fold, hasBullet, isSeparator, isUpperText, startsLower, stripBullet, type Line } from './text.ts';
import { genreHeading } from './title.ts';
import type { Signer } from './types.ts';

// Signing authority prefixes: Party "T/M", "K/T", "T/L" (Hướng dẫn
// 36-HD/VPTW); state "TM.", "KT.", "TL.", "TUQ.", "Q." (Nghị định 30/2020/NĐ-CP).
const AUTHORITY_RE = /^(?:T\/M|T\.M\.?|TM\.?|K\/T|K\.T\.?|KT\.?|T\/L|TL\.?|TUQ\.?|Q\.)\s*(?=\p{Lu})/u;
const OFFICE_RE =
  /^(?:pho\s+)?(?:bi thu|chu tich|giam doc|truong ban|chanh van phong|pho chanh van phong|thu truong|hieu truong|cuc truong|vu truong|truong phong|tong bien tap|bo truong|thu tuong|chanh an|vien truong|uy vien|thuong truc|tong giam doc|chanh thanh tra|truong doan)(?:\s|$)/;
const SIGNED_RE = /^\(?\s*(?:đã ký|ký|da ky|đã kí|ký tên|chữ ký|ký và đóng dấu|đã ký và đóng dấu)(?!\p{L}).*\)?$/iu;
const NOI_NHAN_RE = /^noi\s*nhan\s*[:.]?\s*/;

function isAuthorityCell(cell: string): boolean {
  return AUTHORITY_RE.test(cell) && isUpperText(cell.replace(AUTHORITY_RE, ''));
}

function isOfficeCell(cell: string): boolean {
  return isUpperText(cell) && OFFICE_RE.test(fold(cell)) && cell.length <= 60;
}

function isPersonName(cell: string): boolean {
  const words = cell.split(' ');
  if (words.length < 2 || words.length > 6 || /[\d,;:()/]/.test(cell)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) && (/^\p{Lu}\p{Ll}*$/u.test(w) || /^\p{Lu}+$/u.test(w)));
}

/** Whether a line begins the tail: "Nơi nhận" or a signing-authority line. */
// Cheap test before splitting cells: a tail line has "Nơi nhận" or a
// signing-authority prefix somewhere.
const TAIL_HINT_RE = /[Nn][ơƠoO][iI] ?[Nn]|T\/[ML]|T\.M|TM|K\/T|K\.T|KT|TL|TUQ|Q\./;

export function isTailStart(line: Line): boolean {
  if (line.text === '' || !TAIL_HINT_RE.test(line.text)) return false;
  for (const cell of cellsOf(line.raw)) {
    if (NOI_NHAN_RE.test(fold(cell)) && /^N/i.test(cell)) return true;
    if (isAuthorityCell(cell)) return true;
  }
  return false;
}

export interface Tail {
  recipients: string[];
  signer: Signer | null;
  /** Index of the "Nơi nhận" line, or null when there is none. */
  recipientsIdx: number | null;
  /** Index of the first line after the tail (an attached document may follow). */
  end: number;
}

export function parseTail(lines: readonly Line[], start: number): Tail {
  const items: string[] = [];
  const authority: string[] = [];
  let title: string | null = null;
  let name: string | null = null;
  let recipientsIdx: number | null = null;
  let inList = false;
  let dashed = false;
  // "Lưu: VT, …" closes the list.
  let archive = false;
  let blankRun = 0;
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined) break;
    if (line.text === '') {
      // A long gap after the list and the signature ends the tail.
      if (++blankRun > 8 && (items.length > 0 || name !== null)) break;
      continue;
    }
    blankRun = 0;
    const t = line.text;
    if (i > start && (isSeparator(t) || genreHeading(t) !== null || romanMarker(t) !== null || articleMarker(t) !== null)) break;
    let consumed = false;
    // "- Như trên; - Lưu: VT." on one line: one cell per item.
    const cells = cellsOf(line.raw).flatMap((c) => c.split(/(?<=[;,.])\s+(?=[-+•]\s)/));
    for (const rawCell of cells) {
      let cell = rawCell;
      const f = fold(cell);
      const nn = NOI_NHAN_RE.exec(f);
      if (nn && /^N/i.test(cell)) {
        recipientsIdx ??= i;
        inList = true;
        consumed = true;
        cell = cell.slice(nn[0].length).trim();
        if (cell === '') continue;
      }
      if (isAuthorityCell(cell)) {
        authority.push(cell);
        consumed = true;
        continue;
      }
      if (SIGNED_RE.test(cell)) {
        consumed = true;
        continue;
      }
      if (isOfficeCell(cell) && !hasBullet(cell)) {
        title = cell;
        consumed = true;
        continue;
      }
      if ((title !== null || authority.length > 0) && name === null && !hasBullet(cell) && isPersonName(cell)) {
        name = cell;
        consumed = true;
        continue;
      }
      if (!inList) continue;
      if (hasBullet(cell)) {
        dashed = true;
        const item = stripBullet(cell);
        items.push(item);
        archive = /^lưu\b/i.test(item);
        consumed = true;
        continue;
      }
      const last = items.length - 1;
      const prev = items[last];
      if (dashed && prev !== undefined) {
        // A wrapped item: no dash of its own, after an item that did not close.
        if (startsLower(cell) || !endsWithAny(prev, ';.')) {
          items[last] = `${prev} ${cell}`;
          consumed = true;
        }
        continue;
      }
      if (!dashed && !archive) {
        // A list written without dashes: one recipient a line.
        items.push(cell);
        archive = /^lưu\b/i.test(cell);
        consumed = true;
      }
    }
    if (!consumed && (items.length > 0 || authority.length > 0 || title !== null)) break;
  }
  const recipients = items.map((item) => dropTrailingPunctuation(item.replace(/\s+/g, ' '))).filter((r) => r !== '');
  const signer: Signer | null =
    authority.length > 0 || title !== null || name !== null
      ? { authority: authority.length > 0 ? authority.join(' ') : null, title, name }
      : null;
  return { recipients, signer, recipientsIdx, end: i };
}
