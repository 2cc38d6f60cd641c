import { Badge, Button, Card, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ROLE_LABELS } from '../../../core/access/roles.ts';
import { foldVietnamese } from '../../../core/text/vietnamese.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { api } from '../../lib/api.ts';
import type { UserRow } from '../../lib/types.ts';
import { useWide } from '../../lib/use-wide.ts';
import { ResetPasswordForm, UserForm } from './UserForms.tsx';

type Dialog = { kind: 'new' } | { kind: 'edit'; user: UserRow } | { kind: 'password'; user: UserRow } | null;

function StateBadges({ user }: { user: UserRow }) {
  return (
    <Group gap={4}>
      {user.active ? (
        <Badge color="green" variant="light" tt="none">
          Hoạt động
        </Badge>
      ) : (
        <Badge color="gray" variant="light" tt="none">
          Đã khóa
        </Badge>
      )}
      {user.mustChangePassword && (
        <Badge color="orange" variant="light" tt="none">
          Chờ đổi mật khẩu
        </Badge>
      )}
    </Group>
  );
}

function Actions({ user, open }: { user: UserRow; open: (d: Dialog) => void }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Button size="xs" variant="default" onClick={() => open({ kind: 'edit', user })} aria-label={`Sửa ${user.username}`}>
        Sửa
      </Button>
      <Button size="xs" variant="subtle" color="orange" onClick={() => open({ kind: 'password', user })} aria-label={`Đặt lại mật khẩu ${user.username}`}>
        Đặt lại mật khẩu
      </Button>
    </Group>
  );
}

function UserList({ users, open }: { users: UserRow[]; open: (d: Dialog) => void }) {
  const wide = useWide();
  if (!wide) {
    return (
      <Stack gap="xs">
        {users.map((u) => (
          <Card key={u.id} withBorder padding="sm">
            <Stack gap={4}>
              <Text fw={600}>{u.displayName}</Text>
              <Text size="sm" c="dimmed">
                {u.username} · {ROLE_LABELS[u.role]} · {u.unitName}
              </Text>
              <StateBadges user={u} />
              <Actions user={u} open={open} />
            </Stack>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Tên đăng nhập</Table.Th>
            <Table.Th>Họ và tên</Table.Th>
            <Table.Th>Vai trò</Table.Th>
            <Table.Th>Đơn vị</Table.Th>
            <Table.Th>Trạng thái</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((u) => (
            <Table.Tr key={u.id}>
              <Table.Td ff="monospace">{u.username}</Table.Td>
              <Table.Td>{u.displayName}</Table.Td>
              <Table.Td>{ROLE_LABELS[u.role]}</Table.Td>
              <Table.Td>{u.unitName}</Table.Td>
              <Table.Td miw={170}>
                <StateBadges user={u} />
              </Table.Td>
              <Table.Td>
                <Actions user={u} open={open} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export default function UsersPage() {
  const query = useQuery({ queryKey: ['users'], queryFn: async () => (await api.get<{ users: UserRow[] }>('/api/users')).users });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [search, setSearch] = useState('');
  const close = () => setDialog(null);
  const needle = foldVietnamese(search);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Tài khoản người dùng</Title>
        <Button leftSection={<IconUserPlus size={16} />} onClick={() => setDialog({ kind: 'new' })}>
          Tạo tài khoản
        </Button>
      </Group>
      <TextInput label="Tìm tài khoản" placeholder="Tên, tên đăng nhập, đơn vị" leftSection={<IconSearch size={16} />} value={search} onChange={(e) => setSearch(e.currentTarget.value)} maw={420} />
      <QueryState query={query}>
        {(users) => {
          const shown = users.filter((u) => !needle || foldVietnamese(`${u.username} ${u.displayName} ${u.unitName}`).includes(needle));
          return shown.length === 0 ? <Text c="dimmed">Không có tài khoản nào.</Text> : <UserList users={shown} open={setDialog} />;
        }}
      </QueryState>
      <Modal opened={dialog !== null} onClose={close} title={dialog?.kind === 'new' ? 'Tạo tài khoản' : dialog?.kind === 'edit' ? `Sửa tài khoản ${dialog.user.username}` : dialog ? `Đặt lại mật khẩu ${dialog.user.username}` : ''}>
        {dialog?.kind === 'new' && <UserForm user={null} onDone={close} />}
        {dialog?.kind === 'edit' && <UserForm user={dialog.user} onDone={close} />}
        {dialog?.kind === 'password' && <ResetPasswordForm user={dialog.user} onDone={close} />}
      </Modal>
    </Stack>
  );
}
