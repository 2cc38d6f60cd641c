import { Anchor, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBellRinging } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { PeriodStatusBadge } from '../../../components/PeriodStatusBadge.tsx';
import { ReportStatusBadge } from '../../../components/ReportStatusBadge.tsx';
import { api } from '../../../lib/api.ts';
import type { BoardView } from '../types.ts';

/** Who has not reported for the period, and one click to remind them (in the app). */
export function NotReported({ planId, items, canRemind }: { planId: string; items: BoardView['notReported']; canRemind: boolean }) {
  const [picked, setPicked] = useState<Set<string>>(() => new Set(items.map((i) => i.obligationId)));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<string | null>(null);
  const all = items.length > 0 && items.every((i) => picked.has(i.obligationId));
  const toggle = (id: string, on: boolean) =>
    setPicked((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const remind = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const ids = items.filter((i) => picked.has(i.obligationId)).map((i) => i.obligationId);
      const res = await api.post<{ notified: number }>(`/api/plans/${planId}/remind`, { obligationIds: ids });
      const text = `Đã gửi nhắc tới ${res.notified} người.`;
      setResult(text);
      notifications.show({ color: 'green', message: text });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-label="Đơn vị chưa báo cáo">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Đơn vị chưa báo cáo ({items.length})
        </Title>
        {items.length === 0 ? (
          <Text size="sm" c="green.8">
            Tất cả đơn vị đã gửi báo cáo kỳ này.
          </Text>
        ) : (
          <>
            {canRemind && (
              <Checkbox
                label="Chọn tất cả"
                checked={all}
                indeterminate={!all && picked.size > 0}
                onChange={(e) => setPicked(e.currentTarget.checked ? new Set(items.map((i) => i.obligationId)) : new Set())}
              />
            )}
            <Stack gap={6} data-testid="not-reported">
              {items.map((i) => (
                <Group key={i.obligationId} gap="xs" wrap="nowrap" justify="space-between">
                  {canRemind ? (
                    <Checkbox label={i.unitName} checked={picked.has(i.obligationId)} onChange={(e) => toggle(i.obligationId, e.currentTarget.checked)} />
                  ) : (
                    <Text size="sm">{i.unitName}</Text>
                  )}
                  <Group gap={4} wrap="nowrap">
                    <PeriodStatusBadge timing={i.timing} size="sm" />
                    <Anchor component={Link} to={`/bao-cao/${i.obligationId}`} size="xs" aria-label={`Mở báo cáo của ${i.unitName}`}>
                      <ReportStatusBadge status={i.reportStatus} size="sm" style={{ cursor: 'pointer' }} />
                    </Anchor>
                  </Group>
                </Group>
              ))}
            </Stack>
            {error !== null && <ErrorAlert error={error} />}
            {canRemind && (
              <Group gap="sm" className="no-print">
                <Button leftSection={<IconBellRinging size={16} />} loading={busy} disabled={picked.size === 0} onClick={() => void remind()}>
                  Nhắc báo cáo
                </Button>
                {result && (
                  <Text size="sm" c="green.8" role="status">
                    {result}
                  </Text>
                )}
              </Group>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
