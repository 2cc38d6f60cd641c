import { Stack, Table, Text } from '@mantine/core';
import type { ReportContent, ReportForm } from '../../core/reporting/index.ts';

const shown = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : typeof v === 'number' ? String(v).replace('.', ',') : String(v));

/** A report's content to read (a submitted version, the other side of a conflict). */
export function ReportContentView({ form, content }: { form: ReportForm; content: ReportContent }) {
  const sections = form.sections.filter((s) => content.narratives[s.key]);
  return (
    <Stack gap="sm">
      {sections.length === 0 && (
        <Text size="sm" c="dimmed">
          Chưa có nội dung.
        </Text>
      )}
      {sections.map((s) => (
        <div key={s.key}>
          <Text size="sm" fw={600}>
            {s.title}
          </Text>
          <Text size="sm" className="preline" style={{ overflowWrap: 'anywhere' }}>
            {content.narratives[s.key]}
          </Text>
        </div>
      ))}
      {form.indicators.length > 0 && (
        <Table fz="sm" verticalSpacing={4} withTableBorder>
          <Table.Tbody>
            {form.indicators.map((i) => (
              <Table.Tr key={i.code}>
                <Table.Td>{i.label}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap', textAlign: 'right' }}>
                  {shown(content.indicators[i.code])} {content.indicators[i.code] !== undefined && content.indicators[i.code] !== null ? (i.unit ?? '') : ''}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
