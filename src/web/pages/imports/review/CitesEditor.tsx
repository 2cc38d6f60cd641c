import { ActionIcon, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { memo } from 'react';
import { DOCUMENT_GENRES, type Citation, type DocumentGenre } from '../../../../core/document/types.ts';
import { VnDateInput } from '../../../components/VnDateInput.tsx';
import { removeAt, replaceAt } from './draft-edit.ts';

function CitesEditorView({ cites, onChange }: { cites: Citation[]; onChange: (cites: Citation[]) => void }) {
  const set = (i: number, c: Citation) => onChange(replaceAt(cites, i, c));
  return (
    <Paper component="section" aria-label="Văn bản được dẫn" withBorder p="sm">
      <Stack gap="xs">
        <Title order={3} size="h4">
          Văn bản được dẫn ({cites.length})
        </Title>
        {cites.length === 0 && (
          <Text size="sm" c="dimmed">
            Văn bản không dẫn văn bản nào.
          </Text>
        )}
        {cites.map((c, i) => (
          <Group key={i} align="flex-end" wrap="nowrap" gap="xs">
            <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="xs" style={{ flex: 1 }}>
              <TextInput label={`Số hiệu ${i + 1}`} value={c.symbol} onChange={(e) => set(i, { ...c, symbol: e.currentTarget.value })} />
              <Select label={`Loại ${i + 1}`} data={[...DOCUMENT_GENRES]} value={c.type} clearable onChange={(v) => set(i, { ...c, type: (v as DocumentGenre | null) ?? null })} />
              <VnDateInput label={`Ngày ${i + 1}`} value={c.date} onChange={(date) => set(i, { ...c, date })} />
              <TextInput label={`Cơ quan ${i + 1}`} value={c.issuer ?? ''} onChange={(e) => set(i, { ...c, issuer: e.currentTarget.value || null })} />
            </SimpleGrid>
            <ActionIcon variant="subtle" color="red" size="lg" aria-label={`Xóa văn bản được dẫn ${c.symbol || i + 1}`} onClick={() => onChange(removeAt(cites, i))}>
              <IconTrash size={18} />
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="subtle"
          size="xs"
          w="fit-content"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...cites, { symbol: '', type: null, date: null, issuer: null }])}
        >
          Thêm văn bản được dẫn
        </Button>
      </Stack>
    </Paper>
  );
}

export const CitesEditor = memo(CitesEditorView);
