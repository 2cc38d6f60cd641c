/**
 * Assignments: which unit is asked to do what, by when, and what it reports.
 *
 * Where to look: the implementation section ("TỔ CHỨC THỰC HIỆN", "… VÀ CHẾ
 * ĐỘ BÁO CÁO", "TRÁCH NHIỆM THỰC HIỆN") and the articles of a decision ("Điều
 * 3. Chánh Văn phòng …, Giám đốc các sở … chịu trách nhiệm thi hành"). A plan
 * names units elsewhere too ("Ủy ban nhân dân tỉnh chỉ đạo …" under NỘI
 * DUNG), but those are content, not the plan's assignments. Only a document
 * without such a section (a công văn) is searched throughout.
 *
 * How a unit is written: as an item or point heading ("1. Ban Tuyên giáo Tỉnh
 * ủy"), before a colon ("- Sở Y tế: chủ trì …"), as the subject of a
 * sentence ("Ban Cán sự đảng UBND tỉnh phối hợp với …"), or after "Giao",
 * "Đề nghị", "Yêu cầu".
 */
import type { CivilDate } from '../civil-date.ts';
import { partnersOf, readClause, splitClauses } from './clauses.ts';
import { issue } from './issues.ts';
import type { ItemNode, Outline, Para, PointNode, SectionNode } from './outline.ts';
import { fold, hasBullet, squash, startsLower, startsUpper, stripBullet } from './text.ts';
import type { Assignment, Deadline, Duty, ParseIssue, ReportDuty } from './types.ts';
import { ASKING_PREFIX_RE, UNIT_STOP_WORDS, startsWithUnit } from './vocab.ts';

const IMPLEMENTATION_RE =
  /to chuc thuc hien|trach nhiem thuc hien|phan cong (?:nhiem vu|thuc hien|trach nhiem)|giao nhiem vu|trach nhiem cua cac|nhiem vu cu the cua/;
// Words that make a short heading an organisation, folded.
const UNITISH_RE =
  /(?:^|\s)(?:uy|ban|so|hoi|doan|nganh|ubnd|hdnd|co quan|don vi|van phong|cong an|quan su|mat tran|phong|truong|chi bo|dang bo|dai|bao|vien|mttq|dia phuong|doan the)(?:\s|,|$)/;
// "Các ông (bà): …", the address line of a decision's last article.
const ADDRESS_RE = /^(?:các\s+)?ông\s*(?:\(bà\)|,\s*bà|\/bà)\s*:?\s*/i;
// Wording that asks a unit to act, folded.
const DUTY_WORD_RE =
  /(?:^|[^a-z])(?:chu tri|phoi hop|thuc hien|trien khai|xay dung|to chuc|huong dan|kiem tra|bao cao|tham muu|chi dao|lanh dao|bo tri|ra soat|tuyen truyen|pho bien|quan triet|theo doi|don doc|tong hop|ho tro|trach nhiem|khan truong|de xuat|cung cap|gui|hoan thanh|tiep tuc|tang cuong|day manh|thi hanh)(?![a-z])/;
// The closing sentence of a plan speaks to everyone, not to the unit above it.
const CLOSING_RE = /^(?:trên đây là|trong quá trình (?:tổ chức )?(?:triển khai )?thực hiện)/i;
const ASKED_RE = /^(?:đề nghị|giao(?: cho)?|yêu cầu)\s+/i;

function phraseAt(words: readonly string[], i: number, n: number): string {
  return words
    .slice(i, i + n)
    .map((w) => w.replace(/[,;:.]+$/, '').toLowerCase())
    .join(' ');
}

/**
 * The unit a text starts with, and the rest of the text. `whole` accepts a
 * text that is nothing but the name (a heading).
 */
function leadingUnit(input: string, whole: boolean, depth = 0): { unit: string; rest: string } | null {
  let text = stripBullet(input.trim()).replace(ADDRESS_RE, '');
  if (!startsWithUnit(text)) return null;
  const asking = ASKING_PREFIX_RE.exec(fold(text.slice(0, 24)));
  if (asking) text = text.slice(asking[0].length);
  const colon = text.indexOf(':');
  if (colon > 0 && colon <= 200) {
    const before = text.slice(0, colon).trim();
    if (!hasStopWord(before)) return { unit: before, rest: text.slice(colon + 1).trim() };
  }
  // A unit name is read within its first 60 words.
  const words = text.split(' ', 61);
  let offset = 0;
  for (let i = 0; i < words.length && i < 60; i++) {
    const w = words[i] ?? '';
    if (i > 0 && (w.startsWith('(') || w.startsWith('"') || w.startsWith('“'))) break;
    // A sentence ends inside: "Bộ Giáo dục và Đào tạo. Vừa qua, …".
    if (i > 0 && w.endsWith('.') && startsUpper(words[i + 1] ?? '') && !/^(?:TP|Tp|TX|TT)\.$/.test(w)) {
      if (!whole) return null;
      break;
    }
    if (i > 0 && (startsLower(w) ? isStop(words, i) : isGluedDuty(words, i))) {
      const unit = text.slice(0, offset).trim().replace(/[\s,;:]+$/, '');
      const rest = text.slice(offset).trim();
      // "Sở Giáo dục và Đào tạo đề nghị Thủ trưởng các đơn vị …": the unit asked is the one assigned.
      const asked = depth < 2 ? ASKED_RE.exec(rest) : null;
      if (asked) {
        const inner = leadingUnit(rest.slice(asked[0].length), false, depth + 1);
        if (inner) return inner;
      }
      return unit === '' ? null : { unit, rest };
    }
    offset += w.length + 1;
  }
  if (!whole) return null;
  const unit = text.replace(/[\s,;:.]+$/, '').trim();
  return unit === '' || unit.split(' ').length > 40 ? null : { unit, rest: '' };
}

function isStop(words: readonly string[], i: number): boolean {
  // "có liên quan", "và", "hoặc" belong to a list of units, not to a verb;
  // after "các" a word is a noun ("các tổ chức, cá nhân").
  if (phraseAt(words, i, 3) === 'có liên quan' || phraseAt(words, i, 2) === 'liên quan') return false;
  if (/^(?:các|những)$/.test(phraseAt(words, i - 1, 1))) return false;
  const one = phraseAt(words, i, 1);
  if (one === 'và' || one === 'hoặc' || one === 'của' || one === 'thuộc' || one === 'trực') return false;
  return UNIT_STOP_WORDS.has(phraseAt(words, i, 3)) || UNIT_STOP_WORDS.has(phraseAt(words, i, 2)) || UNIT_STOP_WORDS.has(one);
}

// Text extracted from a PDF joins a heading to the first words of its body:
// "… Ban Cán sự Đảng UBND tỉnh Lãnh đạo, chỉ đạo …". A capitalised duty verb
// right after a word that ends names at a level ("tỉnh", "ủy", "Trung ương")
// starts the body; after "Ban", "Sở" it is part of a name ("Ban Tổ chức").
const GLUED_DUTY_VERBS = new Set([
  'lãnh đạo', 'chỉ đạo', 'xây dựng', 'chủ trì', 'định hướng', 'tổ chức', 'triển khai', 'tiếp tục', 'tham mưu', 'phối hợp',
  'hướng dẫn', 'quán triệt', 'tuyên truyền', 'thực hiện', 'nghiên cứu', 'ban hành', 'kiểm tra', 'theo dõi', 'căn cứ', 'bố trí',
  'bảo đảm', 'đảm bảo', 'đẩy mạnh', 'tăng cường', 'nâng cao', 'rà soát', 'phổ biến',
]);
const NAME_END_WORDS = new Set(['tỉnh', 'ủy', 'uỷ', 'ương', 'huyện', 'xã', 'phường', 'thị', 'tw', 'tư', 'quốc']);

function isGluedDuty(words: readonly string[], i: number): boolean {
  const prev = (words[i - 1] ?? '').toLowerCase();
  if (!NAME_END_WORDS.has(prev)) return false;
  return GLUED_DUTY_VERBS.has(phraseAt(words, i, 2).replace(/[,;:.]+$/, ''));
}

function hasStopWord(text: string): boolean {
  const words = text.split(' ');
  for (let i = 1; i < words.length; i++) if (startsLower(words[i] ?? '') && isStop(words, i)) return true;
  return false;
}

// "Đối với các sở, ngành", "Trách nhiệm của Sở Y tế": the unit follows.
const HEADING_PREFIX_RE = /^(?:đối với|trách nhiệm của|nhiệm vụ của|giao nhiệm vụ cho)\s+/i;

/** A heading inside the implementation section that names a unit without a verb. */
function unitOfHeading(heading: string, lenient: boolean): { unit: string; rest: string } | null {
  const title = heading.replace(HEADING_PREFIX_RE, '');
  const lead = leadingUnit(title, true);
  if (lead) return lead;
  if (!lenient) return null;
  const words = title.split(' ');
  const first = title.charAt(0);
  if (words.length > 14 || /\.$/.test(title) || first === first.toLowerCase()) return null;
  return UNITISH_RE.test(fold(title)) ? { unit: title.replace(/[\s,;:]+$/, ''), rest: '' } : null;
}

interface Draft {
  unit: string;
  line: number;
  paras: string[];
  /** The text so far ends with ":" — the items that follow are its list. */
  listOpen: boolean;
}

export interface AssignmentContext {
  documentDate: CivilDate | null;
  /** The "Kính gửi" addressees of a công văn, as written. */
  addressees: string | null;
  /** The issuing body, which does not assign work to itself. */
  issuer: string | null;
}

const SUB_BULLET_RE = /^\s*[+•]/;

/** The paragraphs before a closing sentence ("Trên đây là Kế hoạch …"). */
function untilClosing(paras: readonly Para[]): Para[] {
  const end = paras.findIndex((p) => CLOSING_RE.test(p.text));
  return end < 0 ? [...paras] : paras.slice(0, end);
}

function nodeTexts(title: string, paras: readonly Para[]): string[] {
  return [title, ...paras.map((p) => p.text)];
}

class Collector {
  readonly drafts: Draft[] = [];
  /** The assignment that following sub-bullets or list items extend. */
  open: Draft | null = null;

  add(unit: string, line: number, texts: readonly string[]): Draft {
    const draft: Draft = { unit, line, paras: [], listOpen: false };
    this.append(draft, texts);
    this.drafts.push(draft);
    return draft;
  }

  append(draft: Draft, texts: readonly string[]): void {
    for (const t of texts) if (t.trim() !== '') draft.paras.push(t);
    draft.listOpen = draft.listOpen || (draft.paras[draft.paras.length - 1] ?? '').trimEnd().endsWith(':');
  }

  /** Paragraphs: each one led by a unit starts an assignment; sub-bullets join it. */
  paragraphs(paras: readonly Para[], searchInside: boolean): void {
    for (const para of paras) {
      if (CLOSING_RE.test(para.text)) {
        this.open = null;
        continue;
      }
      const lead = leadingUnit(para.text, false) ?? (searchInside ? askedInside(para.text) : null);
      if (lead) {
        this.open = this.add(lead.unit, para.line, [lead.rest]);
        // "- Sở Y tế:" alone on its line: the paragraphs below are its duties.
        if (lead.rest === '') this.open.listOpen = true;
        continue;
      }
      const open = this.open;
      if (open !== null && (open.listOpen || SUB_BULLET_RE.test(para.text) || startsLower(stripBullet(para.text)))) {
        this.append(open, [para.text]);
      } else this.open = null;
    }
  }

  point(point: PointNode, searchInside: boolean): void {
    const unit = unitOfHeading(point.title, false);
    if (unit) {
      this.open = this.add(unit.unit, point.line, [unit.rest, ...untilClosing(point.paras).map((p) => p.text)]);
      return;
    }
    if (this.open?.listOpen === true) {
      this.append(this.open, nodeTexts(point.title, point.paras));
      return;
    }
    this.paragraphs([{ text: point.title, line: point.line }, ...point.paras], searchInside);
  }

  item(item: ItemNode, lenient: boolean, searchInside: boolean): void {
    const unit = unitOfHeading(item.title, lenient);
    if (unit) {
      const unitPoints = new Set(item.points.filter((p) => unitOfHeading(p.title, false) !== null));
      const ownPoints = item.points.filter((p) => !unitPoints.has(p));
      const own = [unit.rest, ...untilClosing(item.paras).map((p) => p.text), ...ownPoints.flatMap((p) => nodeTexts(p.title, untilClosing(p.paras)))];
      if (own.some((p) => p !== '') || unitPoints.size === 0) this.add(unit.unit, item.line, own);
      this.open = null;
      for (const p of unitPoints) this.point(p, searchInside);
      this.open = null;
      return;
    }
    if (this.open?.listOpen === true) {
      // "… đề nghị các đơn vị thực hiện một số nội dung sau:" then numbered items.
      this.append(this.open, [...nodeTexts(item.title, item.paras), ...item.points.flatMap((p) => nodeTexts(p.title, p.paras))]);
      return;
    }
    this.open = null;
    this.paragraphs([{ text: item.title, line: item.line }, ...item.paras], searchInside);
    for (const p of item.points) this.point(p, searchInside);
  }

  section(section: SectionNode, lenient: boolean, searchInside: boolean): void {
    // Items that had no Roman section above them may be the list a preamble
    // paragraph announced ("… các nội dung sau:").
    if (!section.implicit) this.open = null;
    this.paragraphs(section.paras, searchInside);
    for (const it of section.items) this.item(it, lenient, searchInside);
  }
}

/** "Sở Giáo dục và Đào tạo đề nghị các đơn vị …": the unit after "đề nghị", "giao", "yêu cầu". */
function askedInside(text: string): { unit: string; rest: string } | null {
  const re = /(?:^|[\s,])(?:đề nghị|giao|yêu cầu)\s+(?:cho\s+)?/gi;
  // A few tries at most: a paragraph repeating "giao" must not read a name at each.
  let tries = 0;
  for (let m = re.exec(text); m !== null && tries < 8; m = re.exec(text), tries++) {
    const at = m.index + m[0].length;
    const lead = leadingUnit(text.slice(at), false);
    if (lead) return lead;
  }
  return null;
}

function finish(draft: Draft, documentDate: CivilDate | null, issues: ParseIssue[]): Assignment {
  const paras = draft.paras;
  const duties: Duty[] = [];
  const deadlines: Deadline[] = [];
  const reports: ReportDuty[] = [];
  const seen = new Set<string>();
  for (const para of paras) {
    for (const clause of splitClauses(para)) {
      const reading = readClause(clause.text, documentDate);
      const deadline = reading.deadline === null ? null : { text: reading.deadline.text, date: reading.deadline.date };
      duties.push({ kind: reading.kind, text: reading.text, deadline });
      for (const d of reading.deadlines) {
        const key = `${d.text}\u0000${d.date ?? ''}`;
        if (!seen.has(key)) {
          seen.add(key);
          deadlines.push({ text: d.text, date: d.date });
        }
        if (d.unresolved) issues.push(issue('UNRESOLVED_DEADLINE', draft.line, `Thời hạn "${d.text}" không xác định được ngày cụ thể.`));
      }
      if (reading.report !== null) reports.push(reading.report);
    }
  }
  const text = paras.join('\n');
  const partners = partnersOf(text).filter((p) => p !== draft.unit);
  return { unit: draft.unit, duties, deadlines, reports, partners, text, line: draft.line };
}

export function buildAssignments(outline: Outline, ctx: AssignmentContext): { assignments: Assignment[]; issues: ParseIssue[] } {
  const collector = new Collector();
  const isImplementation = (title: string) => IMPLEMENTATION_RE.test(fold(title));
  const implementation = new Set(outline.sections.filter((s) => s.number !== '' && isImplementation(s.title)));
  const articles = new Set(outline.sections.filter((s) => s.number === '' && s.items.some((it) => it.number.startsWith('Điều'))));
  // A small plan may make "Tổ chức thực hiện" an item ("3. Tổ chức thực hiện" with points a), b) …).
  const implementationItems = new Set(outline.sections.flatMap((s) => (implementation.has(s) ? [] : s.items.filter((it) => isImplementation(it.title)))));
  const scoped = implementation.size > 0 || articles.size > 0 || implementationItems.size > 0;
  if (scoped) {
    for (const s of outline.sections) {
      if (implementation.has(s)) collector.section(s, true, false);
      else if (articles.has(s)) {
        for (const it of s.items) {
          collector.open = null;
          collector.item(it, false, false);
        }
      } else {
        for (const it of s.items.filter((x) => implementationItems.has(x))) {
          collector.open = null;
          collector.paragraphs(it.paras, false);
          for (const p of it.points) collector.point(p, false);
        }
      }
    }
  } else {
    collector.paragraphs(withoutAddressees(outline.preamble), true);
    for (const s of outline.sections) collector.section(s, false, true);
    if (collector.drafts.length === 0 && ctx.addressees !== null) {
      // A công văn asks its addressees: the whole body is theirs.
      const body = [...outline.preamble.filter((p) => !/^kính gửi/i.test(p.text) && !hasBullet(p.text)), ...outline.sections.flatMap(sectionParas)];
      if (body.some((p) => readClause(p.text, ctx.documentDate).deadlines.length > 0 || /bao cao/.test(fold(p.text)))) {
        collector.add(ctx.addressees, body[0]?.line ?? 1, body.map((p) => p.text));
      }
    }
  }
  const issues: ParseIssue[] = [];
  // Outside an implementation section a capitalised name leads many
  // paragraphs ("a) Trường Mẫu giáo Phước Mỹ: ước tính thiệt hại …"); only
  // those that ask for something are assignments.
  // Nor is the issuer itself ("Sở Giáo dục và Đào tạo báo cáo như sau:").
  const issuer = ctx.issuer === null ? null : squash(fold(ctx.issuer));
  const drafts = scoped
    ? collector.drafts
    : collector.drafts.filter((d) => DUTY_WORD_RE.test(fold(d.paras.join(' '))) && squash(fold(d.unit)) !== issuer);
  const assignments = drafts.map((d) => finish(d, ctx.documentDate, issues));
  return { assignments, issues };
}

/** The preamble without "Kính gửi:" and the addressee bullets under it. */
function withoutAddressees(paras: readonly Para[]): Para[] {
  const out: Para[] = [];
  let inAddress = false;
  for (const p of paras) {
    if (/^kính gửi/i.test(p.text)) inAddress = true;
    else if (!(inAddress && hasBullet(p.text))) {
      inAddress = false;
      out.push(p);
    }
  }
  return out;
}

function sectionParas(s: SectionNode): Para[] {
  return [
    ...s.paras,
    ...s.items.flatMap((it) => [
      { text: it.title, line: it.line },
      ...it.paras,
      ...it.points.flatMap((p) => [{ text: p.title, line: p.line }, ...p.paras]),
    ]),
  ];
}
