import { Anchor, Badge, Card, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { REMINDER_CHANNELS, REMINDER_LOG_STATUSES, reminderChannelLabel, reminderLogStatusLabel, type ReminderLogStatus } from '../../../core/reminders/index.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { api, qs } from '../../lib/api.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { useWide } from '../../lib/use-wide.ts';
import type { ReminderLogEntry } from './types.ts';

const statusColor = (s: ReminderLogStatus) => (s === 'sent' ? 'green' : s === 'failed' ? 'red' : 'gray');

export const reminderLogKey = (planId: string) => ['reminders', 'log', planId] as const;

function Recipient({ e }: { e: ReminderLogEntry }) {
  return (
    <>
      {e.recipient.name}
      {e.channel === 'email' && e.recipient.email && (
        <Text span size="xs" c="dimmed">
          {' '}
          ({e.recipient.email})
        </Text>
      )}
    </>
  );
}

/** What was sent, to whom, when, by which channel, and how it went (errors included). */
export function ReminderLog({ planId }: { planId: string }) {
  const wide = useWide();
  const [status, setStatus] = useState<string | null>(null);
  const [channel, setChannel] = useState<string | null>(null);
  const query = useQuery({
    queryKey: [...reminderLogKey(planId), status, channel],
    queryFn: async () => (await api.get<{ entries: ReminderLogEntry[] }>(`/api/reminders/log${qs({ planId, status, channel, limit: 200 })}`)).entries,
  });
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Nhật ký nhắc việc
        </Title>
        <Group gap="sm">
          <Select label="Tình trạng" placeholder="Tất cả" data={REMINDER_LOG_STATUSES.map((s) => ({ value: s, label: reminderLogStatusLabel(s) }))} value={status} onChange={setStatus} clearable w={220} />
          <Select label="Kênh" placeholder="Tất cả" data={REMINDER_CHANNELS.map((c) => ({ value: c, label: reminderChannelLabel(c) }))} value={channel} onChange={setChannel} clearable w={200} />
        </Group>
        <QueryState query={query}>
          {(entries) =>
            entries.length === 0 ? (
              <Text size="sm" c="dimmed">
                Chưa có nhắc việc nào{status || channel ? ' phù hợp bộ lọc' : ''}.
              </Text>
            ) : wide ? (
              <Table.ScrollContainer minWidth={760}>
                <Table striped withTableBorder fz="sm" data-testid="reminder-log">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Lúc</Table.Th>
                      <Table.Th>Việc</Table.Th>
                      <Table.Th>Gửi tới</Table.Th>
                      <Table.Th>Kênh</Table.Th>
                      <Table.Th>Tình trạng</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {entries.map((e) => (
                      <Table.Tr key={e.id}>
                        <Table.Td>
                          {formatDateTime(e.createdAt)}
                          {e.forDate && (
                            <Text size="xs" c="dimmed">
                              nhắc ngày {formatDate(e.forDate)}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Anchor component={Link} to={e.link} size="sm">
                            {e.itemTitle}
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            {e.unitName}
                            {e.subject ? ` · ${e.subject}` : ''}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Recipient e={e} />
                        </Table.Td>
                        <Table.Td>{e.channelLabel}</Table.Td>
                        <Table.Td>
                          <Badge color={statusColor(e.status)} variant="light" tt="none">
                            {e.statusLabel}
                          </Badge>
                          {e.error && (
                            <Text size="xs" c="red.7">
                              {e.error}
                            </Text>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            ) : (
              <Stack gap="xs">
                {entries.map((e) => (
                  <Card key={e.id} withBorder padding="xs">
                    <Group justify="space-between" gap="xs" wrap="nowrap">
                      <Text size="xs" c="dimmed">
                        {formatDateTime(e.createdAt)} · {e.channelLabel}
                      </Text>
                      <Badge color={statusColor(e.status)} variant="light" tt="none" size="sm">
                        {e.statusLabel}
                      </Badge>
                    </Group>
                    <Anchor component={Link} to={e.link} size="sm">
                      {e.itemTitle} — {e.unitName}
                    </Anchor>
                    <Text size="xs">
                      Tới: <Recipient e={e} />
                    </Text>
                    {e.error && (
                      <Text size="xs" c="red.7">
                        {e.error}
                      </Text>
                    )}
                  </Card>
                ))}
              </Stack>
            )
          }
        </QueryState>
      </Stack>
    </Paper>
  );
}
