import { isOptionsGroup, type ComboboxItem, type ComboboxParsedItem, type OptionsFilter } from '@mantine/core';
import { foldVietnamese } from '../../core/text/vietnamese.ts';

/**
 * Diacritic-insensitive option filtering: "tuan giao" finds "Huyện ủy Tuần
 * Giáo", as people type on phones without Vietnamese keyboards. Options for
 * which `keep` says yes stay whatever the search (the server's own ranked
 * suggestions, already chosen for this search).
 */
export function foldFilter(keep: (value: string) => boolean = () => false): OptionsFilter {
  return ({ options, search, limit }) => {
    const needle = foldVietnamese(search);
    const match = (item: ComboboxItem) => keep(item.value) || !needle || foldVietnamese(item.label).includes(needle);
    const out: ComboboxParsedItem[] = [];
    let count = 0;
    for (const option of options) {
      if (count >= limit) break;
      if (isOptionsGroup(option)) {
        const items = option.items.filter(match).slice(0, limit - count);
        count += items.length;
        if (items.length > 0) out.push({ group: option.group, items });
      } else if (match(option)) {
        out.push(option);
        count++;
      }
    }
    return out;
  };
}
