import { Alert, Button, Code, CopyButton, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { api } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';

const KEY = ['calendar', 'token'] as const;

/**
 * The private iCalendar address of the user's deadlines. The server keeps
 * only a hash of it, so it is shown once, right after it is made; making a
 * new one or revoking it stops the old one.
 */
export function CalendarFeed() {
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: KEY, queryFn: () => api.get<{ active: boolean; createdAt: string | null }>('/api/calendar/token') });
  const [url, setUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const made = await api.post<{ url: string; createdAt: string }>('/api/calendar/token');
      setUrl(made.url);
      await queryClient.invalidateQueries({ queryKey: KEY });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const revoke = async () => {
    await api.delete('/api/calendar/token');
    setUrl(null);
    await queryClient.invalidateQueries({ queryKey: KEY });
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>Lịch trên điện thoại</Title>
        <Text size="sm">Đưa các hạn nhiệm vụ, hạn báo cáo vào ứng dụng lịch của điện thoại hoặc máy tính (định dạng iCalendar). Lịch tự cập nhật vài giờ một lần.</Text>
        <QueryState query={status}>
          {(s) => (
            <Stack gap="sm">
              <Text size="sm" data-testid="feed-status">
                {s.active ? `Đang bật (tạo lúc ${s.createdAt ? formatDateTime(s.createdAt) : '—'}).` : 'Chưa bật.'}
              </Text>
              {url && (
                <Alert color="green" variant="light" title="Địa chỉ lịch riêng của bạn" data-testid="feed-url">
                  <Stack gap="xs">
                    <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
                      {url}
                    </Code>
                    <CopyButton value={url}>
                      {({ copied, copy }) => (
                        <Button size="xs" variant="light" color={copied ? 'green' : 'blue'} leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />} onClick={copy} w="fit-content">
                          {copied ? 'Đã chép' : 'Chép địa chỉ'}
                        </Button>
                      )}
                    </CopyButton>
                    <Text size="xs">Địa chỉ chỉ hiện một lần. Ai có địa chỉ này đều xem được các hạn của bạn: đừng gửi cho người khác.</Text>
                    <List size="xs" spacing={2}>
                      <List.Item>iPhone, iPad: Cài đặt → Lịch → Tài khoản → Thêm tài khoản → Khác → Thêm lịch đã đăng ký, dán địa chỉ.</List.Item>
                      <List.Item>Android: mở ứng dụng lịch hỗ trợ đăng ký lịch qua địa chỉ (ví dụ ICSx⁵), chọn thêm lịch, dán địa chỉ.</List.Item>
                      <List.Item>Outlook, Thunderbird trên máy tính: Thêm lịch → Từ Internet (hoặc Trên mạng), dán địa chỉ.</List.Item>
                    </List>
                    <Text size="xs" c="dimmed">
                      Điện thoại phải kết nối được tới máy chủ này (trong mạng của cơ quan, hoặc qua địa chỉ công khai của máy chủ).
                    </Text>
                  </Stack>
                </Alert>
              )}
              {error !== null && <ErrorAlert error={error} />}
              <Group gap="xs">
                <Button size="xs" onClick={() => void create()} loading={busy}>
                  {s.active ? 'Tạo địa chỉ mới' : 'Tạo địa chỉ lịch'}
                </Button>
                {s.active && (
                  <ConfirmButton size="xs" variant="default" color="red" title="Thu hồi địa chỉ lịch" message="Các ứng dụng lịch đang dùng địa chỉ này sẽ không cập nhật được nữa." confirmLabel="Thu hồi" onConfirm={revoke}>
                    Thu hồi
                  </ConfirmButton>
                )}
              </Group>
              {s.active && !url && (
                <Text size="xs" c="dimmed">
                  Địa chỉ đang dùng không hiện lại được. Nếu quên, hãy tạo địa chỉ mới (địa chỉ cũ hết hiệu lực).
                </Text>
              )}
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}
