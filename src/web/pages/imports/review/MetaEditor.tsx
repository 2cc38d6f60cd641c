import { Paper, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { memo } from 'react';
import { DOCUMENT_GENRES, type DocumentGenre } from '../../../../core/document/types.ts';
import type { DraftMeta } from '../../../../core/plan/draft.ts';
import { UnitSelect } from '../../../components/UnitSelect.tsx';
import { VnDateInput } from '../../../components/VnDateInput.tsx';
import type { UnitRow } from '../../../lib/types.ts';

function MetaEditorView({ meta, units, onChange }: { meta: DraftMeta; units: UnitRow[]; onChange: (meta: DraftMeta) => void }) {
  const set = (patch: Partial<DraftMeta>) => onChange({ ...meta, ...patch });
  const text = (v: string) => (v.trim() ? v : null);
  return (
    <Paper component="section" aria-label="Thông tin văn bản" withBorder p="sm">
      <Stack gap="xs">
        <Title order={3} size="h4">
          Thông tin văn bản
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <TextInput label="Số, ký hiệu" placeholder="VD: 82-KH/TU" value={meta.number ?? ''} onChange={(e) => set({ number: text(e.currentTarget.value) })} />
          <Select
            label="Loại văn bản"
            data={[...DOCUMENT_GENRES]}
            value={meta.type}
            clearable
            searchable
            onChange={(v) => set({ type: (v as DocumentGenre | null) ?? null })}
          />
          <TextInput label="Cơ quan ban hành" value={meta.issuer ?? ''} onChange={(e) => set({ issuer: text(e.currentTarget.value) })} />
          <TextInput label="Nơi ban hành" value={meta.place ?? ''} onChange={(e) => set({ place: text(e.currentTarget.value) })} />
          <VnDateInput label="Ngày ban hành (dd/mm/yyyy)" value={meta.date} onChange={(date) => set({ date })} />
          <VnDateInput label="Ngày kết thúc (dd/mm/yyyy)" description="Để trống nếu kế hoạch không ghi" value={meta.endDate} onChange={(endDate) => set({ endDate })} />
        </SimpleGrid>
        <Textarea label="Trích yếu" required autosize minRows={2} maxRows={6} value={meta.title} onChange={(e) => set({ title: e.currentTarget.value })} />
        <UnitSelect label="Cơ quan theo dõi, đôn đốc" units={units} value={meta.coordinatorUnitId} onChange={(coordinatorUnitId) => set({ coordinatorUnitId })} clearable />
      </Stack>
    </Paper>
  );
}

export const MetaEditor = memo(MetaEditorView);
