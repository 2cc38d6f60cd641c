/**
 * The outline of the body: Roman sections, numbered items, lettered points
 * (or "1.1." sub-items), the articles ("Điều") of a decision, and the
 * paragraphs under each.
 *
 * Lines are first joined into paragraphs (a line that starts in lower case
 * after one without closing punctuation is a wrapped continuation), then
 * each paragraph is classified. Numbering must progress (I → II, 1 → 2, a →
 * b) for a marker to count, so a sentence that happens to start with "3." or
 * "c." in the middle of text stays a paragraph.
 */
import { articleMarker, itemMarker, nextPointValue, pointMarker, romanMarker, subItemMarker } from './markers.ts';
import { endsWithAny, hasBullet, isSeparator, startsLower, upperRatio, type Line } from './text.ts';
import { genreHeading } from './title.ts';
import type { Section } from './types.ts';

export interface Para {
  text: string;
  line: number;
}

export interface PointNode {
  number: string;
  title: string;
  line: number;
  paras: Para[];
}

export interface ItemNode {
  number: string;
  title: string;
  line: number;
  paras: Para[];
  points: PointNode[];
}

export interface SectionNode {
  number: string;
  title: string;
  line: number;
  paras: Para[];
  items: ItemNode[];
  /** Created to hold items or articles that had no Roman section above them. */
  implicit: boolean;
}

export interface Outline {
  /** Paragraphs before the first section (preamble: "Căn cứ…", "Thực hiện…"). */
  preamble: Para[];
  sections: SectionNode[];
}

/**
 * The width at which the text was hard-wrapped (a web page or PDF copy that
 * breaks lines every ~80 characters, mid-sentence), or null when lines are
 * whole paragraphs. Most longer lines are then of about the same length and
 * end without punctuation.
 */
function wrapWidth(lines: readonly Line[], from: number, to: number): number | null {
  const lengths: number[] = [];
  let unpunctuated = 0;
  for (let i = from; i < to; i++) {
    const t = lines[i]?.text ?? '';
    if (t.length < 20) continue;
    lengths.push(t.length);
    if (!endsWithAny(t, '.;:!?')) unpunctuated++;
  }
  if (lengths.length < 6 || unpunctuated < lengths.length / 2) return null;
  lengths.sort((a, b) => a - b);
  const p90 = lengths[Math.floor(0.9 * (lengths.length - 1))] ?? 0;
  return p90 <= 110 ? p90 : null;
}

function startsMarker(t: string): boolean {
  return (
    hasBullet(t) ||
    romanMarker(t) !== null ||
    itemMarker(t) !== null ||
    subItemMarker(t) !== null ||
    pointMarker(t) !== null ||
    articleMarker(t) !== null ||
    genreHeading(t) !== null
  );
}

/**
 * Joins wrapped lines into paragraphs: a line that starts in lower case after
 * one without closing punctuation continues it, and in hard-wrapped text so
 * does any line after a full-width line that did not close.
 */
function paragraphsOf(lines: readonly Line[], from: number, to: number): Para[] {
  const paras: Para[] = [];
  const width = wrapWidth(lines, from, to);
  let open: Para | null = null;
  let lastLength = 0;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    const t = line.text;
    if (t === '' || isSeparator(t)) {
      open = null;
      continue;
    }
    const unclosed = open !== null && !endsWithAny(open.text, '.;:!?');
    const continues =
      unclosed &&
      ((startsLower(t) && pointMarker(t) === null) ||
        (width !== null && lastLength >= 0.6 * width && !startsMarker(t)) ||
        // "I. MỤC ĐÍCH," / "YÊU CẦU": a heading broken after a comma.
        (open !== null && open.text.endsWith(',') && !startsMarker(t)));
    lastLength = t.length;
    if (continues && open !== null) {
      open.text = `${open.text} ${t}`;
      continue;
    }
    open = { text: t, line: line.no };
    paras.push(open);
  }
  return paras;
}

/**
 * "Sở Giáo dục và Đào tạo: chủ trì …" → title "Sở Giáo dục và Đào tạo" and a
 * first paragraph; a heading without a colon is the title as a whole.
 */
function splitTitle(rest: string): { title: string; para: string | null } {
  const colon = rest.indexOf(':');
  if (colon > 0 && colon <= 160) {
    const before = rest.slice(0, colon).trim();
    const after = rest.slice(colon + 1).trim();
    if (after !== '' && before.split(' ').length <= 16 && !/[.;]/.test(before)) return { title: before, para: after };
  }
  return { title: rest.replace(/[\s:;,.]+$/, '').replace(/\.\/\.?$/, '').trim(), para: null };
}

/** Mutable reading state; a class so that narrowing does not go stale across helpers. */
class OutlineState {
  readonly preamble: Para[] = [];
  readonly sections: SectionNode[] = [];
  section: SectionNode | null = null;
  item: ItemNode | null = null;
  point: PointNode | null = null;
  lastRoman = 0;
  lastItem = 0;
  lastPoint = 0;
  pendingTitle: SectionNode | null = null;
  /** The section holding the articles read so far ("Điều 1.", "Điều 2."…). */
  articleSection: SectionNode | null = null;

  openSection(number: string, title: string, line: number, implicit: boolean): SectionNode {
    const s: SectionNode = { number, title, line, paras: [], items: [], implicit };
    this.sections.push(s);
    this.section = s;
    this.item = null;
    this.point = null;
    this.lastItem = 0;
    return s;
  }

  openItem(target: SectionNode, number: string, rest: string, line: number): void {
    const { title, para } = splitTitle(rest);
    const node: ItemNode = { number, title, line, paras: [], points: [] };
    if (para !== null) node.paras.push({ text: para, line });
    target.items.push(node);
    this.item = node;
    this.point = null;
    this.lastPoint = 0;
  }

  openPoint(target: ItemNode, number: string, rest: string, line: number): void {
    const { title, para } = splitTitle(rest);
    const node: PointNode = { number, title, line, paras: [] };
    if (para !== null) node.paras.push({ text: para, line });
    target.points.push(node);
    this.point = node;
  }

  addParagraph(para: Para): void {
    if (this.point !== null) this.point.paras.push(para);
    else if (this.item !== null) this.item.paras.push(para);
    else if (this.section !== null) this.section.paras.push(para);
    else this.preamble.push(para);
  }

  /** Consumes the paragraph as the title of a bare "II." heading, if it looks like one. */
  takeTitle(text: string): boolean {
    const heading = this.pendingTitle;
    this.pendingTitle = null;
    if (heading === null) return false;
    if (text.length <= 200 && (upperRatio(text) > 0.8 || !/[.;]$/.test(text)) && itemMarker(text) === null) {
      heading.title = text.replace(/[\s:.]+$/, '');
      return true;
    }
    return false;
  }

  read(para: Para): void {
    const text = para.text;
    if (this.takeTitle(text)) return;
    if (text.length <= 120 && genreHeading(text) !== null) {
      // A new document starts (the plan attached to a decision): what follows
      // until its first section is its title and preamble, not content.
      this.section = null;
      this.item = null;
      this.point = null;
      this.lastRoman = 0;
      return;
    }
    const roman = romanMarker(text);
    if (
      roman !== null &&
      (roman.repaired
        ? roman.value === this.lastRoman + 1
        : roman.value === 1 ||
          (roman.value > this.lastRoman && roman.value <= this.lastRoman + 2) ||
          // A text that starts mid-way (an excerpt): a capitalised heading is enough.
          (this.lastRoman === 0 && roman.value <= 10 && upperRatio(roman.rest) > 0.8))
    ) {
      this.lastRoman = roman.value;
      // "II. ĐỀ XUẤT: Đề nghị …": the heading, then its first paragraph.
      const colon = roman.rest.indexOf(':');
      const head = colon > 0 && upperRatio(roman.rest.slice(0, colon)) > 0.8 ? roman.rest.slice(0, colon) : roman.rest;
      const s = this.openSection(roman.number, head.replace(/[\s:.]+$/, ''), para.line, false);
      const after = roman.rest.slice(head.length + 1).trim();
      if (head !== roman.rest && after !== '') s.paras.push({ text: after, line: para.line });
      if (roman.rest === '') this.pendingTitle = s;
      return;
    }
    const article = articleMarker(text);
    if (article !== null) {
      // Consecutive articles share one section; anything else in between starts a new one.
      const target = this.section !== null && this.section === this.articleSection ? this.section : this.openSection('', '', para.line, true);
      this.articleSection = target;
      this.openItem(target, article.number, article.rest, para.line);
      return;
    }
    const inArticle = this.item !== null && this.item.number.startsWith('Điều');
    const numbered = itemMarker(text);
    if (
      numbered !== null &&
      !inArticle &&
      (numbered.value === 1 || (numbered.value > this.lastItem && numbered.value <= this.lastItem + 2))
    ) {
      const target = this.section ?? this.openSection('', '', para.line, true);
      this.openItem(target, numbered.number, numbered.rest, para.line);
      this.lastItem = numbered.value;
      return;
    }
    const item = this.item;
    if (item !== null) {
      // Inside an article, "1.", "2." are its clauses (khoản): points of the article.
      const sub = subItemMarker(text) ?? (inArticle ? numbered : null);
      if (sub !== null) {
        this.openPoint(item, sub.number, sub.rest, para.line);
        return;
      }
      const letter = pointMarker(text);
      if (letter !== null && (letter.value === 1 || nextPointValue(this.lastPoint).includes(letter.value))) {
        this.openPoint(item, letter.number, letter.rest, para.line);
        this.lastPoint = letter.value;
        return;
      }
    }
    this.addParagraph(para);
  }
}

export function parseOutline(lines: readonly Line[], from: number, to: number): Outline {
  const state = new OutlineState();
  for (const para of paragraphsOf(lines, from, to)) state.read(para);
  return { preamble: state.preamble, sections: state.sections };
}

/** The public shape (types.ts) of the outline. */
export function toSections(outline: Outline): Section[] {
  return outline.sections.map((s) => ({
    number: s.number,
    title: s.title,
    paragraphs: s.paras.map((p) => p.text),
    items: s.items.map((it) => ({
      number: it.number,
      title: it.title,
      paragraphs: it.paras.map((p) => p.text),
      points: it.points.map((pt) => ({ number: pt.number, title: pt.title, paragraphs: pt.paras.map((p) => p.text) })),
    })),
  }));
}
