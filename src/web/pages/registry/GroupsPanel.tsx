import { Alert, Button, Group, Modal, MultiSelect, Paper, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { sortVietnamese } from '../../../core/text/vietnamese.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { UnitSelect } from '../../components/UnitSelect.tsx';
import { api, ApiError } from '../../lib/api.ts';
import { foldFilter } from '../../lib/combobox.ts';
import { registryKeys, useGroups, useUnits } from '../../lib/registry.ts';
import { useSession } from '../../lib/session.tsx';
import type { GroupRow, UnitRow } from '../../lib/types.ts';

function GroupForm({ group, units, defaultOwner, onDone }: { group: GroupRow | null; units: UnitRow[]; defaultOwner: string | null; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(group?.name ?? '');
  const [aliases, setAliases] = useState<string[]>(group?.aliases ?? []);
  const [ownerUnitId, setOwner] = useState<string | null>(group?.ownerUnitId ?? defaultOwner);
  const [memberIds, setMemberIds] = useState<string[]>(group?.members.map((m) => m.unitId) ?? []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const conflict = error instanceof ApiError && error.code === 'VERSION_CONFLICT';
  const unitOptions = useMemo(() => sortVietnamese(units, (u) => u.name).map((u) => ({ value: u.id, label: u.name })), [units]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ownerUnitId) return;
    setBusy(true);
    setError(null);
    // Existing members keep their validity dates; new ones are open-ended.
    const previous = new Map(group?.members.map((m) => [m.unitId, m]) ?? []);
    const members = memberIds.map((unitId) => previous.get(unitId) ?? { unitId, validFrom: null, validTo: null });
    const body = { ownerUnitId, name, aliases, members };
    try {
      if (group) await api.put(`/api/registry/groups/${group.id}`, { ...body, version: group.version });
      else await api.post('/api/registry/groups', body);
      await queryClient.invalidateQueries({ queryKey: registryKeys.all });
      notifications.show({ color: 'green', message: group ? 'Đã lưu nhóm.' : 'Đã thêm nhóm.' });
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
        <TextInput label="Tên nhóm" required value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <TagsInput label="Tên gọi khác của nhóm" description="Nhấn Enter sau mỗi tên." splitChars={[';']} value={aliases} onChange={setAliases} />
        <UnitSelect label="Đơn vị quản lý nhóm" units={units} value={ownerUnitId} onChange={setOwner} required />
        <MultiSelect label={`Thành viên (${memberIds.length})`} data={unitOptions} value={memberIds} onChange={setMemberIds} searchable filter={foldFilter()} nothingFoundMessage="Không có đơn vị phù hợp" hidePickedOptions maxDropdownHeight={280} />
        {conflict ? (
          <Alert color="red" role="alert" title="Nhóm vừa được người khác sửa">
            Thay đổi của bạn chưa được lưu. Đóng và mở lại để xem bản mới nhất.
          </Alert>
        ) : (
          error !== null && <ErrorAlert error={error} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Thôi
          </Button>
          <Button type="submit" loading={busy} disabled={!name.trim() || !ownerUnitId || conflict}>
            Lưu
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function GroupsPanel() {
  const { can } = useSession();
  const manage = can('registry.manage');
  const queryClient = useQueryClient();
  const groups = useGroups();
  const units = useUnits();
  const [editing, setEditing] = useState<GroupRow | 'new' | null>(null);
  const nameOf = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u.name])), [units.data]);
  const root = units.data?.find((u) => !u.parentId)?.id ?? null;
  const close = () => {
    setEditing(null);
    void queryClient.invalidateQueries({ queryKey: registryKeys.groups });
  };
  const remove = async (g: GroupRow) => {
    await api.delete(`/api/registry/groups/${g.id}`);
    await queryClient.invalidateQueries({ queryKey: registryKeys.all });
    notifications.show({ color: 'green', message: 'Đã xóa nhóm.' });
  };
  return (
    <Stack gap="sm">
      {manage && (
        <Button variant="light" w="fit-content" leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          Thêm nhóm đơn vị
        </Button>
      )}
      <QueryState query={groups}>
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">Chưa có nhóm đơn vị nào.</Text>
          ) : (
            <Stack gap="xs">
              {list.map((g) => (
                <Paper key={g.id} withBorder p="sm" component="section" aria-label={`Nhóm ${g.name}`}>
                  <Group justify="space-between" align="flex-start" gap="xs">
                    <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                      <Title order={4} size="h5">
                        {g.name} <Text span c="dimmed" size="sm">({g.members.length} đơn vị)</Text>
                      </Title>
                      {g.aliases.length > 0 && (
                        <Text size="xs" c="dimmed">
                          Tên khác: {g.aliases.join('; ')}
                        </Text>
                      )}
                      <Text size="sm">{sortVietnamese(g.members.map((m) => nameOf.get(m.unitId) ?? m.unitId), (n) => n).join(', ')}</Text>
                    </Stack>
                    {manage && (
                      <Group gap={4}>
                        <Button size="xs" variant="default" onClick={() => setEditing(g)}>
                          Sửa
                        </Button>
                        <ConfirmButton size="xs" variant="subtle" color="red" title="Xóa nhóm" message={`Xóa nhóm “${g.name}”? Nhóm đã dùng trong kế hoạch thì không xóa được.`} confirmLabel="Xóa" onConfirm={() => remove(g)}>
                          Xóa
                        </ConfirmButton>
                      </Group>
                    )}
                  </Group>
                </Paper>
              ))}
            </Stack>
          )
        }
      </QueryState>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? 'Thêm nhóm đơn vị' : 'Sửa nhóm đơn vị'} size="lg">
        {editing !== null && units.data && <GroupForm group={editing === 'new' ? null : editing} units={units.data} defaultOwner={root} onDone={close} />}
      </Modal>
    </Stack>
  );
}
