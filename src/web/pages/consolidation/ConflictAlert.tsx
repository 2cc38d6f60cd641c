import { Alert, Box, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { RichTextDiff, RichTextView } from '../../components/RichTextView.tsx';
import { formatDateTime } from '../../lib/format.ts';
import type { ConsolidationView } from './types.ts';

/**
 * A save refused because someone saved first (409): the server's current
 * text of each section I changed, beside mine and what differs, and the two
 * ways on — put my changes on top of theirs, or take theirs.
 */
export function ConflictAlert({
  current,
  mine,
  titleChanged,
  frameChanged,
  busy,
  onReapply,
  onDiscard,
}: {
  current: ConsolidationView;
  mine: Record<string, string>;
  titleChanged: boolean;
  frameChanged: boolean;
  busy: boolean;
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const changed = current.content.sections.filter((s) => mine[s.key] !== undefined);
  return (
    <Alert color="red" role="alert" title="Báo cáo vừa được người khác lưu" data-testid="consolidation-conflict">
      <Stack gap="sm">
        <Text size="sm">
          Bản trên máy chủ được lưu lúc {formatDateTime(current.updatedAt)}. Thay đổi của bạn chưa được lưu và vẫn còn nguyên. Xem bản trên máy chủ rồi chọn cách tiếp tục.
        </Text>
        {(titleChanged || frameChanged) && (
          <Text size="sm">Bạn cũng đã sửa {[titleChanged && 'trích yếu', frameChanged && 'thể thức (số, ngày, người ký, nơi nhận)'].filter(Boolean).join(' và ')}: áp dụng lại sẽ ghi đè phần này của bản trên máy chủ.</Text>
        )}
        {changed.map((s) => (
          <Box key={s.key}>
            <Text size="sm" fw={600}>
              {s.title}
            </Text>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
              <Box role="region" aria-label={`Bản trên máy chủ: ${s.title}`} p="xs" bg="white" style={{ borderRadius: 4 }}>
                <Text size="xs" c="dimmed">
                  Bản trên máy chủ
                </Text>
                <RichTextView html={s.html} />
              </Box>
              <Box role="region" aria-label={`Khác biệt: ${s.title}`} p="xs" bg="white" style={{ borderRadius: 4 }}>
                <Text size="xs" c="dimmed">
                  Bản của tôi so với bản trên máy chủ
                </Text>
                <RichTextDiff before={s.html} after={mine[s.key] ?? ''} />
              </Box>
            </SimpleGrid>
          </Box>
        ))}
        <Group gap="xs">
          <Button size="xs" color="red" onClick={onReapply} loading={busy}>
            Áp dụng lại thay đổi của tôi
          </Button>
          <Button size="xs" variant="default" onClick={onDiscard} disabled={busy}>
            Bỏ thay đổi của tôi, dùng bản trên máy chủ
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
