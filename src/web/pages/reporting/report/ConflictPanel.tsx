import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { normaliseContent, type ReportContent, type ReportForm } from '../../../../core/reporting/index.ts';
import { ReportContentView } from '../../../components/ReportContentView.tsx';
import { ReportDiff } from '../../../components/ReportDiff.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import type { ServerCopy } from '../types.ts';

/**
 * Someone else saved this report after the user's text was based on it.
 * Nothing is overwritten until the user chooses: both copies side by side,
 * and what the user's copy changes compared with the server's.
 */
export function ConflictPanel({ form, mine, current, onKeepMine, onUseServer }: { form: ReportForm; mine: ReportContent; current: ServerCopy; onKeepMine: () => Promise<unknown>; onUseServer: () => void }) {
  const [busy, setBusy] = useState(false);
  const keep = async () => {
    setBusy(true);
    try {
      await onKeepMine();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Alert color="red" variant="outline" title="Báo cáo vừa được người khác lưu" role="alert" data-testid="report-conflict">
      <Stack gap="sm">
        <Text size="sm">
          Bản trên máy chủ được lưu {current.updatedAt ? `lúc ${formatDateTime(current.updatedAt)}` : 'sau khi bạn mở báo cáo'}. Nội dung bạn nhập chưa ghi đè lên bản đó. Hãy so sánh và chọn giữ bản nào.
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <Paper withBorder p="sm" component="section" aria-label="Bản trên máy chủ">
            <Title order={4} size="h5" mb="xs">
              Bản trên máy chủ
            </Title>
            <ReportContentView form={form} content={current.content} />
          </Paper>
          <Paper withBorder p="sm" component="section" aria-label="Bản của tôi">
            <Title order={4} size="h5" mb="xs">
              Bản của tôi
            </Title>
            <ReportContentView form={form} content={normaliseContent(form, mine)} />
          </Paper>
        </SimpleGrid>
        <Paper withBorder p="sm" component="section" aria-label="Khác biệt">
          <Title order={4} size="h5" mb="xs">
            Bản của tôi khác bản trên máy chủ ở:
          </Title>
          <ReportDiff form={form} before={current.content} after={normaliseContent(form, mine)} />
        </Paper>
        <Group gap="xs">
          <Button color="red" loading={busy} onClick={() => void keep()}>
            Giữ bản của tôi
          </Button>
          <Button variant="default" disabled={busy} onClick={onUseServer}>
            Dùng bản trên máy chủ
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
