import { ActionIcon, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { DUTY_KINDS, type DutyKind } from '../../../../core/document/types.ts';
import type { DraftDuty } from '../../../../core/plan/draft.ts';
import { VnDateInput } from '../../../components/VnDateInput.tsx';
import { DUTY_KIND_LABELS } from '../../../lib/format.ts';
import { removeAt, replaceAt } from './draft-edit.ts';

const KIND_OPTIONS = DUTY_KINDS.map((k) => ({ value: k, label: DUTY_KIND_LABELS[k] }));

export function DutiesEditor({ duties, onChange }: { duties: DraftDuty[]; onChange: (duties: DraftDuty[]) => void }) {
  const set = (i: number, d: DraftDuty) => onChange(replaceAt(duties, i, d));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        Nhiệm vụ ({duties.length})
      </Text>
      {duties.map((d, i) => (
        <Paper key={i} withBorder p="xs" bg="gray.0">
          <Stack gap="xs">
            <Group justify="space-between" wrap="nowrap" align="flex-end">
              <Select
                label={`Loại nhiệm vụ ${i + 1}`}
                data={KIND_OPTIONS}
                value={d.kind}
                allowDeselect={false}
                onChange={(v) => v && set(i, { ...d, kind: v as DutyKind })}
                style={{ flex: 1 }}
              />
              <ActionIcon variant="subtle" color="red" size="lg" aria-label={`Xóa nhiệm vụ ${i + 1}`} onClick={() => onChange(removeAt(duties, i))}>
                <IconTrash size={18} />
              </ActionIcon>
            </Group>
            <Textarea label={`Nội dung nhiệm vụ ${i + 1}`} autosize minRows={2} maxRows={8} value={d.text} onChange={(e) => set(i, { ...d, text: e.currentTarget.value })} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <TextInput
                label={`Thời hạn theo văn bản ${i + 1}`}
                placeholder="VD: hoàn thành trong quý IV/2019"
                value={d.deadlineText ?? ''}
                onChange={(e) => set(i, { ...d, deadlineText: e.currentTarget.value || null })}
              />
              <VnDateInput label={`Hạn hoàn thành ${i + 1} (dd/mm/yyyy)`} value={d.deadline} onChange={(deadline) => set(i, { ...d, deadline })} />
            </SimpleGrid>
          </Stack>
        </Paper>
      ))}
      <Button
        variant="subtle"
        size="xs"
        w="fit-content"
        leftSection={<IconPlus size={14} />}
        onClick={() => onChange([...duties, { kind: 'other', text: '', deadlineText: null, deadline: null }])}
      >
        Thêm nhiệm vụ
      </Button>
    </Stack>
  );
}
