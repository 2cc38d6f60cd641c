/**
 * Dates as documents write them: "30/5/2019", "30-5-2019", "30.5.2019",
 * "ngày 17 tháng 10 năm 2019", and the header's "Điện Biên, ngày 27 tháng 8
 * năm 2019". All matching is done on the fold (see text.ts), so "nãm" or
 * "thàng" from OCR still read.
 */
import { civilDate, type CivilDate } from '../civil-date.ts';

export interface DateParts {
  day: number;
  month: number;
  year: number;
}

// "ngày" optional, then numeric or long form. Anchored (sticky) at the position given.
const DATE_AT_RE =
  /(?:ngay\s*)?(?:(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})|(\d{1,2})\s*thang\s*(\d{1,2})\s*,?\s*nam\s*(\d{4}))(?!\d)/y;

/** Reads a full date starting at `pos` of a folded text. */
export function readDateAt(folded: string, pos: number): { parts: DateParts; end: number } | null {
  DATE_AT_RE.lastIndex = pos;
  const m = DATE_AT_RE.exec(folded);
  if (!m) return null;
  const day = Number(m[1] ?? m[4]);
  const month = Number(m[2] ?? m[5]);
  const year = Number(m[3] ?? m[6]);
  return { parts: { day, month, year }, end: pos + m[0].length };
}

export function toCivil(parts: DateParts): CivilDate | null {
  return civilDate(parts.year, parts.month, parts.day);
}

export interface PlaceDate {
  place: string | null;
  /** Null when the day or month was left blank or the date is not a real day. */
  date: CivilDate | null;
  blank: boolean;
  invalid: boolean;
  /** Offsets of the whole "Place, ngày … năm …" in the text; `placeStart` where the place itself begins. */
  start: number;
  placeStart: number;
  end: number;
}

// "<Place>, ngày <d> tháng <m> năm <yyyy>" with blanks allowed for d and m
// ("ngày   tháng   năm 2010", "ngày … tháng … năm 2010"). The place is
// optional here and validated by the caller; the date must carry "ngày".
const PLACE_DATE_RE =
  /(?:([^,;:]{2,60}?)\s*,\s*)?ngay\s*([0-9]{1,2}|[ ._…]*)\s*thang\s*([0-9]{1,2}|[ ._…]*)\s*,?\s*nam\s*(\d{4})(?!\d)/;
const PLACE_DATE_NUMERIC_RE = /(?:([^,;:]{2,60}?)\s*,\s*)?ngay\s*(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})(?!\d)/;

/**
 * Finds the place-and-date line of a header in one cell (or a few cells
 * joined). `text` is the original, `folded` its fold.
 */
export function findPlaceDate(text: string, folded: string): PlaceDate | null {
  const long = PLACE_DATE_RE.exec(folded);
  const m = long ?? PLACE_DATE_NUMERIC_RE.exec(folded);
  if (!m) return null;
  const placeFold = m[1];
  // "Ngày 06/04/2021 23:23:18" of a web page: the numeric form counts only after a place.
  if (long === null && placeFold === undefined) return null;
  let place: string | null = null;
  let placeStart = m.index;
  if (placeFold !== undefined) {
    // The group starts where the match does.
    const raw = text.slice(m.index, m.index + placeFold.length);
    place = cleanPlace(raw);
    // Something that is not a place before the comma ("Cập nhật lúc 10:20,")
    // means this is not a header date.
    if (place === null) return null;
    const at = raw.lastIndexOf(place);
    placeStart = at >= 0 ? m.index + at : m.index;
  }
  const dayText = (m[2] ?? '').trim();
  const monthText = (m[3] ?? '').trim();
  const blank = !/^\d+$/.test(dayText) || !/^\d+$/.test(monthText);
  const date = blank ? null : civilDate(Number(m[4]), Number(monthText), Number(dayText));
  return { place, date, blank, invalid: !blank && date === null, start: m.index, placeStart, end: m.index + m[0].length };
}

/**
 * A place is a short capitalised name ("Điện Biên", "Hà Nội", "TP. Hồ Chí
 * Minh"). When a flattened header put other text before it ("Số: 12/KH-UBND
 * Hà Nội", "TỈNH ỦY ĐIỆN BIÊN Điện Biên"), the place is the trailing run of
 * words without digits, after any all-capitals words.
 */
function cleanPlace(raw: string): string | null {
  const words = raw.trim().split(/\s+/).filter((w) => w !== '');
  let startAt = 0;
  for (let i = 0; i < words.length; i++) if (/[\d:/()]/.test(words[i] ?? '')) startAt = i + 1;
  let kept = words.slice(startAt);
  const mixed = kept.findIndex((w) => /\p{Ll}/u.test(w));
  if (mixed > 0) kept = kept.slice(mixed - (/^(?:TP|Tp)\.?$/.test(kept[mixed - 1] ?? '') ? 1 : 0));
  kept = kept.filter((w, i) => i > 0 || !/^[-–—*|]+$/.test(w));
  if (kept.length === 0 || kept.length > 7) return null;
  const place = kept.join(' ');
  const first = place.charAt(0);
  if (first === first.toLowerCase()) return null;
  return place;
}
