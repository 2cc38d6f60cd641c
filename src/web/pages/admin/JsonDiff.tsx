import { Box, Code, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';

type Change = 'added' | 'removed' | 'changed' | 'same';

interface Row {
  key: string;
  before: unknown;
  after: unknown;
  change: Change;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Field-by-field comparison of an audit entry's before and after images. */
export function diffRows(before: unknown, after: unknown): Row[] {
  if (!isRecord(before) && !isRecord(after)) {
    return [{ key: '(giá trị)', before, after, change: same(before, after) ? 'same' : 'changed' }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.map((key) => {
    const inB = key in b;
    const inA = key in a;
    const change: Change = !inB ? 'added' : !inA ? 'removed' : same(b[key], a[key]) ? 'same' : 'changed';
    return { key, before: b[key], after: a[key], change };
  });
}

function Value({ value, present }: { value: unknown; present: boolean }) {
  if (!present) return <Text size="xs" c="dimmed">—</Text>;
  const text = JSON.stringify(value, null, 2) ?? 'undefined';
  return (
    <Code block fz="xs" style={{ maxHeight: 240, overflow: 'auto', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {text}
    </Code>
  );
}

const COLORS: Record<Change, string | undefined> = { added: 'green.0', removed: 'red.0', changed: 'yellow.0', same: undefined };

export function JsonDiff({ before, after }: { before: unknown; after: unknown }) {
  const [showSame, setShowSame] = useState(false);
  const rows = diffRows(before, after);
  const shown = rows.filter((r) => showSame || r.change !== 'same');
  const hidden = rows.length - shown.length;
  return (
    <Box>
      {(hidden > 0 || showSame) && <Switch size="xs" mb="xs" label={`Hiện cả trường không đổi (${rows.filter((r) => r.change === 'same').length})`} checked={showSame} onChange={(e) => setShowSame(e.currentTarget.checked)} />}
      <Table.ScrollContainer minWidth={560}>
        <Table fz="xs" verticalSpacing={4} withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={160}>Trường</Table.Th>
              <Table.Th>Trước</Table.Th>
              <Table.Th>Sau</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((r) => (
              <Table.Tr key={r.key} bg={COLORS[r.change]}>
                <Table.Td ff="monospace">{r.key}</Table.Td>
                <Table.Td>
                  <Value value={r.before} present={r.change !== 'added' && before !== null && before !== undefined} />
                </Table.Td>
                <Table.Td>
                  <Value value={r.after} present={r.change !== 'removed' && after !== null && after !== undefined} />
                </Table.Td>
              </Table.Tr>
            ))}
            {shown.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={3}>
                  <Text size="xs" c="dimmed">
                    Không có trường nào thay đổi.
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Box>
  );
}
