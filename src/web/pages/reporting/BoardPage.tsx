import { Anchor, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { PeriodTrend } from '../../components/PeriodTrend.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { api, qs } from '../../lib/api.ts';
import { useSession } from '../../lib/session.tsx';
import { BoardGrid } from './board/BoardGrid.tsx';
import { NotReported } from './board/NotReported.tsx';
import { formatPercent } from './format.ts';
import { reportingKeys } from './queries.ts';
import type { BoardView, PeriodRate } from './types.ts';
import { StatCard } from '../../components/StatCard.tsx';

/** The reporting rate of one period as DHIS2 counts it: expected reports, those received, those on time. */
function RateStats({ rate }: { rate: PeriodRate }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" aria-label={`Tỷ lệ báo cáo ${rate.label}`} role="group">
      <StatCard testId="rate-expected" label="Phải nộp" value={rate.expected} hint="báo cáo" />
      <StatCard testId="rate-submitted" label="Đã nộp" value={`${rate.submitted}/${rate.expected}`} hint={formatPercent(rate.rate)} />
      <StatCard testId="rate-on-time" label="Đúng hạn" value={rate.onTime} hint={formatPercent(rate.onTimeRate)} />
      <StatCard testId="rate-missing" label="Chưa nộp" value={rate.expected - rate.submitted} hint="báo cáo" />
    </SimpleGrid>
  );
}

function Board({ board, onPeriod }: { board: BoardView; onPeriod: (periodId: string) => void }) {
  const { can } = useSession();
  const current = board.periods.find((p) => p.periodId === board.periodId);
  return (
    <Stack>
      <Select
        label="Kỳ báo cáo"
        maw={420}
        allowDeselect={false}
        data={board.periods.map((p) => ({ value: p.periodId, label: `${p.label} — đã nộp ${p.submitted}/${p.expected} (${formatPercent(p.rate)})` }))}
        value={board.periodId}
        onChange={(v) => v && onPeriod(v)}
      />
      {current && <RateStats rate={current} />}
      <Paper withBorder p="sm" className="no-print">
        <Text size="sm" fw={500} mb={6}>
          Qua các kỳ
        </Text>
        <PeriodTrend periods={board.periods} selected={board.periodId} onSelect={onPeriod} />
      </Paper>
      <Title order={3} size="h4">
        Tình hình nộp {current ? `báo cáo ${current.label}` : ''}
      </Title>
      <BoardGrid board={board} periodLabel={current?.label ?? ''} />
      <NotReported key={board.periodId} planId={board.plan.id} items={board.notReported} canRemind={can('report.review')} />
    </Stack>
  );
}

export default function BoardPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const period = params.get('ky');
  const query = useQuery({
    queryKey: reportingKeys.board(id, period),
    queryFn: () => api.get<BoardView>(`/api/plans/${id}/board${qs({ period })}`),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <Stack gap={4}>
        <Anchor component={Link} to={`/ke-hoach/${id}`} size="sm" className="no-print">
          ← Kế hoạch
        </Anchor>
        <Group gap="xs">
          <Title order={2}>Theo dõi báo cáo</Title>
          {query.data?.plan.number && <Text c="dimmed">Kế hoạch số {query.data.plan.number}</Text>}
        </Group>
        {query.data && <Text size="sm">{query.data.plan.title}</Text>}
      </Stack>
      <QueryState query={query}>
        {(board) => (board.periods.length === 0 ? <Text c="dimmed">Kế hoạch chưa có kỳ báo cáo nào.</Text> : <Board board={board} onPeriod={(p) => setParams({ ky: p }, { replace: true })} />)}
      </QueryState>
    </Stack>
  );
}
