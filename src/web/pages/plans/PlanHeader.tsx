import { Alert, Badge, Button, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconEdit } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { CivilDate } from '../../../core/civil-date.ts';
import { DateText } from '../../components/DateText.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { VnDateInput } from '../../components/VnDateInput.tsx';
import { api, ApiError } from '../../lib/api.ts';
import { planStatusLabel } from '../../lib/format.ts';
import { PLAN_STATUSES, type PlanDetail, type PlanStatus } from '../../lib/types.ts';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

function EditPlanModal({ plan, opened, onClose }: { plan: PlanDetail['plan']; opened: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(plan.title);
  const [endDate, setEndDate] = useState<CivilDate | null>(plan.endDate);
  const [status, setStatus] = useState<PlanStatus>(plan.status);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const conflict = error instanceof ApiError && error.code === 'VERSION_CONFLICT';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.patch(`/api/plans/${plan.id}`, { title, endDate, status, version: plan.version });
      await queryClient.invalidateQueries({ queryKey: ['plans'] });
      notifications.show({ color: 'green', message: 'Đã lưu thông tin kế hoạch.' });
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: ['plans'] });
    onClose();
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Sửa thông tin kế hoạch" size="lg">
      <form onSubmit={submit}>
        <Stack>
          <Textarea label="Trích yếu" required autosize minRows={3} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
          <VnDateInput label="Ngày kết thúc (dd/mm/yyyy)" value={endDate} onChange={setEndDate} />
          <Select
            label="Trạng thái kế hoạch"
            data={PLAN_STATUSES.map((s) => ({ value: s, label: planStatusLabel(s) }))}
            value={status}
            allowDeselect={false}
            onChange={(v) => v && setStatus(v as PlanStatus)}
          />
          {conflict ? (
            <Alert color="red" role="alert" title="Kế hoạch vừa được người khác sửa">
              Thay đổi của bạn chưa được lưu.{' '}
              <Button size="xs" variant="light" color="red" onClick={() => void reload()}>
                Tải lại bản mới nhất
              </Button>
            </Alert>
          ) : (
            error !== null && <ErrorAlert error={error} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Thôi
            </Button>
            <Button type="submit" loading={busy} disabled={conflict || !title.trim()}>
              Lưu
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function PlanHeader({ plan, canManage }: { plan: PlanDetail['plan']; canManage: boolean }) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" gap="xs">
        <Group gap="xs">
          <Title order={2}>
            {plan.type ?? 'Văn bản'} {plan.number ? `số ${plan.number}` : '(chưa có số)'}
          </Title>
          <Badge color={plan.status === 'active' ? 'blue' : 'gray'} variant="light" tt="none">
            {planStatusLabel(plan.status)}
          </Badge>
        </Group>
        {canManage && (
          <Button variant="light" leftSection={<IconEdit size={16} />} onClick={open}>
            Sửa thông tin
          </Button>
        )}
      </Group>
      <Text fw={500}>{plan.title}</Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
        <Field label="Số, ký hiệu">{plan.number ?? '—'}</Field>
        <Field label="Loại văn bản">{plan.type ?? '—'}</Field>
        <Field label="Cơ quan ban hành">{plan.issuer ?? '—'}</Field>
        <Field label="Ngày ban hành">
          <DateText date={plan.date} />
          {plan.place ? ` (${plan.place})` : ''}
        </Field>
        <Field label="Ngày kết thúc">
          <DateText date={plan.endDate} empty="Không ghi" />
        </Field>
      </SimpleGrid>
      {/* Remounted on each opening so the form starts from the latest plan. */}
      {opened && <EditPlanModal plan={plan} opened={opened} onClose={close} />}
    </Stack>
  );
}
