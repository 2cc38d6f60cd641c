import { Alert, Anchor, Badge, Button, Group, NumberInput, Paper, Stack, Switch, TagsInput, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { REMINDER_RULE_LIMITS, effectiveRules, normaliseBeforeDays, type ReminderRules, type StoredReminderRules } from '../../../core/reminders/rules.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { api, ApiError } from '../../lib/api.ts';
import type { ReminderRulesView } from './types.ts';

const FIELD_LABELS: Record<keyof ReminderRules, string> = {
  enabled: 'Tự động nhắc việc',
  beforeDays: 'Nhắc trước hạn (ngày)',
  onDueDate: 'Nhắc đúng ngày đến hạn',
  overdueEveryDays: 'Khi quá hạn, nhắc lại sau mỗi (ngày)',
  escalateAfterDays: 'Báo lãnh đạo đơn vị và cơ quan điều phối sau khi quá hạn (ngày)',
  dutyOverdueDays: 'Thôi nhắc nhiệm vụ quá hạn sau (ngày)',
  workingDaysOnly: 'Chỉ nhắc vào ngày làm việc',
};

function describe(field: keyof ReminderRules, r: ReminderRules): string {
  switch (field) {
    case 'enabled':
    case 'onDueDate':
    case 'workingDaysOnly':
      return r[field] ? 'có' : 'không';
    case 'beforeDays':
      return r.beforeDays.length ? r.beforeDays.join(', ') : 'không nhắc trước';
    case 'overdueEveryDays':
    case 'escalateAfterDays':
    case 'dutyOverdueDays':
      return r[field] === 0 ? 'không' : String(r[field]);
  }
}

function Row<K extends keyof ReminderRules>({ field, stored, defaults, onReset, children }: { field: K; stored: StoredReminderRules; defaults: ReminderRules; onReset: () => void; children: ReactNode }) {
  const own = stored[field] !== null;
  return (
    <Stack gap={4}>
      {children}
      <Group gap="xs">
        <Text size="xs" c="dimmed">
          Mặc định: {describe(field, defaults)}
        </Text>
        {own ? (
          <Anchor component="button" type="button" size="xs" onClick={onReset}>
            Về mặc định
          </Anchor>
        ) : (
          <Badge size="xs" variant="light" color="gray" tt="none">
            đang theo mặc định
          </Badge>
        )}
      </Group>
    </Stack>
  );
}

/**
 * A plan's reminder rules. Each field either follows the default (and so
 * any later change of the default) or holds the plan's own value.
 */
export function ReminderRulesForm({ view, canEdit }: { view: ReminderRulesView; canEdit: boolean }) {
  const queryClient = useQueryClient();
  const [rules, setRules] = useState<StoredReminderRules>(view.rules);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const eff = effectiveRules(rules);
  const d = view.defaults;
  const set = <K extends keyof StoredReminderRules>(key: K, value: StoredReminderRules[K]) => setRules((r) => ({ ...r, [key]: value }));
  const changed = JSON.stringify(rules) !== JSON.stringify(view.rules);
  const { beforeDays: bd, overdueEveryDays: oe, escalateAfterDays: ea, dutyOverdueDays: dd } = REMINDER_RULE_LIMITS;
  const intOrNull = (v: string | number, max: number, min = 0) => (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : null);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const saved = await api.put<ReminderRulesView>(`/api/plans/${view.planId}/reminder-rules`, { rules, version: view.version });
      queryClient.setQueryData(['reminders', 'rules', view.planId], saved);
      notifications.show({ color: 'green', message: 'Đã lưu quy tắc nhắc việc.' });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const conflict = error instanceof ApiError && error.code === 'VERSION_CONFLICT';

  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <Title order={3} size="h4">
          Quy tắc nhắc việc
        </Title>
        {view.issues.length > 0 && (
          <Alert color="yellow" title="Một số giá trị đã lưu không hợp lệ, đang dùng mặc định">
            {view.issues.map((f) => FIELD_LABELS[f as keyof ReminderRules] ?? f).join('; ')}
          </Alert>
        )}
        <Row field="enabled" stored={rules} defaults={d} onReset={() => set('enabled', null)}>
          <Switch label={FIELD_LABELS.enabled} description="Tắt: không tự động nhắc (vẫn nhắc tay được ở bảng theo dõi báo cáo)." checked={eff.enabled} onChange={(e) => set('enabled', e.currentTarget.checked)} disabled={!canEdit} />
        </Row>
        <Row field="beforeDays" stored={rules} defaults={d} onReset={() => set('beforeDays', null)}>
          <TagsInput
            label={FIELD_LABELS.beforeDays}
            description={`Nhiều mốc, ví dụ 7 và 1; từ ${bd.min} đến ${bd.max} ngày, tối đa ${bd.count} mốc. Gõ số rồi Enter.`}
            value={eff.beforeDays.map(String)}
            onChange={(values) => set('beforeDays', normaliseBeforeDays(values.map(Number)))}
            splitChars={[',', ' ', ';']}
            maxTags={bd.count}
            disabled={!canEdit}
            maw={420}
          />
        </Row>
        <Row field="onDueDate" stored={rules} defaults={d} onReset={() => set('onDueDate', null)}>
          <Switch label={FIELD_LABELS.onDueDate} checked={eff.onDueDate} onChange={(e) => set('onDueDate', e.currentTarget.checked)} disabled={!canEdit} />
        </Row>
        <Row field="overdueEveryDays" stored={rules} defaults={d} onReset={() => set('overdueEveryDays', null)}>
          <NumberInput label={FIELD_LABELS.overdueEveryDays} description="0: không nhắc lại; nhắc đến ngày khóa sổ." min={oe.min} max={oe.max} allowDecimal={false} value={eff.overdueEveryDays} onChange={(v) => set('overdueEveryDays', intOrNull(v, oe.max))} disabled={!canEdit} maw={420} />
        </Row>
        <Row field="escalateAfterDays" stored={rules} defaults={d} onReset={() => set('escalateAfterDays', null)}>
          <NumberInput label={FIELD_LABELS.escalateAfterDays} description="0: không báo." min={ea.min} max={ea.max} allowDecimal={false} value={eff.escalateAfterDays} onChange={(v) => set('escalateAfterDays', intOrNull(v, ea.max))} disabled={!canEdit} maw={420} />
        </Row>
        <Row field="dutyOverdueDays" stored={rules} defaults={d} onReset={() => set('dutyOverdueDays', null)}>
          <NumberInput
            label={FIELD_LABELS.dutyOverdueDays}
            description="Nhiệm vụ không có ngày khóa sổ: sau số ngày này thôi nhắc, việc quá hạn vẫn hiện ở bảng điều khiển."
            min={dd.min}
            max={dd.max}
            allowDecimal={false}
            value={eff.dutyOverdueDays}
            onChange={(v) => set('dutyOverdueDays', intOrNull(v, dd.max))}
            disabled={!canEdit}
            maw={420}
          />
        </Row>
        <Row field="workingDaysOnly" stored={rules} defaults={d} onReset={() => set('workingDaysOnly', null)}>
          <Switch label={FIELD_LABELS.workingDaysOnly} description="Nhắc rơi vào thứ Bảy, Chủ nhật, ngày lễ được dời sang ngày làm việc." checked={eff.workingDaysOnly} onChange={(e) => set('workingDaysOnly', e.currentTarget.checked)} disabled={!canEdit} />
        </Row>
        {error !== null && (
          <ErrorAlert error={error} title={conflict ? 'Quy tắc vừa được người khác sửa' : undefined} onRetry={conflict ? () => void queryClient.invalidateQueries({ queryKey: ['reminders', 'rules', view.planId] }) : undefined} />
        )}
        {canEdit && (
          <Group gap="xs">
            <Button onClick={() => void save()} loading={busy} disabled={!changed}>
              Lưu quy tắc
            </Button>
            <Button variant="default" onClick={() => setRules(view.rules)} disabled={!changed}>
              Hoàn tác
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
