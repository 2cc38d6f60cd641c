/**
 * How Vietnamese a decoded text looks. Encodings are told apart by decoding
 * the bytes every plausible way and keeping the reading that gives the most
 * well-formed Vietnamese syllables: a wrong table turns "Việt" into "ViÖt",
 * "Vieät" or "ViÇt", none of which is a syllable.
 *
 * Only words with a non-ASCII character count, because ASCII reads the same
 * in every candidate and would only dilute the difference.
 */

const TONE_MARKS_RE = /[\u0300\u0301\u0303\u0309\u0323]/g;
const TONE_MARK_RE = /[\u0300\u0301\u0303\u0309\u0323]/;
const MARK_RE = /\p{M}/u;

/**
 * Vietnamese syllable shape, without tone: optional onset, a vowel nucleus,
 * optional final consonant; nuclei ending in a glide (ai, ao, ươi…) take no
 * final consonant; the nuclei, spelling and tone rules are those of the
 * standard orthography as taught in school and listed in rhyme tables. It accepts a
 * few non-words but rejects every letter outside the alphabet (ä, ö, ñ, µ…),
 * impossible vowel runs ("oô", "aơ") and impossible rhymes ("aop"), which is
 * what a wrong table produces.
 */
const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?';
const OPEN_NUCLEI = 'iêu|oai|oao|oay|oeo|uây|uôi|uya|uyu|ươi|ươu|yêu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu|uơ';
// ă, â and the diphthongs below only occur before a final consonant
// ("tiên", "năm"; never "tiê", "nă"). "oo" (xoong, boong) is left out: a
// handful of loanwords, and a wrong table produces it ("coọng").
const CODA_NUCLEI = 'uyê|oă|uâ|uô|ươ|iê|yê|[ăâ]';
const FREE_NUCLEI = 'oa|oe|uê|uy|[aeêioôơuưy]';
const CODA = '(?:ch|ng|nh|[cmnpt])';
const SYLLABLE_RE = new RegExp(`^(${ONSET})(?:(${OPEN_NUCLEI})|(${CODA_NUCLEI})(${CODA})|(${FREE_NUCLEI})(${CODA})?)$`);
const SHAPED_VOWELS = 'ăâêôơư';
/** Two-vowel nuclei whose tone sits on either vowel when open (old "hòa", new "hoà"). */
const EITHER_TONE_NUCLEI = new Set(['oa', 'oe', 'uy']);
// Spelling rules of the orthography: k, gh, ngh before i, e, ê (k also
// before y); c, g, ng elsewhere. A wrong table breaks them ("nghò", "ce").
const ONSET_SPELLING_RE = /^(ngh|ng|gh|gi|kh|ch|g|k|c)(.?)/;
const FRONT_VOWELS = new Set(['i', 'e', 'ê']);

function breaksSpelling(bare: string): boolean {
  const m = ONSET_SPELLING_RE.exec(bare);
  if (m === null) return false;
  const next = m[2] ?? '';
  switch (m[1]) {
    case 'ngh':
    case 'gh':
      return !FRONT_VOWELS.has(next);
    case 'ng':
    case 'g':
      return FRONT_VOWELS.has(next);
    case 'k':
      return !FRONT_VOWELS.has(next) && next !== 'y';
    case 'c':
      return FRONT_VOWELS.has(next) || next === 'y';
    default:
      return false;
  }
}

// A capital after a small letter ("nhÊt", "ViÖt"): what TCVN3 text saved as
// Unicode looks like, since VN3 puts small toned letters on Latin capitals.
const CASE_BREAK_RE = /\p{Ll}\p{Lu}/u;

/**
 * Frequent words of administrative Vietnamese that carry a diacritic. A hit
 * is strong evidence (a wrong table rarely produces a real frequent word).
 */
const COMMON_WORDS = new Set(
  (
    'của và các trong thực hiện đảng tỉnh những được với người này có không là một để năm việc về đã ' +
    'từ tác công nhân dân ủy uỷ huyện xã chính quyết định kế hoạch chỉ đạo tổ chức triển khai kết quả ' +
    'báo cáo cấp đơn vị tuyên giáo hội nghị số ngày tháng phát xây dựng quản lý đồng tăng cường nâng ' +
    'chất lượng đoàn thể cơ sở ngành vụ nhiệm trên việt hà nội bộ trưởng thường lãnh đề án phối hợp ' +
    'đề nghị giải pháp mục đích yêu cầu nội dung tình hình đầu tư kinh tế xã hội giáo dục đào tạo'
  ).split(' '),
);

const WORD_RE = /[\p{L}\p{M}\u00a1-\u00bf\u00d7\u00f7]+/gu;
const NON_ASCII_RE = /[^\p{ASCII}]/u;
const LETTER_RE = /\p{L}/u;
// In NFD every Vietnamese vowel starts with one of these (ơ = o + horn).
const VOWEL_RE = /[aeiouy]/i;
// Decoding noise: C1 controls (a byte 0x80–0x9F nobody mapped) and U+FFFD.
const NOISE_RE = /[\u0080-\u009f\ufffd]/g;

export interface VietnameseScore {
  /** Well-formed syllables among the words with a non-ASCII letter. */
  valid: number;
  /** Words with a non-ASCII character that are not syllables. */
  invalid: number;
  /** Frequent words found. */
  common: number;
  /** Decoding noise characters. */
  noise: number;
  /** The figure to compare: higher is more Vietnamese. */
  total: number;
}

export function isVietnameseSyllable(word: string): boolean {
  if (CASE_BREAK_RE.test(word)) return false;
  const decomposed = word.toLowerCase().normalize('NFD');
  // Walk the decomposed word: letters are base characters, a tone mark
  // belongs to the letter before it.
  let letters = 0;
  let toneAt = -1;
  let tone = '';
  for (const ch of decomposed) {
    if (TONE_MARK_RE.test(ch)) {
      if (tone !== '') return false;
      tone = ch;
      toneAt = letters - 1;
    } else if (!MARK_RE.test(ch)) {
      letters += 1;
    }
  }
  const bare = decomposed.replace(TONE_MARKS_RE, '').normalize('NFC');
  if (breaksSpelling(bare)) return false;
  const m = SYLLABLE_RE.exec(bare);
  if (m === null) return false;
  const onset = m[1] ?? '';
  const nucleus = m[2] ?? m[3] ?? m[5] ?? '';
  const coda = m[4] ?? m[6];
  if (tone !== '' && !toneFits(toneAt - onset.length, nucleus, m[2] !== undefined, coda !== undefined)) return false;
  // A syllable closed by c, ch, p or t takes sắc or nặng, nothing else.
  const stopped = coda === 'c' || coda === 'ch' || coda === 'p' || coda === 't';
  return !stopped || tone === '\u0301' || tone === '\u0323';
}

/**
 * Where the tone mark may sit in the nucleus (`at`, 0-based): on the vowel
 * with a diacritic if there is one (người, quyết), else on the only vowel,
 * on the first of a falling diphthong (mùa, tài), the middle of a triple
 * (hoài, khuỷu), the last before a final consonant (hoạch, toán), and on
 * either vowel of an open oa/oe/uy (hòa and hoà are both in use).
 */
function toneFits(at: number, nucleus: string, open: boolean, closedByConsonant: boolean): boolean {
  if (at < 0 || at >= nucleus.length) return false;
  let shaped = -1;
  for (let i = 0; i < nucleus.length; i += 1) if (SHAPED_VOWELS.includes(nucleus[i] ?? '')) shaped = i;
  if (shaped >= 0) return at === shaped;
  if (nucleus.length === 1) return true;
  if (nucleus.length === 3) return at === 1;
  if (closedByConsonant) return at === nucleus.length - 1;
  if (!open && EITHER_TONE_NUCLEI.has(nucleus)) return true;
  return at === 0;
}

type Verdict = 'skip' | 'valid' | 'common' | 'invalid';

function classify(word: string): Verdict {
  // ASCII reads the same in every reading; a lone symbol ("§", "©") is
  // more often a symbol than a one-letter word.
  if (!NON_ASCII_RE.test(word) || !LETTER_RE.test(word)) return 'skip';
  // No vowel at all: an acronym ("HĐND", "ĐBQH"), the same in every reading.
  if (!VOWEL_RE.test(word.normalize('NFD'))) return 'skip';
  if (!isVietnameseSyllable(word)) return 'invalid';
  return COMMON_WORDS.has(word.toLowerCase().normalize('NFC')) ? 'common' : 'valid';
}

// Words repeat a lot in a document: remember the verdicts (bounded, so a
// hostile file of random words cannot grow it without limit).
const verdicts = new Map<string, Verdict>();
const MAX_VERDICTS = 50_000;

function classifyCached(word: string): Verdict {
  let verdict = verdicts.get(word);
  if (verdict === undefined) {
    verdict = classify(word);
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdicts.set(word, verdict);
  }
  return verdict;
}

export function scoreVietnamese(text: string): VietnameseScore {
  let valid = 0;
  let invalid = 0;
  let common = 0;
  for (const word of text.match(WORD_RE) ?? []) {
    const verdict = classifyCached(word);
    if (verdict === 'invalid') invalid += 1;
    else if (verdict !== 'skip') valid += 1;
    if (verdict === 'common') common += 1;
  }
  const noise = text.match(NOISE_RE)?.length ?? 0;
  return { valid, invalid, common, noise, total: valid + 2 * common - 2 * invalid - 2 * noise };
}
