import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import type { DraftTarget } from '../../../../core/plan/draft.ts';
import { UnitRefSelect, type RegistryData } from '../../../components/UnitRefSelect.tsx';
import { emptyTarget, removeAt, replaceAt } from './draft-edit.ts';

/**
 * Names as the document writes them, each mapped to a registry unit or group.
 * A name added here (not in the document) takes the chosen unit's name.
 */
export function TargetList({
  title,
  labelPrefix,
  targets,
  registry,
  date,
  onChange,
  addLabel,
  optional = false,
}: {
  title: string;
  labelPrefix: string;
  targets: DraftTarget[];
  registry: RegistryData;
  date: string | null;
  onChange: (targets: DraftTarget[]) => void;
  addLabel: string;
  optional?: boolean;
}) {
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {title}
      </Text>
      {targets.length === 0 && (
        <Text size="sm" c="dimmed">
          Chưa có.
        </Text>
      )}
      {targets.map((t, i) => (
        <Stack key={i} gap={2}>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text size="xs" c="dimmed" style={{ minWidth: 0 }}>
              Văn bản ghi: {t.text ? `“${t.text}”` : '(thêm mới)'}
            </Text>
            <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Bỏ ${t.text || 'mục này'}`} onClick={() => onChange(removeAt(targets, i))}>
              <IconX size={14} />
            </ActionIcon>
          </Group>
          <UnitRefSelect
            label={`${labelPrefix}: ${t.text || `mục thêm ${i + 1}`}`}
            value={t.ref}
            suggestions={t.suggestions}
            registry={registry}
            date={date}
            optional={optional}
            onChange={(ref, name) => onChange(replaceAt(targets, i, { ...t, ref, text: t.text || name }))}
          />
        </Stack>
      ))}
      <Button variant="subtle" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => onChange([...targets, emptyTarget()])}>
        {addLabel}
      </Button>
    </Stack>
  );
}
