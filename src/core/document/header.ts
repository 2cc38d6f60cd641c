/**
 * The header of a document: issuing body (and the body above it), number and
 * symbol, place and date, genre and title.
 *
 * Headers are two-column tables (issuer | national motto, number | place and
 * date). Extracted text flattens them into interleaved lines, or lines with
 * tabs, table bars or wide spaces between the columns; sometimes web-page
 * chrome (menus, "Ngày đăng: …") comes first. So the header is read as a bag
 * of cells around two anchors — the "Số …" cell and the genre heading — and
 * each cell is classified by what it says, not where it sits.
 */
import type { CivilDate } from '../civil-date.ts';
import { findPlaceDate } from './dates.ts';
import { issue } from './issues.ts';
import { findNumber, readSymbolAt } from './symbol.ts';
import { cellsOf, fold, isSeparator, squash, startsLower, upperRatio, type Line } from './text.ts';
import { genreHeading, readTitle, vvSubject } from './title.ts';
import type { DocumentGenre, ParseIssue } from './types.ts';
import { genreOfSymbol } from './vocab.ts';

export interface Header {
  number: string | null;
  type: DocumentGenre | null;
  issuer: string | null;
  superiorIssuer: string | null;
  place: string | null;
  date: CivilDate | null;
  title: string | null;
  /** 0-based index of the line where the document's own number is. */
  numberIdx: number | null;
  /** 0-based index of the first body line. */
  bodyStart: number;
  issues: ParseIssue[];
}

const SCAN_LIMIT = 160;

// The national mottos, also in the pieces a line break leaves ("CỘNG" /
// "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM").
const MOTTO_SOURCE = String.raw`(?:(?:cong ?)?hoa ?)?(?:xa ?hoi ?)?chu ?nghia ?viet ?nam|cong ?hoa ?xa ?hoi|dang ?cong ?san(?: ?viet ?nam)?|doc ?lap ?[-–—]? ?tu ?do ?[-–—]? ?hanh ?phuc|^cong(?: ?hoa)?$`;
const MOTTO_RE = new RegExp(MOTTO_SOURCE, 'g');
const MOTTO_TEST_RE = new RegExp(MOTTO_SOURCE);

// Words that make an all-capitals cell an organisation name, folded.
const BODY_WORD_RE =
  /(?:^|\s)(?:uy|uy ban|ubnd|hdnd|ban|so|bo|dang|hoi|doan|tinh|huyen|thanh pho|xa|phuong|quan|chi bo|van phong|cong an|truong|phong|cuc|chi cuc|chinh phu|quoc hoi|mat tran|mttq|vien|toa an|kho bac|trung tam|cong ty|lien doan|thi xa|thi tran|dang bo|dang uy|tinh uy|huyen uy|thanh uy|thi uy|quan uy|bo chi huy|doan thanh nien)(?=\s|$)/;
const LOCALITY_START_RE = /^(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)\s+(?!uy\b|doan\b)/;
const LOCALITY_ANY_RE = /(?:^|\s)(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|tw|trung uong)(?:\s|$)/;
const MENU_RE = /^(?:trang chu|gioi thieu|tin tuc|van ban|lien he|dang nhap|tim kiem|so do|thu vien|hoi dap)/;

interface Cell {
  text: string;
  fold: string;
  idx: number;
}

/** Cells of the header lines, with national mottos cut out. */
function headerCells(lines: readonly Line[], from: number, to: number): Cell[] {
  const cells: Cell[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (line === undefined || line.text === '') continue;
    for (const cell of headerCellsOf(line)) {
      const f = fold(cell);
      let last = 0;
      MOTTO_RE.lastIndex = 0;
      for (let m = MOTTO_RE.exec(f); m !== null; m = MOTTO_RE.exec(f)) {
        pushCell(cells, cell.slice(last, m.index), i);
        last = m.index + m[0].length;
      }
      pushCell(cells, cell.slice(last), i);
    }
  }
  return cells;
}

/** Cells of a header line; a very long line is body text and has none. */
function headerCellsOf(line: Line | undefined): string[] {
  return line === undefined || line.text.length > 1000 ? [] : cellsOf(line.raw);
}

function pushCell(cells: Cell[], raw: string, idx: number): void {
  // The Party header's "*" ornament may sit in the same cell as a name.
  const text = squash(raw).replace(/^[*\s]+|[*\s]+$/g, '');
  // Header cells are short; a long one is body text that strayed into the window.
  if (text === '' || text.length > 300 || isSeparator(text) || /^[*\s]+$/.test(text)) return;
  cells.push({ text, fold: fold(text), idx });
}

function isIssuerCandidate(cell: Cell): boolean {
  return (
    cell.text.length <= 120 &&
    upperRatio(cell.text) >= 0.85 &&
    !/[:;]/.test(cell.text) &&
    !/\d{3,}/.test(cell.text) &&
    BODY_WORD_RE.test(cell.fold) &&
    !MENU_RE.test(cell.fold) &&
    genreHeading(cell.text) === null
  );
}

/** "SỞ GIÁO DỤC VÀ" / "ĐÀO TẠO": capitals after a name that is visibly unfinished. */
function isWrappedName(prev: Cell, next: Cell): boolean {
  return (
    next.text.length <= 60 &&
    upperRatio(next.text) >= 0.85 &&
    !/[:;\d]/.test(next.text) &&
    genreHeading(next.text) === null &&
    /(?:\sVÀ|,|-|–|&)$/.test(prev.text)
  );
}

/** Whether `next` continues the name in `prev` (a wrapped line), rather than naming a lower body. */
function continuesName(prev: Cell, next: Cell): boolean {
  // A single word is no body's whole name: "ỦY" / "BAN NHÂN DÂN" / "TỈNH LAI CHÂU".
  if (!prev.text.includes(' ')) return true;
  if (/(?:\svà|,|-|–|&)$/i.test(prev.text) || /^(?:VÀ|&|-)\s/.test(next.text)) return true;
  if (LOCALITY_START_RE.test(next.fold) && !LOCALITY_ANY_RE.test(prev.fold)) return true;
  return !BODY_WORD_RE.test(next.fold);
}

function assembleIssuer(candidates: readonly Cell[]): { issuer: string | null; superior: string | null } {
  const names: Cell[] = [];
  for (const cell of candidates) {
    const prev = names[names.length - 1];
    if (prev !== undefined && continuesName(prev, cell)) {
      names[names.length - 1] = { text: `${prev.text} ${cell.text}`, fold: `${prev.fold} ${cell.fold}`, idx: cell.idx };
    } else names.push(cell);
  }
  const issuer = names[names.length - 1]?.text ?? null;
  const superior = names[names.length - 2]?.text ?? null;
  return { issuer, superior };
}

export function parseHeader(lines: readonly Line[]): Header {
  const issues: ParseIssue[] = [];
  const limit = Math.min(lines.length, SCAN_LIMIT);

  let numberIdx: number | null = null;
  let number: string | null = null;
  let numberBlank = false;
  for (let i = 0; i < limit && numberIdx === null; i++) {
    const line = lines[i];
    if (line === undefined || line.text === '' || line.text.length > 300) continue;
    const found = findNumber(line.text, line.fold);
    if (found) {
      numberIdx = i;
      number = found.symbol;
      numberBlank = found.symbol === null;
    } else if (/(?:^|\s)S[ỐốôÔOo]\s*[:.]?$/.test(line.text)) {
      // "Số:" at the end of a line, the symbol on the next ("Số:" / "772/KH-UBND").
      const next = lines.slice(i + 1, i + 4).find((l) => l.text !== '');
      const read = next !== undefined && /^\d/.test(next.text) ? readSymbolAt(next.text, 0) : null;
      if (read !== null) {
        numberIdx = i;
        number = read.symbol;
      }
    }
  }

  // V/v of a công văn: near the number, in the left column.
  let vvIdx: number | null = null;
  let vvText: string | null = null;
  const vvFrom = Math.max(0, (numberIdx ?? 0) - 2);
  for (let i = vvFrom; i < Math.min(limit, vvFrom + 12) && vvIdx === null; i++) {
    for (const cell of headerCellsOf(lines[i])) {
      const subject = /^(?:V\/v|V\/V|v\/v|V\.v)/.test(cell) ? vvSubject(cell) : null;
      if (subject !== null) {
        vvIdx = i;
        vvText = subject;
        break;
      }
    }
  }

  // Genre heading: after the number, before any V/v.
  let genreIdx: number | null = null;
  let genre: DocumentGenre | null = null;
  let genreRest = '';
  const genreTo = vvIdx ?? limit;
  for (let i = numberIdx ?? 0; i < genreTo && genreIdx === null; i++) {
    for (const cell of headerCellsOf(lines[i])) {
      const heading = genreHeading(cell);
      if (heading) {
        genreIdx = i;
        genre = heading.genre;
        genreRest = heading.rest;
        break;
      }
    }
  }

  // OCR sometimes loses "Số": a header cell that is a bare symbol is the number.
  if (numberIdx === null) {
    const to = genreIdx ?? Math.min(limit, 20);
    for (let i = Math.max(0, to - 12); i < to && numberIdx === null; i++) {
      for (const cell of headerCellsOf(lines[i])) {
        const read = /^\d/.test(cell) ? readSymbolAt(cell, 0) : null;
        if (read !== null && !/\p{L}/u.test(cell.slice(read.end, read.end + 1))) {
          numberIdx = i;
          number = read.symbol;
          break;
        }
      }
    }
  }

  const anchor = numberIdx ?? genreIdx ?? vvIdx ?? 0;
  const headerFrom = Math.max(0, anchor - 10);
  const headerTo = genreIdx ?? Math.min(limit, (vvIdx ?? anchor) + 8);
  const cells = headerCells(lines, headerFrom, headerTo);

  // Place and date: a cell, or a cell joined with its neighbour when the
  // line was broken ("Điện Biên," / "ngày 27 tháng 8 năm 2019").
  let place: string | null = null;
  let date: CivilDate | null = null;
  let dateIdx: number | null = null;
  let dateCellText: string | null = null;
  for (let k = 0; k < cells.length && dateIdx === null; k++) {
    const cell = cells[k];
    if (cell === undefined) continue;
    const next = cells[k + 1];
    const third = cells[k + 2];
    const tries: string[] = [cell.text];
    if (next !== undefined && /^ngay\b/.test(next.fold) && /,$/.test(cell.text)) tries.unshift(`${cell.text} ${next.text}`);
    // A date cut into cells by wide blanks ("ngày      tháng      năm 2010") or a line break.
    if (next !== undefined && /ngay\b/.test(cell.fold) && !/nam\s*\d{4}/.test(cell.fold)) {
      tries.push(`${cell.text} ${next.text}`);
      if (third !== undefined) tries.push(`${cell.text} ${next.text} ${third.text}`);
    }
    for (const t of tries) {
      const found = findPlaceDate(t, fold(t));
      if (!found) continue;
      place = found.place;
      // A place name broken over two lines: "Cao" / "Bằng, ngày 30 tháng 3 năm 2020".
      const before = cells[k - 1];
      if (place !== null && found.placeStart === 0 && before !== undefined && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(before.text)) {
        place = `${before.text} ${place}`;
      }
      date = found.date;
      dateIdx = cell.idx;
      dateCellText = t;
      if (found.blank) issues.push(issue('BLANK_DATE', lines[cell.idx]?.no ?? null));
      else if (found.invalid) issues.push(issue('INVALID_DATE', lines[cell.idx]?.no ?? null));
      break;
    }
  }

  // Issuer: capitalised organisation names above (or left of) the number.
  // A capitalised cell without an organisation word ("ĐÀO TẠO") only counts
  // as the wrapped end of the name on the line above.
  const issuerTo = numberIdx !== null ? numberIdx + 1 : headerTo;
  const candidates: Cell[] = [];
  for (const cell of cells) {
    if (cell.idx >= issuerTo) continue;
    // A page's own numbering ("1. UBND TỈNH …") is not part of the name.
    let text = cell.text.replace(/^\d{1,2}\.\s+/, '');
    const num = findNumber(text, fold(text));
    if (num) text = squash(text.slice(0, num.start));
    if (dateCellText !== null && cell.idx === dateIdx) {
      const found = findPlaceDate(text, fold(text));
      if (found) text = squash(text.slice(0, found.placeStart));
    }
    const c: Cell = { text, fold: fold(text), idx: cell.idx };
    if (text === '') continue;
    const prev = candidates[candidates.length - 1];
    if (isIssuerCandidate(c) || (prev !== undefined && prev.idx === c.idx - 1 && isWrappedName(prev, c))) candidates.push(c);
  }
  const { issuer, superior } = assembleIssuer(candidates.slice(-4));

  // Title, and where the body starts.
  let type: DocumentGenre | null = genre;
  let title: string | null = null;
  let bodyStart: number;
  if (genreIdx !== null) {
    const read = readTitle(lines, genreIdx, genreRest);
    title = read.title;
    bodyStart = read.bodyStart;
  } else if (vvIdx !== null && vvText !== null) {
    type = 'Công văn';
    const parts = vvText === '' ? [] : [vvText];
    let i = vvIdx + 1;
    for (; i < Math.min(lines.length, vvIdx + 5); i++) {
      const line = lines[i];
      if (line === undefined || line.text === '') break;
      const first = cellsOf(line.raw)[0] ?? '';
      const f = fold(first);
      if (/^kinh gui/.test(f) || findPlaceDate(first, f) !== null || MOTTO_TEST_RE.test(f) || findNumber(first, f) !== null) break;
      const joined = parts.join(' ');
      if (!startsLower(first) && /[.:]$/.test(joined)) break;
      if (first.length > 160) break;
      parts.push(first);
    }
    title = squash(parts.join(' ')).replace(/[\s.;,]+$/, '') || null;
    bodyStart = Math.max(i, (dateIdx ?? 0) + 1);
  } else {
    bodyStart = Math.max((numberIdx ?? -1) + 1, (dateIdx ?? -1) + 1);
  }
  if (type === null && number !== null) type = genreOfSymbol(number);

  if (numberIdx === null || numberBlank) issues.push(issue('NO_NUMBER', numberIdx === null ? null : (lines[numberIdx]?.no ?? null)));
  if (issuer === null) issues.push(issue('NO_ISSUER', null));
  if (dateIdx === null) issues.push(issue('NO_DATE', null));
  if (type === null) issues.push(issue('NO_TYPE', null));
  if (title === null) issues.push(issue('NO_TITLE', genreIdx === null ? null : (lines[genreIdx]?.no ?? null)));

  return { number, type, issuer, superiorIssuer: superior, place, date, title, numberIdx, bodyStart, issues };
}
