import { ActionIcon, Anchor, Button, Divider, Group, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatDateTime } from '../lib/format.ts';
import { useSession } from '../lib/session.tsx';
import { useMarkRead, useUnreadNotifications } from '../pages/dashboards/notifications.ts';
import type { NotificationItem } from '../pages/dashboards/types.ts';
import { errorMessage } from './ErrorAlert.tsx';

function Item({ item, onOpen }: { item: NotificationItem; onOpen: (item: NotificationItem) => void }) {
  return (
    <UnstyledButton onClick={() => onOpen(item)} p={6} style={{ borderRadius: 4 }} className="notification-item" data-testid="bell-item">
      <Text size="sm" fw={600} lineClamp={2}>
        {item.title}
      </Text>
      {item.body && (
        <Text size="xs" c="dimmed" lineClamp={2}>
          {item.body}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {formatDateTime(item.createdAt)}
      </Text>
    </UnstyledButton>
  );
}

/** The notification bell in the header, with the unread count and the latest unread notices. */
export function NotificationBell() {
  // `today` arrives with the full session (GET /api/auth/session): until then the login is still settling.
  const { user, today } = useSession();
  const query = useUnreadNotifications(!!user && today !== null);
  const markRead = useMarkRead();
  const navigate = useNavigate();
  const [opened, { toggle, close }] = useDisclosure(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const unread = query.data?.unread ?? 0;
  const items = query.data?.items ?? [];

  const open = async (item: NotificationItem) => {
    close();
    if (item.link) navigate(item.link);
    try {
      await markRead([item.id]);
    } catch {
      // The notice opened; it stays unread and the bell says so at the next poll.
    }
  };
  const readAll = async () => {
    setError(null);
    try {
      await markRead(null);
      close();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Popover opened={opened} onChange={(o) => (o ? undefined : close())} width={340} position="bottom-end" shadow="md" withinPortal>
      <Popover.Target>
        <Indicator label={unread > 99 ? '99+' : unread} size={18} disabled={unread === 0} color="red" offset={4} data-testid="bell-count">
          <ActionIcon variant="subtle" color="gray" size="lg" onClick={toggle} aria-label={unread ? `Thông báo: ${unread} chưa đọc` : 'Thông báo: không có thông báo mới'} aria-haspopup="dialog" aria-expanded={opened}>
            <IconBell size={20} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p="xs" aria-labelledby={titleId} data-testid="bell-dropdown">
        <Group justify="space-between" mb={4}>
          <Text fw={600} size="sm" id={titleId}>
            Thông báo {unread ? `(${unread} chưa đọc)` : ''}
          </Text>
          {unread > 0 && (
            <Button size="compact-xs" variant="subtle" onClick={() => void readAll()}>
              Đánh dấu đã đọc
            </Button>
          )}
        </Group>
        {query.isError && (
          <Text size="sm" c="red">
            {errorMessage(query.error, 'Không tải được thông báo.')}
          </Text>
        )}
        {error && (
          <Text size="sm" c="red">
            {error}
          </Text>
        )}
        {query.isPending ? (
          <Text size="sm" c="dimmed">
            Đang tải…
          </Text>
        ) : items.length === 0 ? (
          <Text size="sm" c="dimmed" py="xs">
            Không có thông báo mới.
          </Text>
        ) : (
          <ScrollArea.Autosize mah={360}>
            <Stack gap={2}>
              {items.map((i) => (
                <Item key={i.id} item={i} onOpen={(x) => void open(x)} />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
        <Divider my={6} />
        <Anchor component={Link} to="/thong-bao" size="sm" onClick={close}>
          Xem tất cả thông báo
        </Anchor>
      </Popover.Dropdown>
    </Popover>
  );
}
