import { Alert, Anchor, Breadcrumbs, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { api } from '../../lib/api.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { useSession } from '../../lib/session.tsx';
import type { PlanDetail } from '../../lib/types.ts';
import { ReminderLog, reminderLogKey } from './ReminderLog.tsx';
import { ReminderRulesForm } from './ReminderRulesForm.tsx';
import type { ReminderRulesView, ReminderRunSummary, ReminderStatus } from './types.ts';

function RunNow({ planId }: { planId: string }) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ReminderRunSummary | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(await api.post<ReminderRunSummary>('/api/reminders/run', { planId }));
      await queryClient.invalidateQueries({ queryKey: reminderLogKey(planId) });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={3} size="h4">
          Chạy nhắc việc ngay
        </Title>
        <Text size="sm">Hằng ngày máy chủ tự chạy nhắc việc lúc 7 giờ. Chạy ngay để gửi những nhắc việc đến hạn hôm nay của kế hoạch này (mỗi nhắc việc chỉ gửi một lần).</Text>
        <Button onClick={() => void run()} loading={busy} leftSection={<IconPlayerPlay size={16} />} w="fit-content">
          Chạy nhắc việc ngay
        </Button>
        {error !== null && <ErrorAlert error={error} />}
        {result && (
          <Alert color="green" variant="light" title={`Đã chạy cho ngày ${formatDate(result.today)}`} data-testid="run-result">
            <Text size="sm">
              {result.due} nhắc việc đến hạn; {result.app} thông báo mới trong ứng dụng.
            </Text>
            <Text size="sm">
              {result.email.enabled
                ? `Thư điện tử: gửi ${result.email.sent}, lỗi ${result.email.failed}, đã gửi trước đó ${result.email.alreadySent}${result.email.errors ? `, trục trặc ${result.email.errors}` : ''}.`
                : 'Thư điện tử: máy chủ chưa cấu hình, chỉ nhắc trong ứng dụng.'}
            </Text>
            {result.retried.sent + result.retried.failed + result.retried.cancelled > 0 && (
              <Text size="sm">
                Gửi lại thư lỗi trước đó: thành công {result.retried.sent}, vẫn lỗi {result.retried.failed}, hủy {result.retried.cancelled}.
              </Text>
            )}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

/** A plan's reminder rules, the reminder log, and for administrators "run now". */
export default function RemindersPage() {
  const { id = '' } = useParams();
  const { can } = useSession();
  const plan = useQuery({ queryKey: ['plans', id], queryFn: () => api.get<PlanDetail>(`/api/plans/${id}`) });
  const canManage = can('plan.manage');
  const rules = useQuery({ queryKey: ['reminders', 'rules', id], queryFn: () => api.get<ReminderRulesView>(`/api/plans/${id}/reminder-rules`), enabled: canManage });
  const status = useQuery({ queryKey: ['reminders', 'status'], queryFn: () => api.get<ReminderStatus>('/api/reminders/status'), staleTime: 5 * 60_000 });
  const number = plan.data?.plan.number;
  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/ke-hoach">
          Kế hoạch
        </Anchor>
        <Anchor component={Link} to={`/ke-hoach/${id}`}>
          {number ?? 'Kế hoạch'}
        </Anchor>
        <Text size="sm">Nhắc việc</Text>
      </Breadcrumbs>
      <Title order={2}>Nhắc việc{number ? ` — Kế hoạch ${number}` : ''}</Title>
      {status.data && (
        <Text size="sm" c="dimmed">
          {status.data.email.enabled ? `Gửi thư điện tử từ ${status.data.email.from ?? 'máy chủ'}.` : 'Máy chủ chưa cấu hình gửi e-mail — nhắc việc chỉ hiện trong ứng dụng.'}{' '}
          {status.data.lastRun
            ? `Lần chạy gần nhất: ngày ${formatDate(status.data.lastRun.day)}${status.data.lastRun.finishedAt ? `, xong lúc ${formatDateTime(status.data.lastRun.finishedAt)}` : ', đang chạy'}${status.data.lastRun.error ? ` — lỗi: ${status.data.lastRun.error}` : ''}.`
            : 'Chưa chạy lần nào.'}
        </Text>
      )}
      {canManage ? (
        <QueryState query={rules}>{(view) => <ReminderRulesForm key={view.version} view={view} canEdit={canManage} />}</QueryState>
      ) : (
        <Alert color="gray">Chỉ cơ quan điều phối kế hoạch xem và sửa được quy tắc nhắc việc.</Alert>
      )}
      {can('user.manage') && <RunNow planId={id} />}
      {can('report.review') && <ReminderLog planId={id} />}
    </Stack>
  );
}
