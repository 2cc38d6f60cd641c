import { Paper, Select, Stack, Textarea, Title } from '@mantine/core';
import { memo } from 'react';
import type { Section } from '../../../../core/document/types.ts';
import { OutlineView } from '../../../components/OutlineView.tsx';

function ContentEditorView({ sections, contentSection, onChange }: { sections: Section[]; contentSection: number | null; onChange: (index: number | null) => void }) {
  const options = sections.map((s, i) => ({ value: String(i), label: `${s.number ? `${s.number}. ` : ''}${s.title} (${s.items.length} mục)` }));
  return (
    <Paper component="section" aria-label="Nội dung" withBorder p="sm">
      <Stack gap="xs">
        <Title order={3} size="h4">
          Nội dung
        </Title>
        <Select
          label="Phần chứa các nội dung thực hiện"
          description="Các mục đánh số của phần này trở thành các nội dung của kế hoạch."
          data={options}
          value={contentSection === null ? null : String(contentSection)}
          clearable
          onChange={(v) => onChange(v === null ? null : Number(v))}
        />
        <OutlineView sections={sections} highlight={contentSection} />
      </Stack>
    </Paper>
  );
}

export const ContentEditor = memo(ContentEditorView);

function RecipientsEditorView({ recipients, onChange }: { recipients: string[]; onChange: (recipients: string[]) => void }) {
  return (
    <Paper component="section" aria-label="Nơi nhận" withBorder p="sm">
      <Stack gap="xs">
        <Title order={3} size="h4">
          Nơi nhận
        </Title>
        <Textarea
          label="Nơi nhận (mỗi dòng một nơi)"
          autosize
          minRows={3}
          maxRows={14}
          value={recipients.join('\n')}
          onChange={(e) => onChange(e.currentTarget.value.split('\n'))}
          onBlur={() => onChange(recipients.map((r) => r.trim()).filter(Boolean))}
        />
      </Stack>
    </Paper>
  );
}

export const RecipientsEditor = memo(RecipientsEditorView);
