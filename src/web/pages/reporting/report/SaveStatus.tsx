import { Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCloudOff } from '@tabler/icons-react';
import { assertNever } from '../../../../core/assert-never.ts';
import { errorMessage } from '../../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import type { SaveState } from './useReportDraft.ts';

/** "HH:mm" in Vietnam's time. */
const timeOf = (iso: string) => formatDateTime(iso).slice(-5);

/** Where the draft stands, announced politely to screen readers as it changes. */
export function SaveStatus({ state }: { state: SaveState }) {
  const body = (() => {
    switch (state.kind) {
      case 'clean':
        return state.savedAt ? (
          <>
            <IconCheck size={14} color="var(--mantine-color-green-7)" />
            <Text size="sm" c="green.8">
              Đã lưu lúc {timeOf(state.savedAt)}
            </Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            Chưa có nội dung
          </Text>
        );
      case 'pending':
        return (
          <Text size="sm" c="dimmed">
            Chưa lưu — sẽ tự lưu khi bạn dừng gõ
          </Text>
        );
      case 'saving':
        return (
          <>
            <Loader size={12} />
            <Text size="sm" c="dimmed">
              Đang lưu…
            </Text>
          </>
        );
      case 'offline':
        return (
          <>
            <IconCloudOff size={14} color="var(--mantine-color-orange-7)" />
            <Text size="sm" c="orange.8" fw={500}>
              Đang ngoại tuyến — bản nháp được lưu trên máy
            </Text>
          </>
        );
      case 'conflict':
        return (
          <>
            <IconAlertTriangle size={14} color="var(--mantine-color-red-7)" />
            <Text size="sm" c="red.8">
              Chưa lưu: bản trên máy chủ vừa thay đổi
            </Text>
          </>
        );
      case 'error':
        return (
          <>
            <IconAlertTriangle size={14} color="var(--mantine-color-red-7)" />
            <Text size="sm" c="red.8">
              Chưa lưu được: {errorMessage(state.error)}
            </Text>
          </>
        );
      default:
        return assertNever(state, 'trạng thái lưu');
    }
  })();
  return (
    <Group gap={6} wrap="nowrap" role="status" aria-live="polite" data-testid="save-status" className="no-print">
      {body}
    </Group>
  );
}
