import { Anchor, Button, Grid, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { CivilDate } from '../../../core/civil-date.ts';
import { buildTree } from '../../../core/org/tree.ts';
import { UNIT_KIND_LABELS } from '../../../core/org/vocab.ts';
import { foldVietnamese } from '../../../core/text/vietnamese.ts';
import { DateText } from '../../components/DateText.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { VnDateInput } from '../../components/VnDateInput.tsx';
import { useUnits } from '../../lib/registry.ts';
import { useSession } from '../../lib/session.tsx';
import type { UnitRow } from '../../lib/types.ts';
import { useWide } from '../../lib/use-wide.ts';
import { draftOf, newUnitDraft, UnitForm } from './UnitForm.tsx';
import { UnitTree } from './UnitTree.tsx';

const searchTextOf = (u: UnitRow) => foldVietnamese([u.name, u.shortName ?? '', ...u.aliases, u.code ?? ''].join(' | '));

function UnitFacts({ unit, parentName }: { unit: UnitRow; parentName: string | null }) {
  const rows: [string, ReactNode][] = [
    ['Loại', UNIT_KIND_LABELS[unit.kind]],
    ['Tên viết tắt', unit.shortName ?? '—'],
    ['Tên gọi khác', unit.aliases.join('; ') || '—'],
    ['Mã', unit.code ?? '—'],
    ['Cấp trên', parentName ?? '—'],
    ['Hiệu lực', <><DateText date={unit.validFrom} empty="…" /> – <DateText date={unit.validTo} empty="nay" /></>],
  ];
  return (
    <Stack gap={4}>
      {rows.map(([label, value]) => (
        <Text key={label} size="sm">
          <Text span c="dimmed">
            {label}:
          </Text>{' '}
          {value}
        </Text>
      ))}
    </Stack>
  );
}

type Selection = { mode: 'view'; id: string } | { mode: 'new'; parentId: string | null } | null;

export function UnitsPanel() {
  const { can } = useSession();
  const manage = can('registry.manage');
  const [asOf, setAsOf] = useState<CivilDate | null>(null);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [selection, setSelection] = useState<Selection>(null);
  const wide = useWide();
  const detail = useRef<HTMLDivElement>(null);
  // On phones the detail sits below the whole tree: bring it up when a unit is chosen.
  useEffect(() => {
    const box = detail.current;
    if (!selection || wide || !box) return;
    window.scrollTo({ top: box.getBoundingClientRect().top + window.scrollY - 64, behavior: 'smooth' });
  }, [selection, wide]);
  const units = useUnits({ asOf });
  const allUnits = useUnits();
  // The server's search (its index also serves the unit resolver) joins the
  // instant client-side match, so both agree even if their folding ever differs.
  const serverMatches = useUnits({ asOf, q, enabled: q.length > 0 });

  const tree = useMemo(() => buildTree(units.data ?? []), [units.data]);
  const visible = useMemo(() => {
    const needle = foldVietnamese(search);
    if (!needle) return null;
    const ids = new Set((units.data ?? []).filter((u) => searchTextOf(u).includes(needle)).map((u) => u.id));
    if (q && foldVietnamese(q) === needle) for (const u of serverMatches.data ?? []) ids.add(u.id);
    return ids;
  }, [search, q, units.data, serverMatches.data]);

  const byId = useMemo(() => new Map((allUnits.data ?? []).map((u) => [u.id, u])), [allUnits.data]);
  const selected = selection?.mode === 'view' ? byId.get(selection.id) : undefined;

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
            <TextInput label="Tìm đơn vị" placeholder="Tên, tên gọi khác, mã — không cần dấu" leftSection={<IconSearch size={16} />} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
            <VnDateInput label="Xem theo ngày (dd/mm/yyyy)" value={asOf} onChange={setAsOf} />
          </SimpleGrid>
          {manage && selection?.mode !== 'new' && (
            <Button variant="light" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => setSelection({ mode: 'new', parentId: selected?.id ?? null })}>
              {selected ? `Thêm đơn vị trực thuộc ${selected.name}` : 'Thêm đơn vị'}
            </Button>
          )}
          <Paper withBorder p="xs">
            <QueryState query={units}>{() => <UnitTree nodes={tree} visible={visible} selectedId={selected?.id ?? null} onSelect={(u) => setSelection({ mode: 'view', id: u.id })} />}</QueryState>
          </Paper>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Paper ref={detail} withBorder p="md" component="section" aria-label="Chi tiết đơn vị">
          {selection?.mode === 'new' && allUnits.data ? (
            <Stack gap="sm">
              <Title order={3} size="h4">
                Thêm đơn vị
              </Title>
              <UnitForm unit={null} initial={newUnitDraft(selection.parentId)} allUnits={allUnits.data} onSaved={(u) => setSelection({ mode: 'view', id: u.id })} onCancel={() => setSelection(null)} />
            </Stack>
          ) : selected && allUnits.data ? (
            <Stack gap="sm">
              <Title order={3} size="h4">
                {selected.name}
              </Title>
              <Anchor component={Link} to={`/to-chuc/don-vi/${selected.id}`} size="sm">
                Lịch sử, đơn vị kế thừa và báo cáo của đơn vị
              </Anchor>
              {manage ? (
                <UnitForm key={`${selected.id}:${selected.version}`} unit={selected} initial={draftOf(selected)} allUnits={allUnits.data} onSaved={(u) => setSelection({ mode: 'view', id: u.id })} onDeleted={() => setSelection(null)} />
              ) : (
                <UnitFacts unit={selected} parentName={selected.parentId ? (byId.get(selected.parentId)?.name ?? null) : null} />
              )}
            </Stack>
          ) : (
            <Text c="dimmed">Chọn một đơn vị trên cây để xem{manage ? ' và sửa' : ''}.</Text>
          )}
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
