/**
 * Reading the name of a body out of running text: "của Ban Chấp hành Trung
 * ương khóa XII về …" → "Ban Chấp hành Trung ương khóa XII"; "phối hợp với
 * Ban Tuyên giáo Tỉnh ủy, Sở Giáo dục và Đào tạo, và các đơn vị liên quan
 * hướng dẫn …" → a list of names.
 *
 * A name ends at punctuation or at the first lower-case word that is a verb
 * or a preposition (UNIT_STOP_WORDS). "và" joins two capitalised words inside
 * one name ("Sở Giáo dục và Đào tạo") but ends it before a lower-case word or
 * a document genre ("Ban Bí thư và Kế hoạch của …").
 */
import { fold, isUpperText, startsLower, startsUpper } from './text.ts';
import { GENRE_WORDS, UNIT_STOP_WORDS, startsWithUnit } from './vocab.ts';

// Lower-case group words that continue "các sở, ngành, …", folded.
const GROUP_CONTINUATION_RE = /^(?:so|ban|nganh|dia|doan|don|co|hoi|to|truong|huyen|xa|phuong|thi|thanh|quan|cap|chi|dang)(?:,|$)/;
const TRAILING_PUNCT_RE = /[,;:.!?)"”’\]]+$/;
const WORD_RE = /\S+/g;

function isGenreStart(words: readonly string[], i: number): boolean {
  const two = fold(`${words[i] ?? ''} ${words[i + 1] ?? ''}`);
  const one = fold(words[i] ?? '');
  return GENRE_WORDS.some(([g]) => g === two || g === one);
}

// In a title written in capitals, only these end a name: "CHÍNH PHỦ VỀ …".
// (The full stop list would cut "ỦY BAN KIỂM TRA", "BAN TỔ CHỨC".)
const CAPITALS_STOP_WORDS: ReadonlySet<string> = new Set(
  ['về', 'để', 'nhằm', 'trong', 'tại', 'với', 'theo', 'đến', 'năm', 'ngày', 'ban hành', 'quy định', 'phê duyệt', 'triển khai', 'thực hiện', 'tiếp tục', 'đối với', 'là', 'đã', 'số', 'giai đoạn'].map((w) => w.normalize('NFC')),
);

/** `lowers` holds each word lower-cased without trailing punctuation. */
function stopsAt(words: readonly string[], lowers: readonly string[], i: number): boolean {
  const w = words[i] ?? '';
  const one = lowers[i] ?? '';
  const two = `${one} ${lowers[i + 1] ?? ''}`;
  if (startsLower(w)) return UNIT_STOP_WORDS.has(one) || UNIT_STOP_WORDS.has(two) || UNIT_STOP_WORDS.has(`${two} ${lowers[i + 2] ?? ''}`);
  if (w.length > 1 && isUpperText(w)) return CAPITALS_STOP_WORDS.has(one) || CAPITALS_STOP_WORDS.has(two);
  return false;
}

/**
 * Reads one name starting at `pos` (which should be at its first word).
 * Returns the name without trailing punctuation and where reading stopped.
 */
export function readName(text: string, pos: number, maxWords = 16): { name: string; end: number } {
  // Sixteen words of a name fit well within 240 characters.
  const slice = text.slice(pos, pos + 240);
  const tokens: Array<{ word: string; start: number; end: number }> = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(slice); m !== null && tokens.length < maxWords + 4; m = WORD_RE.exec(slice)) {
    tokens.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  const words = tokens.map((t) => t.word);
  const lowers = words.map((w) => w.replace(TRAILING_PUNCT_RE, '').toLowerCase());
  const kept: string[] = [];
  let end = pos;
  for (let i = 0; i < words.length && kept.length < maxWords; i++) {
    const raw = words[i] ?? '';
    const token = tokens[i];
    if (token === undefined || raw.startsWith('(') || raw.startsWith('"') || raw.startsWith('“')) break;
    // A name does not run over a line break or a rule ("-----").
    if (i > 0 && slice.slice(tokens[i - 1]?.end ?? 0, token.start).includes('\n')) break;
    // "Bộ Lao động - Thương binh và Xã hội": a dash between capitalised words.
    if (/^[-–]$/.test(raw) && kept.length > 0 && startsUpper(words[i + 1] ?? '')) {
      kept.push(raw);
      continue;
    }
    if (!/[\p{L}\d]/u.test(raw)) break;
    const core = raw.replace(TRAILING_PUNCT_RE, '');
    // "các sở, ngành, địa phương": one group, commas included.
    if (raw.endsWith(',') && kept.some((k) => /^các$/i.test(k)) && GROUP_CONTINUATION_RE.test(fold(words[i + 1] ?? ''))) {
      kept.push(`${core},`);
      end = pos + token.end;
      continue;
    }
    if (core === 'và' || core === 'hoặc') {
      const next = words[i + 1] ?? '';
      const nextText = slice.slice(tokens[i + 1]?.start ?? slice.length, (tokens[i + 1]?.start ?? 0) + 80);
      if (!startsUpper(next) || isGenreStart(words, i + 1) || startsWithUnit(nextText)) break;
      kept.push(core);
      end = pos + token.end;
      continue;
    }
    if (kept.length > 0 && stopsAt(words, lowers, i)) break;
    if (core === '') break;
    kept.push(core);
    end = pos + token.start + core.length;
    if (core.length !== raw.length) break;
  }
  while (kept.length > 0 && /^(?:và|hoặc|các|của)$/.test(kept[kept.length - 1] ?? '')) kept.pop();
  return { name: kept.join(' '), end };
}

/** Generic tails of a partner list that name nobody in particular. */
const GENERIC_RE = /^(?:các|những)\s+(?:\S+\s+){0,3}(?:có\s+)?liên quan$|^(?:cơ quan|đơn vị|địa phương)\s+(?:có\s+)?liên quan$/;

/**
 * Splits "A, B và các đơn vị liên quan" into ["A", "B"]: on commas, semicolons
 * and on "và" before a new unit, re-joining pieces that do not start a unit
 * ("Sở Văn hóa, Thể thao và Du lịch" stays whole). Generic tails are dropped.
 */
function splitUnitList(list: string): string[] {
  const pieces = list.split(/\s*[,;]\s*/).flatMap((p) => splitOnAnd(p));
  const merged: string[] = [];
  for (const raw of pieces) {
    const piece = raw.trim().replace(/^(?:và|hoặc)\s+/, '');
    if (piece === '') continue;
    const prev = merged[merged.length - 1];
    const unitLike = startsWithUnit(piece) || /^các\s/.test(piece);
    if (prev !== undefined && !unitLike) merged[merged.length - 1] = `${prev}, ${piece}`;
    else merged.push(piece);
  }
  return merged.filter((p) => !GENERIC_RE.test(p));
}

function splitOnAnd(piece: string): string[] {
  const out: string[] = [];
  let rest = piece;
  for (let guard = 0; guard < 10; guard++) {
    const m = /\s+(?:và|hoặc)\s+/.exec(rest);
    if (!m) break;
    const after = rest.slice(m.index + m[0].length);
    if (startsWithUnit(after) || /^các\s/.test(after)) {
      out.push(rest.slice(0, m.index));
      rest = after;
    } else {
      // "Giáo dục và Đào tạo": keep, look for a later "và".
      const next = /\s+(?:và|hoặc)\s+/.exec(after);
      if (!next) break;
      const head = rest.slice(0, m.index + m[0].length);
      const tail = splitOnAnd(after);
      return [...out, head + (tail[0] ?? ''), ...tail.slice(1)];
    }
  }
  out.push(rest);
  return out;
}

/**
 * Reads a list of names at `pos`: names separated by ",", ";", "và". Stops at
 * the first piece that does not start like a unit, or at a verb.
 */
export function readUnitList(text: string, pos: number): { units: string[]; end: number } {
  const units: string[] = [];
  let cursor = pos;
  let end = pos;
  for (let guard = 0; guard < 12; guard++) {
    const rest = text.slice(cursor);
    const lead = /^\s*/.exec(rest)?.[0].length ?? 0;
    const at = cursor + lead;
    const head = text.slice(at, at + 64);
    const prev = units[units.length - 1];
    // "Sở Văn hóa, Thể thao và Du lịch": a capitalised piece after a comma
    // that does not start a new unit continues the previous name.
    const continues = prev !== undefined && startsUpper(head) && !startsWithUnit(head) && /^\s*,\s*$/.test(text.slice(end, cursor));
    if (!continues && !startsWithUnit(head)) break;
    const { name, end: nameEnd } = readName(text, at);
    if (name === '') break;
    if (continues) units[units.length - 1] = `${prev}, ${name}`;
    else units.push(name);
    end = nameEnd;
    const sep = /^\s*(?:,\s*(?:và\s+)?|;\s*|\s+và\s+|\s+hoặc\s+)/.exec(text.slice(nameEnd, nameEnd + 12));
    if (!sep) break;
    cursor = nameEnd + sep[0].length;
  }
  return { units: units.flatMap((u) => splitUnitList(u)), end };
}
