import { ActionIcon, Alert, Button, Group, PasswordInput, Select, Stack, Switch, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDice5 } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '../../../core/access/roles.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { UnitSelect } from '../../components/UnitSelect.tsx';
import { api, ApiError } from '../../lib/api.ts';
import type { UserRow } from '../../lib/types.ts';

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

/**
 * A temporary password the server accepts (10+ characters, letters and
 * digits), without look-alikes (0/O, 1/l/I) so it can be read over the phone.
 */
export function temporaryPassword(): string {
  const letters = 'abcdefghijkmnpqrstuvwxyz';
  const digits = '23456789';
  const pool = letters + letters.toUpperCase() + digits;
  const random = crypto.getRandomValues(new Uint32Array(12));
  const chars = Array.from(random, (n) => pool[n % pool.length] ?? 'a');
  chars[0] = letters[(random[0] ?? 0) % letters.length] ?? 'a';
  chars[11] = digits[(random[11] ?? 0) % digits.length] ?? '2';
  return chars.join('');
}

function PasswordField({ value, onChange, label }: { value: string; onChange: (v: string) => void; label: string }) {
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      {/* Shown by default: the admin has to pass it on to the user. */}
      <PasswordInput defaultVisible label={label} description="Ít nhất 10 ký tự, có chữ và số. Người dùng phải đổi ở lần đăng nhập đầu." value={value} onChange={(e) => onChange(e.currentTarget.value)} required style={{ flex: 1 }} autoComplete="new-password" />
      <Tooltip label="Tạo mật khẩu ngẫu nhiên">
        <ActionIcon variant="light" size="lg" aria-label="Tạo mật khẩu ngẫu nhiên" onClick={() => onChange(temporaryPassword())}>
          <IconDice5 size={18} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

interface UserDraft {
  username: string;
  displayName: string;
  email: string;
  role: Role;
  unitId: string | null;
  active: boolean;
  password: string;
}

/** Creates an account (no `user`) with a temporary password, or edits role, unit and whether it is active. */
export function UserForm({ user, onDone }: { user: UserRow | null; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<UserDraft>({
    username: user?.username ?? '',
    displayName: user?.displayName ?? '',
    email: user?.email ?? '',
    role: user?.role ?? 'reporter',
    unitId: user?.unitId ?? null,
    active: user?.active ?? true,
    password: user ? '' : temporaryPassword(),
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const conflict = error instanceof ApiError && error.code === 'VERSION_CONFLICT';
  const set = (patch: Partial<UserDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const body = { displayName: draft.displayName, email: draft.email.trim() || null, role: draft.role, unitId: draft.unitId, active: draft.active };
    try {
      if (user) await api.put(`/api/users/${user.id}`, { ...body, version: user.version });
      else await api.post('/api/users', { ...body, username: draft.username, password: draft.password });
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      notifications.show({ color: 'green', message: user ? 'Đã lưu tài khoản.' : `Đã tạo tài khoản ${draft.username}. Hãy báo mật khẩu tạm cho người dùng.`, autoClose: user ? 4000 : 10000 });
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        {!user && <TextInput label="Tên đăng nhập" description="Chữ không dấu, số, dấu chấm, gạch" required value={draft.username} onChange={(e) => set({ username: e.currentTarget.value })} autoComplete="off" />}
        <TextInput label="Họ và tên" required value={draft.displayName} onChange={(e) => set({ displayName: e.currentTarget.value })} />
        <TextInput label="Thư điện tử" type="email" value={draft.email} onChange={(e) => set({ email: e.currentTarget.value })} />
        <Select label="Vai trò" data={ROLE_OPTIONS} value={draft.role} allowDeselect={false} onChange={(v) => v && set({ role: v as Role })} />
        <UnitSelect label="Đơn vị" value={draft.unitId} onChange={(unitId) => set({ unitId })} required />
        <Switch label="Đang hoạt động" checked={draft.active} onChange={(e) => set({ active: e.currentTarget.checked })} />
        {!user && <PasswordField label="Mật khẩu tạm" value={draft.password} onChange={(password) => set({ password })} />}
        {conflict ? (
          <Alert color="red" role="alert" title="Tài khoản vừa được người khác sửa">
            Thay đổi của bạn chưa được lưu. Đóng và mở lại để xem bản mới nhất.
          </Alert>
        ) : (
          error !== null && <ErrorAlert error={error} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Thôi
          </Button>
          <Button type="submit" loading={busy} disabled={!draft.unitId || !draft.displayName.trim() || conflict}>
            {user ? 'Lưu' : 'Tạo tài khoản'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ResetPasswordForm({ user, onDone }: { user: UserRow; onDone: () => void }) {
  const [password, setPassword] = useState(temporaryPassword);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/users/${user.id}/password`, { password });
      notifications.show({ color: 'green', message: `Đã đặt lại mật khẩu cho ${user.username}; các phiên đăng nhập của người này đã kết thúc.`, autoClose: 10000 });
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <PasswordField label="Mật khẩu tạm mới" value={password} onChange={setPassword} />
        {error !== null && <ErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Thôi
          </Button>
          <Button type="submit" loading={busy} color="orange">
            Đặt lại mật khẩu
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
