import { Button, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { assertNever } from '../../../../core/assert-never.ts';
import type { CivilDate } from '../../../../core/civil-date.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { VnDateInput } from '../../../components/VnDateInput.tsx';
import { api } from '../../../lib/api.ts';
import { formatDate } from '../../../lib/format.ts';
import type { DutyDetail } from '../../../lib/types.ts';
import { errorReason } from '../format.ts';
import { DISSEMINATION_FORMS, type DisseminationForm, type DisseminationSession } from '../types.ts';

export function disseminationFormLabel(form: DisseminationForm): string {
  switch (form) {
    case 'truc-tiep':
      return 'Hội nghị trực tiếp';
    case 'truc-tuyen':
      return 'Hội nghị trực tuyến';
    case 'long-ghep':
      return 'Lồng ghép trong hội nghị khác';
    default:
      return assertNever(form, 'hình thức quán triệt');
  }
}

const n = (v: number) => v.toLocaleString('vi-VN');

function SessionForm({ dutyId, onSaved }: { dutyId: string; onSaved: () => Promise<unknown> }) {
  const [heldOn, setHeldOn] = useState<CivilDate | null>(null);
  const [form, setForm] = useState<DisseminationForm>('truc-tiep');
  const [title, setTitle] = useState('');
  const [counts, setCounts] = useState({ cadres: 0, partyMembers: 0, people: 0 });
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const count = (key: keyof typeof counts) => (v: string | number) => setCounts((c) => ({ ...c, [key]: typeof v === 'number' ? v : 0 }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!heldOn) return;
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/duties/${dutyId}/sessions`, { heldOn, form, title: title.trim(), ...counts, note: note.trim() || null });
      notifications.show({ color: 'green', message: 'Đã ghi nhận hội nghị.' });
      setTitle('');
      setNote('');
      setCounts({ cadres: 0, partyMembers: 0, people: 0 });
      await onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} aria-label="Ghi nhận hội nghị">
      <Stack gap="xs">
        <Title order={4} size="h5">
          Ghi nhận hội nghị
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <VnDateInput label="Ngày tổ chức (dd/mm/yyyy)" required value={heldOn} onChange={setHeldOn} />
          <Select label="Hình thức" data={DISSEMINATION_FORMS.map((f) => ({ value: f, label: disseminationFormLabel(f) }))} value={form} allowDeselect={false} onChange={(v) => v && setForm(v as DisseminationForm)} />
        </SimpleGrid>
        <TextInput label="Tên hội nghị" required value={title} onChange={(e) => setTitle(e.currentTarget.value)} placeholder="Hội nghị quán triệt Kết luận 51-KL/TW…" />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
          <NumberInput label="Số cán bộ tham dự" min={0} allowDecimal={false} thousandSeparator="." decimalSeparator="," value={counts.cadres} onChange={count('cadres')} />
          <NumberInput label="Số đảng viên tham dự" min={0} allowDecimal={false} thousandSeparator="." decimalSeparator="," value={counts.partyMembers} onChange={count('partyMembers')} />
          <NumberInput label="Số nhân dân tham dự" min={0} allowDecimal={false} thousandSeparator="." decimalSeparator="," value={counts.people} onChange={count('people')} />
        </SimpleGrid>
        <Textarea label="Ghi chú" autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        {error !== null && <ErrorAlert error={error}>{errorReason(error) && <Text size="sm">{errorReason(error)}</Text>}</ErrorAlert>}
        <Button type="submit" w="fit-content" loading={busy} disabled={!heldOn || !title.trim()}>
          Ghi nhận hội nghị
        </Button>
      </Stack>
    </form>
  );
}

/** The quán triệt sessions a unit held for this duty, with totals (they feed the report's indicators). */
export function SessionsPanel({ detail }: { detail: DutyDetail }) {
  const queryClient = useQueryClient();
  const dutyId = detail.duty.id;
  const query = useQuery({ queryKey: ['duties', dutyId, 'sessions'], queryFn: async () => (await api.get<{ sessions: DisseminationSession[] }>(`/api/duties/${dutyId}/sessions`)).sessions });
  const reload = () => Promise.all([query.refetch(), queryClient.invalidateQueries({ queryKey: ['duties', dutyId] })]);
  return (
    <Paper withBorder p="md" component="section" aria-label="Hội nghị quán triệt">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Hội nghị quán triệt, triển khai
        </Title>
        <QueryState query={query}>
          {(sessions) => {
            if (sessions.length === 0) return <Text size="sm" c="dimmed">Chưa ghi nhận hội nghị nào.</Text>;
            const total = sessions.reduce((t, s) => ({ cadres: t.cadres + s.cadres, partyMembers: t.partyMembers + s.partyMembers, people: t.people + s.people }), { cadres: 0, partyMembers: 0, people: 0 });
            return (
              <Table.ScrollContainer minWidth={600}>
                <Table fz="sm" verticalSpacing={4} striped data-testid="sessions-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Ngày</Table.Th>
                      <Table.Th>Hội nghị</Table.Th>
                      <Table.Th ta="right">Cán bộ</Table.Th>
                      <Table.Th ta="right">Đảng viên</Table.Th>
                      <Table.Th ta="right">Nhân dân</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {sessions.map((s) => (
                      <Table.Tr key={s.id}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(s.heldOn)}</Table.Td>
                        <Table.Td>
                          <Text size="sm">{s.title}</Text>
                          <Text size="xs" c="dimmed">
                            {disseminationFormLabel(s.form)}
                            {s.note ? ` · ${s.note}` : ''}
                          </Text>
                        </Table.Td>
                        <Table.Td ta="right">{n(s.cadres)}</Table.Td>
                        <Table.Td ta="right">{n(s.partyMembers)}</Table.Td>
                        <Table.Td ta="right">{n(s.people)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                  <Table.Tfoot>
                    <Table.Tr data-testid="sessions-total">
                      <Table.Th colSpan={2}>Tổng: {sessions.length} hội nghị</Table.Th>
                      <Table.Th ta="right">{n(total.cadres)}</Table.Th>
                      <Table.Th ta="right">{n(total.partyMembers)}</Table.Th>
                      <Table.Th ta="right">{n(total.people)}</Table.Th>
                    </Table.Tr>
                  </Table.Tfoot>
                </Table>
              </Table.ScrollContainer>
            );
          }}
        </QueryState>
        {detail.abilities.update && <SessionForm dutyId={dutyId} onSaved={reload} />}
      </Stack>
    </Paper>
  );
}
