/**
 * Vietnamese text helpers shared by the parser, search and sorting.
 */

/** Unicode NFC, the form every stored and compared string is in. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * Folds Vietnamese to plain lower-case ASCII for diacritic-insensitive search
 * ("Điện Biên" → "dien bien"). Đ/đ are not decomposed by NFD, hence the
 * explicit replacement.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Collapses runs of whitespace (including non-breaking spaces and tabs) to one space and trims. */
export function squashSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u3000]+/g, ' ').trim();
}

// Intl.Collator('vi') orders a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư and
// tones as Vietnamese dictionaries do; the browser and Node (full ICU) both have it.
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}

export function sortVietnamese<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((x, y) => compareVietnamese(key(x), key(y)));
}
