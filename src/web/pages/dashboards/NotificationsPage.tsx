import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { notifications as toast } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../components/ErrorAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useMarkRead, useNotificationList } from './notifications.ts';
import type { NotificationItem } from './types.ts';

function Row({ item, onRead }: { item: NotificationItem; onRead: (id: string) => void }) {
  const unread = item.readAt === null;
  return (
    <Paper withBorder p="sm" bg={unread ? 'blue.0' : undefined} data-testid="notification">
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <div style={{ minWidth: 0 }}>
          {item.link ? (
            <Anchor component={Link} to={item.link} fw={600} size="sm" onClick={() => unread && onRead(item.id)}>
              {item.title}
            </Anchor>
          ) : (
            <Text fw={600} size="sm">
              {item.title}
            </Text>
          )}
          {item.body && (
            <Text size="sm" className="preline" style={{ overflowWrap: 'anywhere' }}>
              {item.body}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {formatDateTime(item.createdAt)}
            {item.readAt ? ` · đã đọc ${formatDateTime(item.readAt)}` : ''}
          </Text>
        </div>
        {unread ? (
          <Button size="compact-xs" variant="subtle" onClick={() => onRead(item.id)} style={{ flexShrink: 0 }}>
            Đã đọc
          </Button>
        ) : (
          <Badge variant="light" color="gray" tt="none" style={{ flexShrink: 0 }}>
            Đã đọc
          </Badge>
        )}
      </Group>
    </Paper>
  );
}

/** Every notification of the user: reminders, returned reports, and the like. */
export default function NotificationsPage() {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const query = useNotificationList(unreadOnly);
  const markRead = useMarkRead();
  const read = async (ids: string[] | null) => {
    try {
      await markRead(ids);
    } catch (e) {
      toast.show({ color: 'red', message: errorMessage(e) });
    }
  };
  return (
    <Stack gap="md" maw={820}>
      <Group justify="space-between" gap="xs">
        <Title order={2}>Thông báo</Title>
        <Button size="xs" variant="light" onClick={() => void read(null)} disabled={!query.data?.unread}>
          Đánh dấu tất cả đã đọc
        </Button>
      </Group>
      <SegmentedControl
        value={unreadOnly ? 'unread' : 'all'}
        onChange={(v) => setUnreadOnly(v === 'unread')}
        data={[
          { value: 'all', label: 'Tất cả' },
          { value: 'unread', label: 'Chưa đọc' },
        ]}
        w="fit-content"
        aria-label="Lọc thông báo"
      />
      <QueryState query={query}>
        {(data) => (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {data.unread} thông báo chưa đọc.
            </Text>
            {data.items.length === 0 ? (
              <Text size="sm">{unreadOnly ? 'Không có thông báo chưa đọc.' : 'Chưa có thông báo nào.'}</Text>
            ) : (
              data.items.map((i) => <Row key={i.id} item={i} onRead={(id) => void read([id])} />)
            )}
            {data.items.length >= 200 && (
              <Text size="xs" c="dimmed">
                Chỉ hiện 200 thông báo gần nhất.
              </Text>
            )}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
