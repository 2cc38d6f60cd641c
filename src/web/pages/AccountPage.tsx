import { Alert, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../lib/api.ts';
import { useSession } from '../lib/session.tsx';
import { AccountExtras } from './dashboards/AccountExtras.tsx';

export default function AccountPage() {
  const { user, refresh } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (next !== again) {
      setError('Mật khẩu nhập lại không khớp.');
      return;
    }
    setBusy(true);
    try {
      await api.post('/api/auth/password', { current, next });
      notifications.show({ color: 'green', message: 'Đã đổi mật khẩu. Các phiên đăng nhập khác đã bị đăng xuất.' });
      setCurrent('');
      setNext('');
      setAgain('');
      await refresh();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Không đổi được mật khẩu.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack maw={480}>
      <Title order={2}>Tài khoản</Title>
      <Text>
        {user?.displayName} — {user?.roleLabel}, {user?.unitName}
      </Text>
      <Paper withBorder p="md">
        <form onSubmit={submit}>
          <Stack>
            <Title order={4}>Đổi mật khẩu</Title>
            {error && <Alert color="red">{error}</Alert>}
            <PasswordInput label="Mật khẩu hiện tại" value={current} onChange={(e) => setCurrent(e.currentTarget.value)} autoComplete="current-password" required />
            <PasswordInput label="Mật khẩu mới" description="Ít nhất 10 ký tự, có chữ và số" value={next} onChange={(e) => setNext(e.currentTarget.value)} autoComplete="new-password" required />
            <PasswordInput label="Nhập lại mật khẩu mới" value={again} onChange={(e) => setAgain(e.currentTarget.value)} autoComplete="new-password" required />
            <Button type="submit" loading={busy} w="fit-content">
              Đổi mật khẩu
            </Button>
          </Stack>
        </form>
      </Paper>
      <AccountExtras />
    </Stack>
  );
}
