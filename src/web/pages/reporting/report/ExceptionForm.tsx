import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { CivilDate } from '../../../../core/civil-date.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { VnDateInput } from '../../../components/VnDateInput.tsx';
import { api, ApiError } from '../../../lib/api.ts';
import { formatDate } from '../../../lib/format.ts';
import { errorReason } from '../format.ts';
import type { ReportView } from '../types.ts';

/**
 * The coordinator's exception for one unit: its own due and lock dates, with
 * the reason (domain.md: due, lock and exception are three different dates).
 * Both dates empty withdraws it.
 */
export function ExceptionForm({ obligation, onSaved }: { obligation: ReportView['obligation']; onSaved: () => Promise<unknown> }) {
  const [open, setOpen] = useState(false);
  const [dueDate, setDueDate] = useState<CivilDate | null>(obligation.exception?.dueDate ?? null);
  const [lockDate, setLockDate] = useState<CivilDate | null>(obligation.exception?.lockDate ?? null);
  const [reason, setReason] = useState(obligation.exception?.reason ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const conflict = error instanceof ApiError && error.code === 'VERSION_CONFLICT';
  const save = async (withdraw: boolean) => {
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/obligations/${obligation.id}/exception`, withdraw ? { dueDate: null, lockDate: null, reason: '', version: obligation.version } : { dueDate, lockDate, reason: reason.trim(), version: obligation.version });
      notifications.show({ color: 'green', message: withdraw ? 'Đã bỏ gia hạn.' : 'Đã gia hạn cho đơn vị.' });
      await onSaved();
      setOpen(false);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-label="Gia hạn cho đơn vị" className="no-print">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h4">
            Gia hạn cho đơn vị
          </Title>
          {!open && (
            <Button size="xs" variant="light" onClick={() => setOpen(true)}>
              {obligation.exception ? 'Sửa gia hạn' : 'Gia hạn'}
            </Button>
          )}
        </Group>
        {obligation.exception ? (
          <Text size="sm">
            Đã gia hạn: nộp đến {formatDate(obligation.exception.dueDate, '(không đổi)')}, khóa sổ {formatDate(obligation.exception.lockDate, '(không đổi)')}
            {obligation.exception.reason ? ` — ${obligation.exception.reason}` : ''}.
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            Đơn vị theo hạn chung của kỳ báo cáo.
          </Text>
        )}
        {open && (
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <VnDateInput label="Hạn nộp mới (dd/mm/yyyy)" value={dueDate} onChange={setDueDate} />
              <VnDateInput label="Hạn khóa sổ mới (dd/mm/yyyy)" value={lockDate} onChange={setLockDate} />
            </SimpleGrid>
            <Textarea label="Lý do gia hạn" autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
            {error !== null && (
              <ErrorAlert error={error} title={conflict ? 'Kỳ báo cáo vừa được người khác sửa' : undefined}>
                {errorReason(error) && <Text size="sm">{errorReason(error)}</Text>}
              </ErrorAlert>
            )}
            <Group gap="xs">
              <Button loading={busy} disabled={(!dueDate && !lockDate) || conflict} onClick={() => void save(false)}>
                Lưu gia hạn
              </Button>
              {obligation.exception && (
                <Button variant="subtle" color="red" disabled={busy || conflict} onClick={() => void save(true)}>
                  Bỏ gia hạn
                </Button>
              )}
              <Button variant="default" onClick={() => setOpen(false)}>
                Thôi
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
