import { Alert, Button, Group, NumberInput, Select, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import type { CivilDate } from '../../../core/civil-date.ts';
import { subtreeOf } from '../../../core/org/tree.ts';
import { UNIT_KIND_LABELS, UNIT_KINDS, type UnitKind } from '../../../core/org/vocab.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { UnitSelect } from '../../components/UnitSelect.tsx';
import { VnDateInput } from '../../components/VnDateInput.tsx';
import { api, ApiError } from '../../lib/api.ts';
import { registryKeys } from '../../lib/registry.ts';
import type { UnitRow } from '../../lib/types.ts';

export interface UnitDraft {
  parentId: string | null;
  kind: UnitKind;
  name: string;
  shortName: string;
  aliases: string[];
  code: string;
  validFrom: CivilDate | null;
  validTo: CivilDate | null;
  sortOrder: number;
}

export function draftOf(unit: UnitRow): UnitDraft {
  return {
    parentId: unit.parentId,
    kind: unit.kind,
    name: unit.name,
    shortName: unit.shortName ?? '',
    aliases: unit.aliases,
    code: unit.code ?? '',
    validFrom: unit.validFrom,
    validTo: unit.validTo,
    sortOrder: unit.sortOrder,
  };
}

export function newUnitDraft(parentId: string | null): UnitDraft {
  return { parentId, kind: 'cap-uy', name: '', shortName: '', aliases: [], code: '', validFrom: null, validTo: null, sortOrder: 0 };
}

/** Creates a unit (no `unit`) or edits one; the version guards against overwriting someone else's change. */
export function UnitForm({ unit, initial, allUnits, onSaved, onDeleted, onCancel }: { unit: UnitRow | null; initial: UnitDraft; allUnits: UnitRow[]; onSaved: (unit: UnitRow) => void; onDeleted?: () => void; onCancel?: () => void }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const conflict = error instanceof ApiError && error.code === 'VERSION_CONFLICT';
  const set = (patch: Partial<UnitDraft>) => setDraft((d) => ({ ...d, ...patch }));
  // A unit cannot move under itself or its own descendants.
  const exclude = useMemo(() => (unit ? subtreeOf(allUnits, unit.id) : new Set<string>()), [allUnits, unit]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const body = { ...draft, shortName: draft.shortName.trim() || null, code: draft.code.trim() || null };
    try {
      const saved = unit ? await api.put<UnitRow>(`/api/registry/units/${unit.id}`, { ...body, version: unit.version }) : await api.post<UnitRow>('/api/registry/units', body);
      await queryClient.invalidateQueries({ queryKey: registryKeys.all });
      notifications.show({ color: 'green', message: unit ? 'Đã lưu đơn vị.' : 'Đã thêm đơn vị.' });
      onSaved(saved);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    if (!unit) return;
    await api.delete(`/api/registry/units/${unit.id}`);
    await queryClient.invalidateQueries({ queryKey: registryKeys.all });
    notifications.show({ color: 'green', message: 'Đã xóa đơn vị.' });
    onDeleted?.();
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <TextInput label="Tên đơn vị" required value={draft.name} onChange={(e) => set({ name: e.currentTarget.value })} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Select label="Loại đơn vị" data={UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }))} value={draft.kind} allowDeselect={false} onChange={(v) => v && set({ kind: v as UnitKind })} />
          <TextInput label="Tên viết tắt" value={draft.shortName} onChange={(e) => set({ shortName: e.currentTarget.value })} />
          <TextInput label="Mã đơn vị" value={draft.code} onChange={(e) => set({ code: e.currentTarget.value })} />
          <NumberInput label="Thứ tự" min={0} max={100000} allowDecimal={false} value={draft.sortOrder} onChange={(v) => set({ sortOrder: typeof v === 'number' ? v : 0 })} />
          <VnDateInput label="Hiệu lực từ (dd/mm/yyyy)" value={draft.validFrom} onChange={(validFrom) => set({ validFrom })} />
          <VnDateInput label="Hiệu lực đến (dd/mm/yyyy)" value={draft.validTo} onChange={(validTo) => set({ validTo })} />
        </SimpleGrid>
        {/* Names contain commas ("Các huyện ủy, thị ủy"), so tags split on Enter and ";" only. */}
        <TagsInput label="Tên gọi khác" description="Nhấn Enter sau mỗi tên. Văn bản viết khác tên chính thức vẫn nhận ra đơn vị." splitChars={[';']} value={draft.aliases} onChange={(aliases) => set({ aliases })} clearable />
        <UnitSelect label="Đơn vị cấp trên" units={allUnits} exclude={exclude} value={draft.parentId} onChange={(parentId) => set({ parentId })} clearable />
        {conflict ? (
          <Alert color="red" role="alert" title="Đơn vị vừa được người khác sửa">
            Thay đổi của bạn chưa được lưu.{' '}
            <Button size="xs" variant="light" color="red" onClick={() => void queryClient.invalidateQueries({ queryKey: registryKeys.all })}>
              Tải lại bản mới nhất
            </Button>
          </Alert>
        ) : (
          error !== null && <ErrorAlert error={error} />
        )}
        <Group gap="xs">
          <Button type="submit" loading={busy} disabled={!draft.name.trim() || conflict}>
            {unit ? 'Lưu' : 'Lưu đơn vị mới'}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Thôi
            </Button>
          )}
          {unit && (
            <ConfirmButton variant="subtle" color="red" title="Xóa đơn vị" message={`Xóa “${unit.name}”? Chỉ xóa được đơn vị chưa có đơn vị trực thuộc và chưa được dùng.`} confirmLabel="Xóa" onConfirm={remove}>
              Xóa đơn vị
            </ConfirmButton>
          )}
        </Group>
      </Stack>
    </form>
  );
}
