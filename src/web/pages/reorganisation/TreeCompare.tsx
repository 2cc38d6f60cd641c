import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { CivilDate } from '../../../core/civil-date.ts';
import { buildTree } from '../../../core/org/tree.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { VnDateInput } from '../../components/VnDateInput.tsx';
import { formatDate } from '../../lib/format.ts';
import { useUnits } from '../../lib/registry.ts';
import type { UnitRow } from '../../lib/types.ts';
import { UnitTree } from '../registry/UnitTree.tsx';

// The day before and the day of Điện Biên's change (districts end 30/6/2025, communes begin 1/7/2025).
const BEFORE = '2025-06-30' as CivilDate;
const AFTER = '2025-07-01' as CivilDate;

function DatedTree({ label, date, onDate, units, other, mark }: { label: string; date: CivilDate | null; onDate: (d: CivilDate | null) => void; units: ReturnType<typeof useUnits>; other: ReadonlySet<string> | null; mark: { text: string; color: string } }) {
  const navigate = useNavigate();
  const tree = useMemo(() => buildTree(units.data ?? []), [units.data]);
  // Units on this date that the other date does not have: ended (left) or new (right).
  const marks = useMemo(() => new Map((units.data ?? []).filter((u) => other && !other.has(u.id)).map((u) => [u.id, mark])), [units.data, other, mark]);
  const name = date ? `Cây đơn vị ngày ${formatDate(date)}` : 'Cây đơn vị';
  return (
    <Paper withBorder p="sm" component="section" aria-label={name}>
      <Stack gap="xs">
        <VnDateInput label={label} value={date} onChange={onDate} />
        <QueryState query={units}>
          {(list: UnitRow[]) => (
            <>
              <Text size="xs" c="dimmed">
                {list.length} đơn vị{marks.size > 0 ? ` · ${marks.size} ${mark.text}` : ''}
              </Text>
              <UnitTree nodes={tree} visible={null} selectedId={null} label={name} marks={marks} onSelect={(u) => navigate(`/to-chuc/don-vi/${u.id}`)} />
            </>
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}

/** The organisation on two dates side by side: what ended, what began. */
export function TreeCompare() {
  const [left, setLeft] = useState<CivilDate | null>(BEFORE);
  const [right, setRight] = useState<CivilDate | null>(AFTER);
  const before = useUnits({ asOf: left, enabled: !!left });
  const after = useUnits({ asOf: right, enabled: !!right });
  const beforeIds = useMemo(() => (before.data ? new Set(before.data.map((u) => u.id)) : null), [before.data]);
  const afterIds = useMemo(() => (after.data ? new Set(after.data.map((u) => u.id)) : null), [after.data]);
  // Units only on the earlier date have ended; units only on the later one are new.
  const inOrder = !left || !right || left <= right;
  return (
    <Stack gap="xs" component="section" aria-label="So sánh cây đơn vị">
      <Title order={3} size="h4">
        Cây đơn vị theo ngày
      </Title>
      <Text size="sm" c="dimmed">
        Chọn đơn vị để xem lịch sử, đơn vị kế thừa và các báo cáo đã nộp.
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <DatedTree label="Ngày thứ nhất (dd/mm/yyyy)" date={left} onDate={setLeft} units={before} other={afterIds} mark={inOrder ? ENDED : BEGUN} />
        <DatedTree label="Ngày thứ hai (dd/mm/yyyy)" date={right} onDate={setRight} units={after} other={beforeIds} mark={inOrder ? BEGUN : ENDED} />
      </SimpleGrid>
    </Stack>
  );
}

const ENDED = { text: 'kết thúc', color: 'gray' };
const BEGUN = { text: 'mới', color: 'green' };
