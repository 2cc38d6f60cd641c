import { Box, Stack, Text } from '@mantine/core';
import { DiffText } from './DiffText.tsx';
import { diffContent, type ReportContent, type ReportForm } from '../../core/reporting/index.ts';

/** A field's name as the form shows it (section title, indicator label), or its key for fields no longer in the form. */
export function fieldLabel(form: ReportForm, field: string): string {
  return form.sections.find((s) => s.key === field)?.title ?? form.indicators.find((i) => i.code === field)?.label ?? field;
}

/**
 * What changed from `before` to `after`, word by word: removed words struck
 * through in red, added ones underlined in green (as <del>/<ins>, which
 * screen readers announce).
 */
export function ReportDiff({ form, before, after, emptyText = 'Hai bản giống nhau.' }: { form: ReportForm; before: ReportContent; after: ReportContent; emptyText?: string }) {
  const fields = diffContent(before, after);
  if (fields.length === 0) return <Text size="sm" c="dimmed">{emptyText}</Text>;
  return (
    <Stack gap="sm" data-testid="report-diff">
      {fields.map((f) => (
        <Box key={f.field}>
          <Text size="sm" fw={600}>
            {fieldLabel(form, f.field)}
          </Text>
          <DiffText parts={f.parts} />
        </Box>
      ))}
    </Stack>
  );
}
