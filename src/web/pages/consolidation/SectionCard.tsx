import { Alert, Badge, Box, Button, Collapse, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { lazy, memo, Suspense, useId } from 'react';
import { NO_PASSAGE_HTML } from '../../../core/consolidation/parts.ts';
import type { DraftSection } from '../../../core/consolidation/types.ts';
import { Loading } from '../../components/QueryState.tsx';
import { RichTextDiff, RichTextView } from '../../components/RichTextView.tsx';

// TipTap is loaded with the first editable section, not with the app.
const RichTextEditor = lazy(() => import('../../components/RichTextEditor.tsx'));

/** How many units' passages a generated section holds ("<strong>Huyện ủy …:</strong>"). */
function passageCount(html: string): number {
  return (html.match(/<p><strong>[^<]+:<\/strong>/g) ?? []).length;
}

/**
 * One part of the report: its editor, the units' passages it was generated
 * from (marked with the units' names, to condense), and — when new reports
 * arrived after it was edited — what changed, with the choice to take the
 * new text or keep the edit.
 */
export const SectionCard = memo(function SectionCard({
  section,
  number,
  html,
  unsaved,
  editable,
  resetKey,
  busy,
  onChange,
  onTakeGenerated,
  onKeepEdited,
}: {
  section: DraftSection;
  number: string;
  html: string;
  unsaved: boolean;
  editable: boolean;
  resetKey: number;
  busy: boolean;
  onChange: (key: string, html: string) => void;
  onTakeGenerated: (key: string) => unknown;
  onKeepEdited: (key: string) => unknown;
}) {
  const headingId = useId();
  const [sourcesOpen, sources] = useDisclosure(false);
  const heading = `${number ? `${number} ` : ''}${section.level === 1 ? section.title.toLocaleUpperCase('vi') : section.title}`;
  const gathered = section.generatedHtml && section.generatedHtml !== NO_PASSAGE_HTML ? passageCount(section.generatedHtml) : 0;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={headingId} data-testid={`section-${section.key}`} className="consolidation-section">
      <Group justify="space-between" gap="xs" mb={6} wrap="wrap">
        <Title order={3} size={section.level === 1 ? 'h5' : 'h6'} id={headingId}>
          {section.level === 0 ? 'Mở đầu' : heading}
        </Title>
        <Group gap={4} className="no-print">
          {section.edited && (
            <Badge variant="light" color="blue" tt="none">
              Đã sửa
            </Badge>
          )}
          {unsaved && (
            <Badge variant="light" color="yellow" tt="none">
              Chưa lưu
            </Badge>
          )}
          {section.stale && (
            <Badge variant="filled" color="orange" tt="none">
              Có báo cáo mới
            </Badge>
          )}
        </Group>
      </Group>

      {section.stale && section.baseGeneratedHtml !== null && (
        <Alert color="orange" variant="light" mb="sm" title="Có báo cáo mới sau khi mục này được sửa" className="no-print" data-testid="stale-notice">
          <Stack gap="xs">
            <Text size="sm">Phần tổng hợp tự động từ báo cáo các đơn vị đã thay đổi như sau (gạch bỏ: không còn; gạch chân: mới):</Text>
            <Box p="xs" bg="white" style={{ borderRadius: 4 }}>
              <RichTextDiff before={section.baseGeneratedHtml} after={section.generatedHtml} />
            </Box>
            {editable && (
              <Group gap="xs">
                <Button size="xs" color="orange" onClick={() => void onTakeGenerated(section.key)} loading={busy}>
                  Dùng bản mới
                </Button>
                <Button size="xs" variant="default" onClick={() => void onKeepEdited(section.key)} loading={busy}>
                  Giữ bản đã sửa
                </Button>
              </Group>
            )}
          </Stack>
        </Alert>
      )}

      {editable ? (
        <Suspense fallback={<Loading label="Đang tải trình soạn thảo…" />}>
          <RichTextEditor key={`${section.key}:${resetKey}`} initialHtml={html} onChange={(value) => onChange(section.key, value)} label={`Nội dung: ${section.level === 0 ? 'Mở đầu' : section.title}`} />
        </Suspense>
      ) : (
        <RichTextView html={html} />
      )}

      {gathered > 0 && (
        <Box mt="xs" className="no-print">
          <UnstyledButton onClick={sources.toggle} aria-expanded={sourcesOpen}>
            <Group gap={4}>
              {sourcesOpen ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
              <Text size="sm" c="blue.7">
                Tư liệu từ báo cáo các đơn vị ({gathered} đoạn)
              </Text>
            </Group>
          </UnstyledButton>
          <Collapse expanded={sourcesOpen}>
            <Paper bg="gray.0" p="xs" mt={4}>
              <Text size="xs" c="dimmed" mb={4}>
                Mỗi đoạn mở đầu bằng tên đơn vị báo cáo. Rút gọn, tổng hợp vào nội dung của mục ở trên.
              </Text>
              <RichTextView html={section.generatedHtml} />
            </Paper>
          </Collapse>
        </Box>
      )}
    </Paper>
  );
});
