import { Select, type ComboboxItem, type ComboboxItemGroup } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { UnitRef } from '../../core/plan/draft.ts';
import { sortVietnamese } from '../../core/text/vietnamese.ts';
import { api, qs } from '../lib/api.ts';
import { foldFilter } from '../lib/combobox.ts';
import type { GroupRow, RegistrySuggestion, UnitRow } from '../lib/types.ts';

/** What the import editors know of the registry, loaded once per screen. */
export interface RegistryData {
  units: UnitRow[];
  groups: GroupRow[];
  /** Group id → member unit ids valid on the plan's date. */
  members: Map<string, string[]>;
}

const keyOf = (ref: UnitRef) => `${ref.kind}:${ref.id}`;

function refOf(value: string): UnitRef | null {
  // Options carry a prefix for their list ("s:" text suggestions, "q:" name
  // search) because one unit may appear in several lists and values must be unique.
  const parts = value.split(':');
  const [kind, id] = parts.length === 3 ? parts.slice(1) : parts;
  return (kind === 'unit' || kind === 'group') && id ? { kind, id } : null;
}

const percent = (score: number) => `${Math.round(score * 100)}%`;

/** "Các huyện ủy, thị ủy, thành ủy · nhóm 10 đơn vị": a group shows how many units it brings. */
export function groupLabel(members: ReadonlyMap<string, readonly string[]>, group: { id: string; name: string }): string {
  return `${group.name} · nhóm ${members.get(group.id)?.length ?? 0} đơn vị`;
}

/**
 * Chooses the registry unit or group a name in the document means: the
 * parser's ranked suggestions first (with their scores), the server's
 * suggestions for what is typed, then every group (with its member count)
 * and every unit.
 */
export function UnitRefSelect({
  label,
  value,
  suggestions,
  registry,
  date,
  optional = false,
  onChange,
}: {
  label: string;
  /** Report recipients may stay as the document's words; units that carry duties may not. */
  optional?: boolean;
  value: UnitRef | null;
  suggestions: readonly RegistrySuggestion[];
  registry: RegistryData;
  date: string | null;
  onChange: (ref: UnitRef | null, name: string) => void;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const names = useMemo(() => new Map<string, string>([...registry.units.map((u) => [`unit:${u.id}`, u.name] as const), ...registry.groups.map((g) => [`group:${g.id}`, g.name] as const)]), [registry]);
  const selectedLabel = value ? (value.kind === 'group' ? groupLabel(registry.members, { id: value.id, name: names.get(keyOf(value)) ?? '' }) : names.get(keyOf(value))) : undefined;
  const searching = debounced.length >= 2 && debounced !== selectedLabel;
  const suggest = useQuery({
    queryKey: ['registry', 'suggest', debounced, date],
    queryFn: async () => (await api.get<{ suggestions: RegistrySuggestion[] }>(`/api/registry/suggest${qs({ q: debounced, asOf: date })}`)).suggestions,
    enabled: searching,
    staleTime: 60_000,
  });

  const data = useMemo(() => {
    const describe = (s: RegistrySuggestion) => (s.ref.kind === 'group' ? `${groupLabel(registry.members, { id: s.ref.id, name: s.name })} · ${percent(s.score)}` : `${s.name} · ${percent(s.score)}`);
    const out: ComboboxItemGroup<ComboboxItem>[] = [];
    if (suggestions.length > 0) out.push({ group: 'Gợi ý từ văn bản', items: suggestions.map((s) => ({ value: `s:${keyOf(s.ref)}`, label: describe(s) })) });
    if (searching && suggest.data?.length) out.push({ group: 'Gợi ý theo tên', items: suggest.data.map((s) => ({ value: `q:${keyOf(s.ref)}`, label: describe(s) })) });
    out.push({ group: 'Nhóm đơn vị', items: sortVietnamese(registry.groups, (g) => g.name).map((g) => ({ value: `group:${g.id}`, label: groupLabel(registry.members, g) })) });
    out.push({ group: 'Đơn vị', items: sortVietnamese(registry.units, (u) => u.name).map((u) => ({ value: `unit:${u.id}`, label: u.name })) });
    return out;
  }, [suggestions, searching, suggest.data, registry]);

  return (
    <Select
      label={label}
      placeholder="Chọn hoặc gõ tên đơn vị, nhóm"
      searchable
      clearable
      clearButtonProps={{ 'aria-label': `Bỏ chọn — ${label}` }}
      data={data}
      value={value ? keyOf(value) : null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={foldFilter((v) => v.startsWith('q:'))}
      nothingFoundMessage={suggest.isFetching ? 'Đang tìm…' : 'Không có đơn vị, nhóm phù hợp'}
      maxDropdownHeight={320}
      error={value || optional ? undefined : 'Chưa xác định đơn vị'}
      description={!value && optional ? 'Có thể để trống: giữ tên như văn bản ghi' : undefined}
      onChange={(v) => {
        const ref = v ? refOf(v) : null;
        onChange(ref, ref ? (names.get(keyOf(ref)) ?? '') : '');
      }}
    />
  );
}
