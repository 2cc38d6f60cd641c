import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { ApiError } from '../lib/api.ts';

/** The server's Vietnamese message when there is one; never a stack trace. */
export function errorMessage(error: unknown, fallback = 'Đã có lỗi xảy ra. Hãy thử lại.'): string {
  return error instanceof ApiError ? error.message : fallback;
}

export function ErrorAlert({ error, title = 'Không thực hiện được', onRetry, children }: { error: unknown; title?: string; onRetry?: () => void; children?: ReactNode }) {
  return (
    <Alert color="red" role="alert" title={title} icon={<IconAlertTriangle size={18} />}>
      <Text size="sm">{errorMessage(error)}</Text>
      {children}
      {onRetry && (
        <Group mt="xs">
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            Thử lại
          </Button>
        </Group>
      )}
    </Alert>
  );
}
