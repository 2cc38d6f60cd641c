import { ActionIcon, Button, Group, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { CADENCES, type Cadence } from '../../../../core/document/types.ts';
import type { DraftReport } from '../../../../core/plan/draft.ts';
import type { RegistryData } from '../../../components/UnitRefSelect.tsx';
import { cadenceLabel } from '../../../lib/format.ts';
import { removeAt, replaceAt } from './draft-edit.ts';
import { TargetList } from './TargetList.tsx';

const CADENCE_OPTIONS = CADENCES.map((c) => ({ value: c, label: cadenceLabel(c) }));

export function ReportsEditor({ reports, registry, date, onChange }: { reports: DraftReport[]; registry: RegistryData; date: string | null; onChange: (reports: DraftReport[]) => void }) {
  const set = (i: number, r: DraftReport) => onChange(replaceAt(reports, i, r));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        Chế độ báo cáo ({reports.length})
      </Text>
      {reports.map((r, i) => (
        <Paper key={i} withBorder p="xs" bg="gray.0">
          <Stack gap="xs">
            <Group justify="space-between" wrap="nowrap" align="flex-end">
              <Select
                label={`Kỳ báo cáo ${i + 1}`}
                data={CADENCE_OPTIONS}
                value={r.cadence}
                allowDeselect={false}
                onChange={(v) => v && set(i, { ...r, cadence: v as Cadence })}
                style={{ flex: 1 }}
              />
              <ActionIcon variant="subtle" color="red" size="lg" aria-label={`Xóa chế độ báo cáo ${i + 1}`} onClick={() => onChange(removeAt(reports, i))}>
                <IconTrash size={18} />
              </ActionIcon>
            </Group>
            <Textarea label={`Nội dung báo cáo ${i + 1}`} autosize minRows={1} maxRows={5} value={r.text} onChange={(e) => set(i, { ...r, text: e.currentTarget.value })} />
            <TargetList title="Báo cáo về" labelPrefix="Báo cáo về" addLabel="Thêm nơi nhận báo cáo" optional targets={r.to} registry={registry} date={date} onChange={(to) => set(i, { ...r, to })} />
            <TargetList title="Báo cáo qua" labelPrefix="Báo cáo qua" addLabel="Thêm nơi chuyển báo cáo" optional targets={r.via} registry={registry} date={date} onChange={(via) => set(i, { ...r, via })} />
          </Stack>
        </Paper>
      ))}
      <Button
        variant="subtle"
        size="xs"
        w="fit-content"
        leftSection={<IconPlus size={14} />}
        onClick={() => onChange([...reports, { text: '', cadence: '6-monthly', to: [], via: [] }])}
      >
        Thêm chế độ báo cáo
      </Button>
    </Stack>
  );
}
