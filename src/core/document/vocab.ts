/**
 * Words the parser recognises, in folded form (see `fold` in text.ts:
 * lower-case, no diacritics, đ → d), so OCR that drops or swaps a tone mark
 * still matches.
 */
import { fold } from './text.ts';
import type { DocumentGenre } from './types.ts';

/**
 * Genre names as folded words, longest first so "chuong trinh hanh dong"
 * wins over "chuong trinh". Sources: Quy định 66-QĐ/TW and Hướng dẫn
 * 36-HD/VPTW (Party), Nghị định 30/2020/NĐ-CP (state).
 */
export const GENRE_WORDS: ReadonlyArray<readonly [folded: string, genre: DocumentGenre]> = [
  ['chuong trinh hanh dong', 'Chương trình'],
  ['nghi quyet lien tich', 'Nghị quyết'],
  ['thong tu lien tich', 'Thông tư'],
  ['chuong trinh', 'Chương trình'],
  ['ke hoach', 'Kế hoạch'],
  ['quyet dinh', 'Quyết định'],
  ['nghi quyet', 'Nghị quyết'],
  ['ket luan', 'Kết luận'],
  ['chi thi', 'Chỉ thị'],
  ['thong bao', 'Thông báo'],
  ['huong dan', 'Hướng dẫn'],
  ['cong van', 'Công văn'],
  ['cong dien', 'Công điện'],
  ['bao cao', 'Báo cáo'],
  ['to trinh', 'Tờ trình'],
  ['de an', 'Đề án'],
  ['quy dinh', 'Quy định'],
  ['quy che', 'Quy chế'],
  ['thong tu', 'Thông tư'],
  ['nghi dinh', 'Nghị định'],
  ['luat', 'Luật'],
];

/** Folded genre words as one alternation, for building regexes. */
export const GENRE_ALTERNATION = GENRE_WORDS.map(([w]) => w.replace(/ /g, '\\s+')).join('|');

export function genreOfFolded(folded: string): DocumentGenre | null {
  const key = folded.replace(/\s+/g, ' ').trim();
  for (const [word, genre] of GENRE_WORDS) if (key === word) return genre;
  return null;
}

/**
 * Type abbreviations inside a number and symbol ("82-KH/TU", "09/2019/NĐ-CP").
 * Party list from Hướng dẫn 36-HD/VPTW; state list from Nghị định 30/2020/NĐ-CP
 * appendix III. "QH…" is the Quốc hội's symbol for its laws ("47/2019/QH14").
 */
const TYPE_ABBREVIATIONS: Readonly<Record<string, DocumentGenre>> = {
  NQ: 'Nghị quyết',
  NQLT: 'Nghị quyết',
  CT: 'Chỉ thị',
  KL: 'Kết luận',
  QĐ: 'Quyết định',
  QĐi: 'Quy định',
  QC: 'Quy chế',
  TB: 'Thông báo',
  HD: 'Hướng dẫn',
  HDLT: 'Hướng dẫn',
  KH: 'Kế hoạch',
  CTr: 'Chương trình',
  CTHĐ: 'Chương trình',
  BC: 'Báo cáo',
  CV: 'Công văn',
  TTr: 'Tờ trình',
  ĐA: 'Đề án',
  NĐ: 'Nghị định',
  TT: 'Thông tư',
  TTLT: 'Thông tư',
  CĐ: 'Công điện',
};

/**
 * The genre a symbol's type abbreviation names. A state symbol without one
 * ("1234/UBND-VX": issuer and drafting unit only) is a công văn — that is how
 * Nghị định 30/2020/NĐ-CP numbers them.
 */
export function genreOfSymbol(symbol: string): DocumentGenre | null {
  const party = /^\d+-([^/]+)\//.exec(symbol);
  if (party) return TYPE_ABBREVIATIONS[party[1] ?? ''] ?? null;
  const parts = symbol.split(/[/-]/).filter((p) => !/^\d+$/.test(p));
  const first = parts[0];
  if (first === undefined) return null;
  const known = TYPE_ABBREVIATIONS[first];
  if (known) return known;
  if (/^QH\d*$/.test(first)) return 'Luật';
  return parts.length >= 1 ? 'Công văn' : null;
}

/**
 * How an organisation's name starts, folded. A capitalised word must follow
 * the ones marked `capital` ("Ban Tuyên giáo", not "ban hành"; "Sở Y tế").
 */
const UNIT_HEADS_FREE = [
  'uy ban', 'ubnd', 'hdnd', 'hoi dong', 'mat tran', 'uy ban mttq', 'mttq', 'dang doan', 'dang uy', 'dang bo',
  'ban can su', 'ban thuong vu', 'ban chap hanh', 'ban chi dao', 'ban chi huy', 'thuong truc', 'tinh uy', 'huyen uy',
  'thanh uy', 'thi uy', 'quan uy', 'chi bo', 'van phong', 'cong an', 'bo chi huy', 'bo doi bien phong',
  'lien doan', 'lien hiep', 'tinh doan', 'huyen doan', 'thanh doan', 'doan thanh nien', 'doan dai bieu',
  'chu tich', 'pho chu tich', 'giam doc', 'thu truong', 'chanh van phong', 'chanh thanh tra', 'truong ban',
  'bi thu', 'pho bi thu', 'hieu truong', 'toa an', 'vien kiem sat', 'kho bac', 'ngan hang', 'thanh tra',
  'bao dien bien', 'dai phat thanh', 'cuc', 'chi cuc', 'trung tam', 'truong', 'phong', 'bo', 'so', 'ban',
  'hoi', 'doan', 'vien', 'dai', 'bao', 'cong ty', 'tong cong ty', 'tap doan', 'to cong tac', 'to giup viec',
  'co quan', 'nganh',
] as const;

/** Heads that need a capitalised word after them to be a name. */
const CAPITAL_AFTER = new Set(['bo', 'so', 'ban', 'hoi', 'doan', 'vien', 'dai', 'bao', 'cuc', 'chi cuc', 'trung tam', 'truong', 'phong', 'nganh', 'co quan', 'thanh tra']);

/** Groups written in lower case after "Các"/"các" ("Các huyện ủy", "các sở, ban, ngành"). */
const GROUP_WORDS = [
  'so', 'ban', 'nganh', 'co quan', 'don vi', 'huyen uy', 'thi uy', 'thanh uy', 'dang uy', 'cap uy', 'chi bo',
  'dang bo', 'dang doan', 'ban can su', 'doan the', 'dia phuong', 'to chuc', 'truong', 'huyen', 'xa', 'phuong',
  'thi tran', 'thanh pho', 'thi xa', 'phong', 'hoi', 'ubnd', 'uy ban', 'tinh uy vien', 'dong chi', 'chu tich',
  'giam doc', 'thu truong', 'co so', 'doanh nghiep', 'lien doan', 'hoi dong', 'ban, nganh', 'ban nganh',
  'cap', 'doan', 'quan', 'trung tam', 'chi cuc', 'cuc', 'vu', 'bo',
];

/** Longest first, with the word boundary after each, compiled once. */
const UNIT_HEAD_RE = new RegExp(`^(${[...UNIT_HEADS_FREE].sort((a, b) => b.length - a.length).join('|')})(?![a-z0-9])\\s*`);
const GROUP_RE = new RegExp(`^cac\\s+(?:${[...GROUP_WORDS].sort((a, b) => b.length - a.length).join('|')})(?![a-z0-9])`);

/** Leading "Giao", "Đề nghị", "Yêu cầu": the unit follows them. */
export const ASKING_PREFIX_RE = /^(?:giao nhiem vu cho|giao cho|giao|de nghi|yeu cau)\s+/;

// Capitalised abbreviations of a body: UBND, HĐND, MTTQ, BCĐ, UBKT… (ASCII
// capitals and Đ only, so all-caps headings like "NỘI DUNG" do not match).
const ABBREVIATION_RE = /^[A-ZĐ]{3,}(?:\s|,|$)/;

/**
 * Whether a (trimmed) text starts with the name of an organisation, a group
 * of them, or an office holder ("Giám đốc các sở"), possibly after "Giao",
 * "Đề nghị" or "Yêu cầu".
 */
export function startsWithUnit(input: string): boolean {
  // Only the start matters: the longest prefix plus head is under 64 characters.
  const text = input.slice(0, 64);
  const folded = fold(text);
  const asking = ASKING_PREFIX_RE.exec(folded);
  const offset = asking ? asking[0].length : 0;
  const rest = text.slice(offset);
  const restFold = folded.slice(offset);
  if (GROUP_RE.test(restFold)) return true;
  const first = rest.charAt(0);
  // Names are capitalised: "ban hành", "phòng chống", "hội nghị" are not.
  if (first === '' || first === first.toLowerCase()) return false;
  const m = UNIT_HEAD_RE.exec(restFold);
  if (!m) return ABBREVIATION_RE.test(rest);
  if (CAPITAL_AFTER.has(m[1] ?? '')) {
    const next = rest.charAt(m[0].length);
    if (next === '' || next === next.toLowerCase()) return ABBREVIATION_RE.test(rest);
  }
  return true;
}

/**
 * Lower-case words that end a unit name in running text: the verbs and
 * prepositions that follow a subject ("Ban Tuyên giáo Tỉnh ủy chủ trì…").
 * Matched on the original spelling, not the fold, because the fold merges
 * words that names do contain ("vệ" in "Ban Bảo vệ…" folds like "về", "tư"
 * in "Đầu tư" like "từ"). One to three syllables.
 */
export const UNIT_STOP_WORDS: ReadonlySet<string> = new Set(
  [
    'chủ trì', 'phối hợp', 'có trách nhiệm', 'chịu trách nhiệm', 'xây dựng', 'hướng dẫn', 'kiểm tra', 'theo dõi',
    'chỉ đạo', 'lãnh đạo', 'tham mưu', 'triển khai', 'thực hiện', 'tăng cường', 'đẩy mạnh', 'báo cáo', 'đôn đốc',
    'giám sát', 'tuyên truyền', 'phổ biến', 'quán triệt', 'căn cứ', 'bố trí', 'rà soát', 'cân đối', 'đảm bảo',
    'bảo đảm', 'nghiên cứu', 'ban hành', 'định kỳ', 'tiếp tục', 'chủ động', 'quan tâm', 'thường xuyên', 'kịp thời',
    'tích cực', 'vận động', 'đề xuất', 'trình', 'lựa chọn', 'phân công', 'hỗ trợ', 'tập trung', 'khẩn trương',
    'nghiêm túc', 'đánh giá', 'sơ kết', 'tổng kết', 'tổng hợp', 'cập nhật', 'lập', 'thành lập', 'biên soạn',
    'chuẩn bị', 'phát huy', 'quản lý', 'định hướng', 'phát động', 'tiếp nhận', 'cung cấp', 'gửi', 'hoàn thành',
    'theo', 'cần', 'phải', 'được', 'sẽ', 'đưa', 'xử lý', 'đăng tải', 'phân bổ', 'huy động', 'làm', 'áp dụng',
    'tổ chức', 'thi hành', 'năm', 'nắm', 'nắm bắt', 'để', 'nhằm', 'trong', 'trên', 'về', 'với', 'vào', 'từ',
    'đến', 'tại', 'trước', 'sau', 'khi', 'là', 'có', 'thì', 'hằng', 'hàng', 'cùng', 'đồng thời', 'kết hợp',
    'chuyển', 'khắc phục', 'ưu tiên', 'nâng cao', 'mở', 'rút kinh nghiệm', 'kiểm điểm', 'quyết định', 'giao',
    'duy trì', 'soạn thảo', 'dự thảo', 'thông báo', 'như', 'quy định', 'phê duyệt', 'sửa đổi', 'bổ sung',
    'việc', 'ngày', 'số', 'nay', 'này', 'đã', 'đang', 'và', 'hoặc', 'nhưng', 'mà', 'bằng', 'qua', 'thông qua',
    'cho', 'đối với', 'bao gồm', 'gồm', 'lồng ghép', 'tiến hành', 'chịu', 'nhận', 'xác định', 'tham gia', 'khẩn',
    'đề nghị', 'yêu cầu', 'giao cho', 'kết quả', 'tình hình', 'tiến độ', 'nội dung', 'công tác', 'gửi về',
  ].map((w) => w.normalize('NFC')),
);
