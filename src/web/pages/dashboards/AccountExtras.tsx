import { Alert, Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { api, ApiError } from '../../lib/api.ts';
import { CalendarFeed } from './CalendarFeed.tsx';
import type { Preferences, ReminderStatus } from './types.ts';

const PREFS = ['me', 'preferences'] as const;
const STATUS = ['reminders', 'status'] as const;

function PreferencesForm({ prefs, status }: { prefs: Preferences; status: ReminderStatus }) {
  const queryClient = useQueryClient();
  const [email, setEmail] = useState(prefs.emailReminders);
  const [digest, setDigest] = useState(prefs.dailyDigest);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const changed = email !== prefs.emailReminders || digest !== prefs.dailyDigest;
  const mailOff = !status.email.enabled;
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      queryClient.setQueryData(PREFS, await api.put<Preferences>('/api/me/preferences', { emailReminders: email, dailyDigest: digest, version: prefs.version }));
      notifications.show({ color: 'green', message: 'Đã lưu tùy chọn nhắc việc.' });
    } catch (e) {
      setError(e);
      if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') await queryClient.invalidateQueries({ queryKey: PREFS });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="sm">
      {mailOff ? (
        <Alert color="yellow" variant="light" data-testid="mail-off">
          Máy chủ chưa cấu hình gửi e-mail — nhắc việc chỉ hiện trong ứng dụng.
        </Alert>
      ) : !prefs.email ? (
        <Alert color="yellow" variant="light">
          Tài khoản chưa có địa chỉ thư điện tử: nhắc việc chỉ hiện trong ứng dụng. Nhờ quản trị hệ thống bổ sung địa chỉ.
        </Alert>
      ) : (
        <Text size="sm">
          Thư nhắc việc gửi tới <strong>{prefs.email}</strong>
          {status.email.from ? ` từ ${status.email.from}` : ''}.
        </Text>
      )}
      <Switch label="Nhận nhắc việc qua thư điện tử" description="Nhắc việc luôn hiện ở biểu tượng chuông trong ứng dụng." checked={email} onChange={(e) => setEmail(e.currentTarget.checked)} disabled={mailOff} />
      <Switch label="Gộp thành một thư mỗi ngày" description="Một thư buổi sáng thay vì một thư cho mỗi việc." checked={digest} onChange={(e) => setDigest(e.currentTarget.checked)} disabled={mailOff || !email} />
      {error !== null && <ErrorAlert error={error} title={error instanceof ApiError && error.code === 'VERSION_CONFLICT' ? 'Tùy chọn vừa được đổi ở nơi khác' : undefined} />}
      <Group>
        <Button size="xs" onClick={() => void save()} loading={busy} disabled={!changed}>
          Lưu tùy chọn
        </Button>
      </Group>
    </Stack>
  );
}

/** Extra sections on the account page: reminder preferences and the calendar feed. */
export function AccountExtras() {
  const prefs = useQuery({ queryKey: PREFS, queryFn: () => api.get<Preferences>('/api/me/preferences') });
  const status = useQuery({ queryKey: STATUS, queryFn: () => api.get<ReminderStatus>('/api/reminders/status'), staleTime: 5 * 60_000 });
  return (
    <>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={4}>Nhắc việc</Title>
          <QueryState query={prefs}>{(p) => <QueryState query={status}>{(s) => <PreferencesForm key={p.version} prefs={p} status={s} />}</QueryState>}</QueryState>
        </Stack>
      </Paper>
      <CalendarFeed />
    </>
  );
}
