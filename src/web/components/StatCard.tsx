import { Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One figure of a board or dashboard: label, value (test id `<testId>-value`), a hint below, an optional coloured edge. */
export function StatCard({ label, value, hint, color, testId }: { label: string; value: ReactNode; hint?: ReactNode; color?: string; testId: string }) {
  return (
    <Paper withBorder p="sm" data-testid={testId} style={color ? { borderLeft: `4px solid ${color}` } : undefined}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} data-testid={`${testId}-value`}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}
