/**
 * Resolving a unit as a plan writes it ("Đảng đoàn Hội đồng Nhân dân, Ban
 * Cán sự Đảng UBND tỉnh", "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực
 * thuộc tỉnh") to units and groups of the registry, with ranked suggestions
 * the coordinator confirms.
 *
 * The text is cut at commas and "và" into chunks; a dynamic programme picks
 * the segmentation whose segments best match registry entries, so that
 * "Sở Giáo dục và Đào tạo" stays whole while "Ủy ban MTTQ Việt Nam và các
 * đoàn thể tỉnh" becomes two. Similarity is the Dice coefficient over folded
 * tokens after expanding the abbreviations offices use (UBND, HĐND, MTTQ…).
 */
import { foldVietnamese } from '../text/vietnamese.ts';

export interface RegistryEntry {
  ref: { kind: 'unit' | 'group'; id: string };
  name: string;
  aliases: readonly string[];
}

export interface Suggestion {
  ref: { kind: 'unit' | 'group'; id: string };
  name: string;
  /** 0–1; 1 is an exact match of the name or an alias. */
  score: number;
}

export interface ResolvedSegment {
  text: string;
  suggestions: Suggestion[];
  /** The best suggestion when it is good enough to pre-select, else null. */
  chosen: Suggestion | null;
}

const ABBREVIATIONS: Record<string, string> = {
  ubnd: 'uy ban nhan dan',
  hdnd: 'hoi dong nhan dan',
  mttq: 'mat tran to quoc',
  ubmttq: 'uy ban mat tran to quoc',
  btg: 'ban tuyen giao',
  bcs: 'ban can su',
  btv: 'ban thuong vu',
  bch: 'ban chap hanh',
  gddt: 'giao duc va dao tao',
  'gd&dt': 'giao duc va dao tao',
  vn: 'viet nam',
  ldld: 'lien doan lao dong',
  hlhpn: 'hoi lien hiep phu nu',
  ccb: 'cuu chien binh',
  tncs: 'thanh nien cong san',
  tw: 'trung uong',
  dbp: 'dien bien phu',
  ubkt: 'uy ban kiem tra',
};

// Words that carry no identity: "các" marks a plural, "của", "tỉnh" and
// "trực thuộc" are on almost every provincial name.
const STOPWORDS = new Set(['cac', 'cua', 'va', 'nhung', 'tinh', 'truc', 'thuoc', 'co', 'lien', 'quan', 'don', 'vi']);

export function unitTokens(text: string): string[] {
  const folded = foldVietnamese(text).replace(/[^a-z0-9&\s]/g, ' ');
  const out: string[] = [];
  for (const word of folded.split(/\s+/)) {
    if (!word) continue;
    const expansion = ABBREVIATIONS[word];
    if (expansion) out.push(...expansion.split(' ').filter((w) => !STOPWORDS.has(w)));
    else if (!STOPWORDS.has(word)) out.push(word);
  }
  return out;
}

function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of a) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

interface PreparedEntry {
  entry: RegistryEntry;
  exact: Set<string>;
  tokenSets: string[][];
  levels: Set<Level>;
}

/**
 * The level of the political system a name speaks of. "Ban Tuyên giáo Trung
 * ương" shares every other word with "Ban Tuyên giáo Tỉnh ủy", and must not
 * be taken for it: names at different levels are poor matches however many
 * words they share.
 */
type Level = 'trung-uong' | 'tinh' | 'huyen' | 'xa';
const LEVEL_PATTERNS: [Level, RegExp][] = [
  ['trung-uong', /\b(trung uong|tw)\b/],
  ['tinh', /\btinh\b/],
  ['huyen', /\b(huyen|thi xa|thi uy)\b/],
  ['xa', /\b(xa|phuong|dac khu)\b(?! hoi)/],
];

function levelsOf(folded: string): Set<Level> {
  return new Set(LEVEL_PATTERNS.filter(([, re]) => re.test(folded)).map(([level]) => level));
}

const LEVEL_MISMATCH = 0.4;

export interface Resolver {
  suggest(text: string, limit?: number): Suggestion[];
  resolve(text: string): ResolvedSegment[];
}

/** A score at which the best suggestion is pre-selected for the coordinator. */
export const AUTO_CHOOSE_SCORE = 0.75;
const SEGMENT_MIN_SCORE = 0.5;

export function createResolver(entries: readonly RegistryEntry[]): Resolver {
  const prepared: PreparedEntry[] = entries.map((entry) => {
    const names = [entry.name, ...entry.aliases];
    return {
      entry,
      exact: new Set(names.map((n) => foldVietnamese(n))),
      tokenSets: names.map(unitTokens),
      levels: levelsOf(foldVietnamese(entry.name)),
    };
  });

  function suggest(text: string, limit = 5): Suggestion[] {
    const folded = foldVietnamese(text);
    const tokens = unitTokens(text);
    const plural = /^cac\b/.test(folded);
    const levels = levelsOf(folded);
    const scored: Suggestion[] = [];
    for (const p of prepared) {
      let score = p.exact.has(folded) ? 1 : Math.max(...p.tokenSets.map((ts) => dice(tokens, ts)));
      if (score < 1 && levels.size > 0 && p.levels.size > 0 && ![...levels].some((l) => p.levels.has(l))) score *= LEVEL_MISMATCH;
      // "Các …" names a group; a single unit of the same words is a worse reading.
      if (score < 1 && plural) score *= p.entry.ref.kind === 'group' ? 1 : 0.85;
      if (score > 0.2) scored.push({ ref: p.entry.ref, name: p.entry.name, score: Math.round(score * 1000) / 1000 });
    }
    scored.sort((x, y) => y.score - x.score || x.name.localeCompare(y.name, 'vi'));
    return scored.slice(0, limit);
  }

  function resolve(text: string): ResolvedSegment[] {
    const chunks = text
      .split(/\s*,\s*|\s*;\s*|\s+và\s+|\s+cùng\s+/u)
      .map((c) => c.trim())
      .filter((c) => c.length > 0);
    if (chunks.length === 0) return [];
    // Each span's value: a single chunk counts its best score when it matches
    // at all (an unknown body costs nothing: "Ban Tuyên giáo Trung ương" is
    // not in a province's registry and stays as text); several chunks may be
    // joined only when the joined text is a good match ("Sở Giáo dục và Đào
    // tạo"), so that a weak whole never swallows strong parts.
    const n = chunks.length;
    const best: { value: number; cut: number }[] = Array.from({ length: n + 1 }, () => ({ value: -Infinity, cut: 0 }));
    best[0] = { value: 0, cut: 0 };
    const spanCache = new Map<string, Suggestion[]>();
    const spanText = (i: number, j: number) => joinChunks(text, chunks.slice(i, j));
    for (let j = 1; j <= n; j++) {
      for (let i = Math.max(0, j - 6); i < j; i++) {
        const prev = best[i];
        if (!prev || prev.value === -Infinity) continue;
        const key = `${i}:${j}`;
        const s = suggest(spanText(i, j));
        spanCache.set(key, s);
        const top = s[0]?.score ?? 0;
        const weight = j - i;
        const spanValue = weight === 1 ? (top >= SEGMENT_MIN_SCORE ? top : 0) : top >= AUTO_CHOOSE_SCORE ? top * weight : -Infinity;
        const value = prev.value + spanValue;
        const cur = best[j];
        if (cur && value > cur.value) best[j] = { value, cut: i };
      }
    }
    const segments: ResolvedSegment[] = [];
    let j = n;
    while (j > 0) {
      const i = best[j]?.cut ?? 0;
      const suggestions = spanCache.get(`${i}:${j}`) ?? [];
      const top = suggestions[0] ?? null;
      segments.unshift({ text: spanText(i, j), suggestions, chosen: top && top.score >= AUTO_CHOOSE_SCORE ? top : null });
      j = i;
    }
    return segments;
  }

  return { suggest, resolve };
}

/** Rebuilds the span's text as written (with its commas and "và"). */
function joinChunks(original: string, chunks: string[]): string {
  if (chunks.length === 1) return chunks[0] ?? '';
  const first = chunks[0] ?? '';
  const last = chunks[chunks.length - 1] ?? '';
  const start = original.indexOf(first);
  const end = original.indexOf(last, start) + last.length;
  return start >= 0 && end > start ? original.slice(start, end) : chunks.join(', ');
}
