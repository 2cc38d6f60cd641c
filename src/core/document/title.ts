/**
 * Genre heading and title (trích yếu): "KẾ HOẠCH" then the title lines up to
 * the separator ("-----", "____", "***") or the first line of the body.
 */
import { isAnyMarker } from './markers.ts';
import { fold, isSeparator, isUpperText, startsLower, startsUpper, stripBullet, type Line } from './text.ts';
import type { DocumentGenre } from './types.ts';
import { GENRE_WORDS } from './vocab.ts';

const HEADING_START_RE = /^\p{Lu} ?\p{Lu}/u;
const GENRES_UNSPACED = GENRE_WORDS.map(([w, g]) => [w.replace(/ /g, ''), g] as const);

/**
 * A genre heading cell: "KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "K Ế H O Ạ C H",
 * "QUYẾT ĐỊNHVề việc …" (glued), "KẾ HOẠCH thực hiện …". The genre word must be
 * in capitals: "Kế hoạch" at the start of a sentence is body text. Returns the
 * genre and what follows it on the line (the start of the title, if any).
 */
export function genreHeading(cell: string): { genre: DocumentGenre; rest: string } | null {
  const text = cell.trim();
  // Headings start with two capitals ("KẾ", "QU…") or a spaced capital ("K Ế").
  if (text.length > 400 || !HEADING_START_RE.test(text)) return null;
  // A short line in capitals, spaces ignored: "K Ế H O Ạ C H", OCR's "K ÉT LUẬN".
  if (text.length <= 48 && isUpperText(text)) {
    const key = fold(text.replace(/[\s:.]/g, ''));
    for (const [w, genre] of GENRES_UNSPACED) if (key === w) return { genre, rest: '' };
  }
  // Genre words are at most 22 characters: fold only the start.
  const f = fold(text.slice(0, 32));
  for (const [word, genre] of GENRE_WORDS) {
    if (!f.startsWith(word)) continue;
    const head = text.slice(0, word.length);
    if (!isUpperText(head) && !(word === 'luat' && head === 'LUẬT')) return null;
    const next = text.charAt(word.length);
    const after = text.charAt(word.length + 1);
    const boundary =
      next === '' ||
      /[\s:.]/.test(next) ||
      (next !== next.toUpperCase() && next === next.toLowerCase()) ||
      // Glued to a capitalised title word: "QUYẾT ĐỊNHVề việc".
      (next !== next.toLowerCase() && after !== '' && after !== after.toUpperCase());
    if (!boundary) return null;
    const rest = text.slice(word.length).replace(/^[\s:.]+/, '').trim();
    return { genre, rest };
  }
  return null;
}

// Lines that start the body, not the title (compared in lower case).
const BODY_STARTS = [
  'căn cứ', 'thực hiện', 'theo ', 'xét ', 'kính gửi', 'để ', 'nhằm ', 'trên cơ sở', 'sau khi', 'hôm nay', 'thi hành',
  'ngày ', 'qua ', 'trong những năm', 'thời gian qua', 'vừa qua',
];

// An authority line of a decision or resolution ("CHỦ TỊCH ỦY BAN NHÂN DÂN
// TỈNH…", "BAN THƯỜNG VỤ TỈNH ỦY"), folded.
const AUTHORITY_RE =
  /^(?:chu tich|pho chu tich|uy ban nhan dan|ubnd|ban thuong vu|ban chap hanh|bo truong|giam doc|hoi dong|thu tuong|bo chinh tri|ban bi thu|truong ban|ban chi dao|hieu truong|dang uy|tinh uy|huyen uy|thanh uy|thi uy|thuong truc|ban can su|dang doan|chanh van phong|cuc truong|ban to chuc|ban tuyen giao|ban dan van|uy ban kiem tra|chinh phu|quoc hoi)(?![a-z])/;

function isAuthorityLine(line: Line): boolean {
  return isUpperText(line.text) && AUTHORITY_RE.test(line.fold);
}

function isBodyStart(text: string): boolean {
  const lower = text.toLowerCase();
  return BODY_STARTS.some((s) => lower.startsWith(s));
}

/** Titles continue after a line that ends on one of these. */
function endsOpen(title: string): boolean {
  return /(?:,|-|–|\b(?:và|của|số|về|ngày|tại|cho|với|trong|đối với|theo|thực hiện|giai đoạn|năm))$/u.test(title.trim());
}

/** Whether a separator rule closes the title within the next lines, before any body line. */
function separatorAhead(lines: readonly Line[], from: number): boolean {
  for (let i = from; i < lines.length && i < from + 12; i++) {
    const t = lines[i]?.text ?? '';
    if (isSeparator(t)) return true;
    if (t !== '' && (isBodyStart(t) || isAnyMarker(t) || t.endsWith(':'))) return false;
  }
  return false;
}

/** Whether the next non-blank line starts the body ("Căn cứ…", "Xét…", "QUYẾT ĐỊNH:"). */
function bodyFollows(lines: readonly Line[], from: number): boolean {
  for (let i = from; i < lines.length && i < from + 4; i++) {
    const t = lines[i]?.text ?? '';
    if (t === '') continue;
    return isBodyStart(stripBullet(t)) || t.endsWith(':') || isAnyMarker(t);
  }
  return true;
}

export interface TitleResult {
  title: string | null;
  /** Index (0-based, in `lines`) of the first body line. */
  bodyStart: number;
}

/**
 * Reads the title that starts with `rest` on line `genreIdx` (the rest of the
 * genre heading) and continues on the following lines.
 */
export function readTitle(lines: readonly Line[], genreIdx: number, rest: string): TitleResult {
  const parts: string[] = rest === '' ? [] : [rest];
  const separated = separatorAhead(lines, genreIdx + 1);
  let blankSeen = false;
  let i = genreIdx + 1;
  for (; i < lines.length && i <= genreIdx + 14; i++) {
    const line = lines[i];
    if (line === undefined) break;
    const t = line.text;
    if (t === '') {
      blankSeen = true;
      continue;
    }
    if (isSeparator(t)) {
      i++;
      break;
    }
    if (/^\((?:ban hành |kèm theo|kèm)/i.test(t) || isAnyMarker(t)) break;
    // "THÔNG BÁO" / "KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY …": a genre word may open the title.
    if (genreHeading(t) !== null && (parts.length > 0 || t.endsWith(':'))) break;
    if (parts.length === 0) {
      if (t.endsWith(':') || t.length > 400 || /^(?:căn cứ|kính gửi)/i.test(t)) break;
      parts.push(t);
      blankSeen = false;
      continue;
    }
    const joined = parts.join(' ');
    if (isBodyStart(t) || t.endsWith(':') || t.length > 300 || joined.length > 800) break;
    // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH…" before "Căn cứ…" is the decision's
    // authority; "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH" inside a conclusion's title is not.
    if (isAuthorityLine(line) && bodyFollows(lines, i + 1)) break;
    if (!separated) {
      // Without a rule under the title, a new capitalised sentence after a
      // complete title line is the body: "… định hướng đến năm 2030" / "Hội nghị …".
      const capsTitle = isUpperText(joined);
      if (startsUpper(t) && !isUpperText(t) && (capsTitle || !endsOpen(joined))) break;
    }
    if (blankSeen && !startsLower(t) && !endsOpen(joined)) break;
    parts.push(t);
    blankSeen = false;
  }
  const title = parts.join(' ').replace(/\s+/g, ' ').replace(/[\s.;,]+$/, '').trim();
  return { title: title === '' ? null : title, bodyStart: i };
}

/**
 * The trích yếu of a công văn: "V/v triển khai …" in the header's left
 * column, wrapped over a few lines. Returned without "V/v": the field holds
 * the subject itself, and the genre (Công văn) says how it was introduced.
 */
export function vvSubject(cell: string): string | null {
  const m = /^(?:V\/v|V\/V|v\/v|V\.v|Về việc)\s*[:.]?\s*(.*)$/.exec(cell.trim());
  if (!m) return null;
  return (m[1] ?? '').trim();
}
