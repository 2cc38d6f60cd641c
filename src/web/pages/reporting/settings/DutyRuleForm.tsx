import { Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { assertNever } from '../../../../core/assert-never.ts';
import { DAY_COUNTS, DEFAULT_DUE, DEFAULT_LOCK, DEFAULT_WINDOW_MODE, WINDOW_MODES, obligationFor, periodForWindowDate, windowPhrase, type DayCount, type DayOffset, type ReportingRule, type WindowMode } from '../../../../core/period/index.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { api } from '../../../lib/api.ts';
import { cadenceLabel, formatDate } from '../../../lib/format.ts';
import { useSession } from '../../../lib/session.tsx';
import type { PlanFormView } from '../types.ts';

export function windowModeLabel(mode: WindowMode): string {
  switch (mode) {
    case 'cutoff-nd09':
      return 'Theo kỳ chốt số liệu Nghị định 09/2019';
    case 'calendar':
      return 'Theo tháng, quý, năm dương lịch';
    default:
      return assertNever(mode, 'cách tính kỳ');
  }
}

function dayCountLabel(count: DayCount): string {
  switch (count) {
    case 'working':
      return 'ngày làm việc';
    case 'calendar':
      return 'ngày (kể cả ngày nghỉ)';
    default:
      return assertNever(count, 'cách đếm ngày');
  }
}

const offsetPhrase = (o: DayOffset) => `${o.days} ${dayCountLabel(o.count)}`;

function OffsetInput({ label, value, max, readOnly, onChange }: { label: string; value: DayOffset; max: number; readOnly: boolean; onChange: (value: DayOffset) => void }) {
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <NumberInput label={label} min={0} max={max} allowDecimal={false} clampBehavior="strict" value={value.days} readOnly={readOnly} onChange={(v) => onChange({ ...value, days: typeof v === 'number' ? v : 0 })} w={150} />
      <Select aria-label={`Cách đếm — ${label}`} data={DAY_COUNTS.map((c) => ({ value: c, label: dayCountLabel(c) }))} value={value.count} allowDeselect={false} readOnly={readOnly} onChange={(v) => v && onChange({ ...value, count: v as DayCount })} w={200} />
    </Group>
  );
}

/**
 * One reporting duty's schedule: which window the figures are cut off in,
 * the due date and the lock date after it. Saving reschedules the periods
 * no report has been started for (reports under way keep their dates).
 */
export function DutyRuleForm({ item, readOnly }: { item: PlanFormView['reportingRules'][number]; readOnly: boolean }) {
  const queryClient = useQueryClient();
  const { today } = useSession();
  const [rule, setRule] = useState<ReportingRule | null>(item.rule);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!rule) {
    return (
      <Paper withBorder p="sm">
        <Text size="sm">{item.text}</Text>
        <Text size="sm" c="dimmed" mt={4}>
          {cadenceLabel(item.cadence)}: báo cáo một lần, không chia kỳ.
        </Text>
      </Paper>
    );
  }
  const example = today ? obligationFor(rule, periodForWindowDate(rule, today)) : null;
  const isDefault = rule.window === DEFAULT_WINDOW_MODE && rule.due.days === DEFAULT_DUE.days && rule.due.count === DEFAULT_DUE.count && rule.lock.days === DEFAULT_LOCK.days && rule.lock.count === DEFAULT_LOCK.count;
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.put(`/api/reporting-duties/${item.reportingDutyId}/rule`, rule);
      await queryClient.invalidateQueries({ queryKey: ['reporting'] });
      notifications.show({ color: 'green', message: 'Đã lưu chế độ báo cáo. Các kỳ chưa có báo cáo được tính lại hạn.' });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p="sm" component="section" aria-label={`Chế độ báo cáo: ${item.text}`}>
      <Stack gap="sm">
        <div>
          <Text size="sm" fw={600}>
            Báo cáo {cadenceLabel(item.cadence).toLowerCase()}
          </Text>
          <Text size="sm" c="dimmed" lineClamp={3}>
            {item.text}
          </Text>
        </div>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="xs">
          <Select label="Kỳ chốt số liệu" data={WINDOW_MODES.map((m) => ({ value: m, label: windowModeLabel(m) }))} value={rule.window} allowDeselect={false} readOnly={readOnly} onChange={(v) => v && setRule({ ...rule, window: v as WindowMode })} />
          <OffsetInput label="Hạn nộp sau ngày chốt" value={rule.due} max={365} readOnly={readOnly} onChange={(due) => setRule({ ...rule, due })} />
          <OffsetInput label="Khóa sổ sau hạn nộp" value={rule.lock} max={3650} readOnly={readOnly} onChange={(lock) => setRule({ ...rule, lock })} />
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          Mặc định: {windowModeLabel(DEFAULT_WINDOW_MODE).toLowerCase()}, hạn nộp {offsetPhrase(DEFAULT_DUE)} sau ngày chốt, khóa sổ {offsetPhrase(DEFAULT_LOCK)} sau hạn nộp{isDefault ? ' (đang dùng)' : ''}. Hạn rơi vào ngày nghỉ được lùi sang ngày làm việc kế tiếp.
        </Text>
        {example && (
          <Text size="sm" data-testid="rule-example">
            Ví dụ {example.label}: chốt số liệu {windowPhrase({ start: example.windowStart, end: example.windowEnd })}, hạn nộp {formatDate(example.dueDate)}, khóa sổ {formatDate(example.lockDate)}.
          </Text>
        )}
        {error !== null && <ErrorAlert error={error} />}
        {!readOnly && (
          <Group gap="xs">
            <Button size="xs" loading={busy} onClick={() => void save()}>
              Lưu chế độ báo cáo
            </Button>
            {!isDefault && (
              <Button size="xs" variant="subtle" onClick={() => setRule({ ...rule, window: DEFAULT_WINDOW_MODE, due: DEFAULT_DUE, lock: DEFAULT_LOCK })}>
                Dùng mặc định
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
