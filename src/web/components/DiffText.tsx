import { Text } from '@mantine/core';

/** One run of a word diff: kept, added or removed text. */
export interface DiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/**
 * A word diff as text: removed words struck through in red, added ones
 * underlined in green (<del>/<ins>, which screen readers announce).
 */
export function DiffText({ parts, testId }: { parts: readonly DiffPart[]; testId?: string }) {
  return (
    <Text size="sm" className="preline" style={{ overflowWrap: 'anywhere' }} data-testid={testId}>
      {parts.map((p, i) =>
        p.added ? (
          <ins key={i} style={{ background: 'var(--mantine-color-green-1)', textDecorationColor: 'var(--mantine-color-green-7)' }}>
            {p.value}
          </ins>
        ) : p.removed ? (
          <del key={i} style={{ background: 'var(--mantine-color-red-1)', color: 'var(--mantine-color-red-9)' }}>
            {p.value}
          </del>
        ) : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </Text>
  );
}
