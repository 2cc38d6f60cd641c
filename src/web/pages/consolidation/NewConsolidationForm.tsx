import { Alert, Anchor, Button, Group, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ConsolidationKind } from '../../../core/consolidation/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { api } from '../../lib/api.ts';
import { formatRate } from '../../lib/charts-spec.ts';
import type { DashboardPeriod } from '../dashboards/types.ts';
import { consolidationKeys, type ConsolidationListItem, type ConsolidationView } from './types.ts';

/**
 * Drafting a consolidated report: for one period (the reports of 6 tháng
 * đầu năm 2020), or a review (sơ kết, tổng kết) over a range of periods —
 * by default all of them, from the plan's first to its last.
 */
export function NewConsolidationForm({ planId, periods, existing }: { planId: string; periods: DashboardPeriod[]; existing: ConsolidationListItem[] }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<ConsolidationKind>('period');
  // The last period whose due date has passed, else the last one open.
  const closed = periods.filter((p) => !p.open);
  const [period, setPeriod] = useState<string | null>(closed[closed.length - 1]?.periodId ?? periods[periods.length - 1]?.periodId ?? null);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const options = periods.map((p) => ({ value: p.periodId, label: `${p.label} — đã nộp ${p.submitted}/${p.expected} (${formatRate(p.rate)})` }));
  const same = kind === 'period' ? existing.find((c) => c.kind === 'period' && c.periodFrom === period) : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = kind === 'period' ? { planId, kind, period } : { planId, kind, periodFrom: from ?? undefined, periodTo: to ?? undefined };
      const created = await api.post<ConsolidationView>('/api/consolidations', body);
      queryClient.setQueryData(consolidationKeys.one(created.id), created);
      await queryClient.invalidateQueries({ queryKey: consolidationKeys.list(planId) });
      navigate(`/tong-hop/${created.id}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" className="no-print">
      <form onSubmit={submit} aria-label="Lập dự thảo báo cáo tổng hợp">
        <Stack gap="sm">
          <Title order={3} size="h4">
            Lập dự thảo mới
          </Title>
          <SegmentedControl
            value={kind}
            onChange={(v) => setKind(v as ConsolidationKind)}
            data={[
              { value: 'period', label: 'Theo kỳ' },
              { value: 'so-ket', label: 'Sơ kết' },
              { value: 'tong-ket', label: 'Tổng kết' },
            ]}
            aria-label="Loại báo cáo"
            fullWidth
            maw={420}
          />
          {periods.length === 0 && <Text size="sm">Kế hoạch chưa có kỳ báo cáo nào đã mở.</Text>}
          {kind === 'period' ? (
            <Select label="Kỳ báo cáo" data={options} value={period} onChange={setPeriod} allowDeselect={false} maw={520} required />
          ) : (
            <Group grow align="flex-start" maw={720} wrap="wrap">
              <Select label="Từ kỳ" description="Để trống: từ kỳ đầu tiên" data={options} value={from} onChange={setFrom} clearable miw={220} />
              <Select label="Đến kỳ" description="Để trống: đến kỳ gần nhất" data={options} value={to} onChange={setTo} clearable miw={220} />
            </Group>
          )}
          {same && (
            <Alert color="yellow" variant="light">
              Kỳ này đã có một dự thảo:{' '}
              <Anchor component={Link} to={`/tong-hop/${same.id}`}>
                mở dự thảo đã có
              </Anchor>
              . Lập mới sẽ tạo thêm một dự thảo riêng.
            </Alert>
          )}
          {error !== null && <ErrorAlert error={error} />}
          <Group>
            <Button type="submit" loading={busy} disabled={periods.length === 0 || (kind === 'period' && !period)}>
              Lập dự thảo
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
