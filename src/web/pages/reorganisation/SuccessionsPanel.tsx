import { Anchor, Badge, Button, Group, Paper, Stack, Switch, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSearch } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { compareVietnamese, foldVietnamese } from '../../../core/text/vietnamese.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { api } from '../../lib/api.ts';
import { formatDate } from '../../lib/format.ts';
import { useSession } from '../../lib/session.tsx';
import { useWide } from '../../lib/use-wide.ts';
import { SuccessionForm } from './SuccessionForm.tsx';
import { TransferPanel } from './TransferPanel.tsx';
import { reorganisationKeys, successionKindHint, successionKindLabel, type Succession } from './types.ts';

export function ConfirmedBadge({ s }: { s: Succession }) {
  return s.confirmed ? (
    <Badge color="green" variant="light" tt="none">
      Đã xác nhận
    </Badge>
  ) : (
    <Badge color="yellow" variant="light" tt="none">
      Chờ xác nhận
    </Badge>
  );
}

function SuccessionRow({ s, canManage, wide, onChanged }: { s: Succession; canManage: boolean; wide: boolean; onChanged: () => Promise<unknown> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const confirm = async (confirmed: boolean) => {
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/registry/successions/${s.id}/confirm`, { confirmed, version: s.version });
      notifications.show({ color: 'green', message: confirmed ? `Đã xác nhận ${s.successorName} kế thừa ${s.predecessorName}.` : `Đã bỏ xác nhận ${s.successorName}.` });
      await onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    await api.delete(`/api/registry/successions/${s.id}`);
    notifications.show({ color: 'green', message: 'Đã xóa liên kết kế thừa.' });
    await onChanged();
  };
  const actions = canManage && (
    <Group gap={4} wrap="nowrap">
      {s.confirmed ? (
        <Button size="compact-xs" variant="subtle" color="gray" loading={busy} onClick={() => void confirm(false)} aria-label={`Bỏ xác nhận: ${s.successorName}`}>
          Bỏ xác nhận
        </Button>
      ) : (
        <Button size="compact-xs" variant="light" loading={busy} onClick={() => void confirm(true)} aria-label={`Xác nhận: ${s.successorName}`}>
          Xác nhận
        </Button>
      )}
      <ConfirmButton size="compact-xs" variant="subtle" color="red" title="Xóa liên kết kế thừa" message={`Xóa liên kết “${s.successorName}” kế thừa “${s.predecessorName}”?`} confirmLabel="Xóa" onConfirm={remove} aria-label={`Xóa liên kết: ${s.successorName}`}>
        Xóa
      </ConfirmButton>
    </Group>
  );
  const kind = (
    <Tooltip label={successionKindHint(s.kind)} openDelay={300}>
      <span>{successionKindLabel(s.kind)}</span>
    </Tooltip>
  );
  const note = s.note && (
    <Text size="xs" c="dimmed">
      {s.note}
    </Text>
  );
  const errorRow = error !== null && <ErrorAlert error={error} />;
  if (!wide) {
    return (
      <Paper withBorder p="xs" data-testid="succession-row">
        <Stack gap={4}>
          <Anchor component={Link} to={`/to-chuc/don-vi/${s.successorId}`} size="sm" fw={500}>
            {s.successorName}
          </Anchor>
          <Group gap="xs">
            <Text size="xs">
              {kind} · {formatDate(s.effectiveDate)}
            </Text>
            <ConfirmedBadge s={s} />
          </Group>
          {note}
          {actions}
          {errorRow}
        </Stack>
      </Paper>
    );
  }
  return (
    <Table.Tr data-testid="succession-row">
      <Table.Td>
        <Anchor component={Link} to={`/to-chuc/don-vi/${s.successorId}`} size="sm">
          {s.successorName}
        </Anchor>
        {note}
        {errorRow}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{kind}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(s.effectiveDate)}</Table.Td>
      <Table.Td>
        <ConfirmedBadge s={s} />
      </Table.Td>
      {canManage && <Table.Td>{actions}</Table.Td>}
    </Table.Tr>
  );
}

function PredecessorGroup({ name, id, items, canManage, onChanged }: { name: string; id: string; items: Succession[]; canManage: boolean; onChanged: () => Promise<unknown> }) {
  const wide = useWide();
  const [transferOpen, setTransferOpen] = useState(false);
  const pending = items.filter((s) => !s.confirmed).length;
  const rows = items.map((s) => <SuccessionRow key={s.id} s={s} canManage={canManage} wide={wide} onChanged={onChanged} />);
  return (
    <Paper withBorder p="sm" component="section" aria-label={`Kế thừa ${name}`}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <div>
            <Anchor component={Link} to={`/to-chuc/don-vi/${id}`} fw={600}>
              {name}
            </Anchor>
            <Text size="xs" c="dimmed">
              {items.length} đơn vị kế thừa{pending > 0 ? `, ${pending} chờ xác nhận` : ''}
            </Text>
          </div>
          <Button size="xs" variant={transferOpen ? 'filled' : 'light'} onClick={() => setTransferOpen(!transferOpen)} aria-expanded={transferOpen}>
            Chuyển giao công việc
          </Button>
        </Group>
        {wide ? (
          <Table.ScrollContainer minWidth={640}>
            <Table fz="sm" verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Đơn vị kế thừa</Table.Th>
                  <Table.Th>Hình thức</Table.Th>
                  <Table.Th>Từ ngày</Table.Th>
                  <Table.Th>Xác nhận</Table.Th>
                  {canManage && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>{rows}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <Stack gap={6}>{rows}</Stack>
        )}
        {transferOpen && <TransferPanel unitId={id} unitName={name} canManage={canManage} />}
      </Stack>
    </Paper>
  );
}

/** Successions grouped by the unit that ended, with confirmation and the transfer of its open work. */
export function SuccessionsPanel() {
  const queryClient = useQueryClient();
  const { can } = useSession();
  const canManage = can('registry.manage');
  const [search, setSearch] = useState('');
  const [pendingOnly, setPendingOnly] = useState(false);
  const [adding, setAdding] = useState(false);
  const query = useQuery({ queryKey: reorganisationKeys.successions, queryFn: async () => (await api.get<{ successions: Succession[] }>('/api/registry/successions')).successions });
  const reload = () => queryClient.invalidateQueries({ queryKey: ['registry'] });
  const groups = useMemo(() => {
    const needle = foldVietnamese(search);
    const byPredecessor = new Map<string, Succession[]>();
    for (const s of query.data ?? []) {
      if (pendingOnly && s.confirmed) continue;
      if (needle && !foldVietnamese(`${s.predecessorName} ${s.successorName}`).includes(needle)) continue;
      byPredecessor.set(s.predecessorId, [...(byPredecessor.get(s.predecessorId) ?? []), s]);
    }
    return [...byPredecessor.entries()].map(([id, items]) => ({ id, name: items[0]?.predecessorName ?? '', items: items.sort((a, b) => Number(a.confirmed) - Number(b.confirmed) || compareVietnamese(a.successorName, b.successorName)) })).sort((a, b) => compareVietnamese(a.name, b.name));
  }, [query.data, search, pendingOnly]);
  return (
    <Stack gap="sm" component="section" aria-label="Đơn vị kế thừa">
      <Group justify="space-between" gap="xs">
        <Title order={3} size="h4">
          Đơn vị kế thừa
        </Title>
        {canManage && !adding && (
          <Button size="xs" variant="light" onClick={() => setAdding(true)}>
            Thêm đơn vị kế thừa
          </Button>
        )}
      </Group>
      {adding && <SuccessionForm onDone={() => setAdding(false)} />}
      <Group gap="sm" align="flex-end">
        <TextInput label="Tìm theo tên đơn vị" placeholder="tuan giao" leftSection={<IconSearch size={16} />} value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={{ base: '100%', xs: 280 }} />
        <Switch label="Chỉ hiện liên kết chờ xác nhận" checked={pendingOnly} onChange={(e) => setPendingOnly(e.currentTarget.checked)} mb={8} />
      </Group>
      <QueryState query={query}>
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">Chưa ghi nhận đơn vị kế thừa nào.</Text>
          ) : groups.length === 0 ? (
            <Text c="dimmed">Không có liên kết nào khớp.</Text>
          ) : (
            <Stack gap="sm">
              {groups.map((g) => (
                <PredecessorGroup key={g.id} id={g.id} name={g.name} items={g.items} canManage={canManage} onChanged={reload} />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
