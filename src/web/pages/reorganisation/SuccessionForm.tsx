import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { CivilDate } from '../../../core/civil-date.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { UnitSelect } from '../../components/UnitSelect.tsx';
import { VnDateInput } from '../../components/VnDateInput.tsx';
import { api } from '../../lib/api.ts';
import { errorReason } from '../reporting/format.ts';
import { SUCCESSION_KINDS, successionKindHint, successionKindLabel, type SuccessionKind } from './types.ts';

/** Records that one unit carries on another's work from a date (waiting for confirmation, like the seeded ones). */
export function SuccessionForm({ onDone, predecessorId = null }: { onDone: () => void; predecessorId?: string | null }) {
  const queryClient = useQueryClient();
  const [from, setFrom] = useState<string | null>(predecessorId);
  const [to, setTo] = useState<string | null>(null);
  const [kind, setKind] = useState<SuccessionKind>('merge');
  const [date, setDate] = useState<CivilDate | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!from || !to || !date) return;
    setBusy(true);
    setError(null);
    try {
      await api.post('/api/registry/successions', { predecessorId: from, successorId: to, kind, effectiveDate: date, note: note.trim() || null });
      notifications.show({ color: 'green', message: 'Đã ghi nhận đơn vị kế thừa (chờ xác nhận).' });
      await queryClient.invalidateQueries({ queryKey: ['registry'] });
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p="sm" component="section" aria-label="Thêm đơn vị kế thừa">
      <form onSubmit={submit}>
        <Stack gap="xs">
          <Title order={4} size="h5">
            Thêm đơn vị kế thừa
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <UnitSelect label="Đơn vị cũ" required value={from} onChange={setFrom} />
            <UnitSelect label="Đơn vị kế thừa" required value={to} onChange={setTo} exclude={from ? new Set([from]) : undefined} />
            <Select
              label="Hình thức"
              data={SUCCESSION_KINDS.map((k) => ({ value: k, label: `${successionKindLabel(k)} — ${successionKindHint(k)}` }))}
              value={kind}
              allowDeselect={false}
              onChange={(v) => v && setKind(v as SuccessionKind)}
            />
            <VnDateInput label="Từ ngày (dd/mm/yyyy)" required value={date} onChange={setDate} />
          </SimpleGrid>
          <Textarea label="Ghi chú, căn cứ" autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} placeholder="Nghị quyết số …" />
          {error !== null && <ErrorAlert error={error}>{errorReason(error) && <Text size="sm">{errorReason(error)}</Text>}</ErrorAlert>}
          <Group gap="xs">
            <Button type="submit" loading={busy} disabled={!from || !to || !date}>
              Ghi nhận
            </Button>
            <Button variant="default" onClick={onDone}>
              Thôi
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
