import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { sortVietnamese } from '../../core/text/vietnamese.ts';
import { foldFilter } from '../lib/combobox.ts';
import { useUnits } from '../lib/registry.ts';
import type { UnitRow } from '../lib/types.ts';

/** Chooses one unit of the registry, searchable without diacritics. */
export function UnitSelect({
  value,
  onChange,
  units,
  exclude,
  ...props
}: {
  value: string | null;
  onChange: (unitId: string | null) => void;
  /** The units to offer; by default the whole visible registry. */
  units?: readonly UnitRow[];
  exclude?: ReadonlySet<string>;
} & Omit<SelectProps, 'value' | 'onChange' | 'data'>) {
  const query = useUnits({ enabled: !units });
  const list = units ?? query.data;
  const data = useMemo(
    () => sortVietnamese(list ?? [], (u) => u.name).flatMap((u) => (exclude?.has(u.id) ? [] : [{ value: u.id, label: u.shortName && u.shortName !== u.name ? `${u.name} (${u.shortName})` : u.name }])),
    [list, exclude],
  );
  return (
    <Select
      searchable
      nothingFoundMessage="Không có đơn vị phù hợp"
      filter={foldFilter()}
      placeholder={list ? 'Chọn đơn vị' : 'Đang tải danh mục…'}
      {...props}
      data={data}
      value={value}
      onChange={(v) => onChange(v)}
    />
  );
}
