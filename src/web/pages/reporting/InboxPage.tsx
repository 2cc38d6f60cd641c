import { Anchor, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { CivilDate } from '../../../core/civil-date.ts';
import { OBLIGATION_STATUSES, type ObligationStatus } from '../../../core/period/index.ts';
import { REPORT_STATUSES, reportStatusLabel, type ReportStatus } from '../../../core/reporting/index.ts';
import { sortVietnamese } from '../../../core/text/vietnamese.ts';
import { PeriodStatusBadge } from '../../components/PeriodStatusBadge.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { ReportStatusBadge } from '../../components/ReportStatusBadge.tsx';
import { formatDate } from '../../lib/format.ts';
import { useSession } from '../../lib/session.tsx';
import { useWide } from '../../lib/use-wide.ts';
import { DueText } from './DueText.tsx';
import { timingShortLabel } from './format.ts';
import { useObligations } from './queries.ts';
import type { ObligationItem } from './types.ts';

function InboxCards({ items, today }: { items: ObligationItem[]; today: CivilDate | null }) {
  return (
    <Stack gap="xs">
      {items.map((o) => (
        <Card key={o.id} withBorder padding="sm" component={Link} to={`/bao-cao/${o.id}`} data-testid="obligation-card">
          <Stack gap={6}>
            <Group justify="space-between" gap={4} wrap="nowrap">
              <Text size="xs" c="dimmed" truncate="end">
                {o.planNumber ?? 'Kế hoạch'}
              </Text>
              <PeriodStatusBadge timing={o.timing} size="sm" style={{ flexShrink: 0 }} />
            </Group>
            <Text size="sm" fw={600}>
              Báo cáo {o.periodLabel}
            </Text>
            <Text size="sm">{o.unitName}</Text>
            <Group justify="space-between" gap={4}>
              <Text size="xs">
                Hạn nộp: <DueText item={o} today={today} size="xs" />
              </Text>
              <ReportStatusBadge status={o.reportStatus} size="sm" />
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

function InboxTable({ items, today }: { items: ObligationItem[]; today: CivilDate | null }) {
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Kỳ báo cáo</Table.Th>
            <Table.Th>Đơn vị</Table.Th>
            <Table.Th>Kế hoạch</Table.Th>
            <Table.Th>Hạn nộp</Table.Th>
            <Table.Th>Tình trạng</Table.Th>
            <Table.Th>Báo cáo</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((o) => (
            <Table.Tr key={o.id} data-testid="obligation-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={`/bao-cao/${o.id}`} fw={500} size="sm">
                  {o.periodLabel}
                </Anchor>
              </Table.Td>
              <Table.Td>{o.unitName}</Table.Td>
              <Table.Td maw={320}>
                <Anchor component={Link} to={`/ke-hoach/${o.planId}`} size="sm" c="inherit" lineClamp={2} title={o.planTitle}>
                  {o.planNumber ?? o.planTitle}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <DueText item={o} today={today} />
              </Table.Td>
              <Table.Td>
                <PeriodStatusBadge timing={o.timing} />
              </Table.Td>
              <Table.Td>
                <ReportStatusBadge status={o.reportStatus} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

const NO_REPORT = 'chua-soan';

export default function InboxPage() {
  const wide = useWide();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('don-vi');
  const planId = params.get('ke-hoach');
  const timing = params.get('han') as ObligationStatus | null;
  const status = params.get('trang-thai');
  // The server sorts (returned first, then overdue, due soon…); the filters
  // apply here so that the choices, taken from the list, stay put.
  const query = useObligations();
  const options = useMemo(() => {
    const list = query.data?.obligations ?? [];
    const pairs = (pick: (o: ObligationItem) => [string, string]) => sortVietnamese([...new Map(list.map(pick)).entries()], ([, label]) => label).map(([value, label]) => ({ value, label }));
    return { units: pairs((o) => [o.unitId, o.unitName]), plans: pairs((o) => [o.planId, o.planNumber ?? o.planTitle]) };
  }, [query.data]);
  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const matches = (o: ObligationItem) =>
    (!unitId || o.unitId === unitId) && (!planId || o.planId === planId) && (!timing || o.timing === timing) && (!status || (status === NO_REPORT ? o.reportStatus === null : o.reportStatus === status));
  return (
    <Stack>
      <Title order={2}>Báo cáo định kỳ</Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="xs">
        <Select label="Đơn vị" placeholder="Tất cả đơn vị" clearable searchable data={options.units} value={unitId} onChange={(v) => setFilter('don-vi', v)} />
        <Select label="Kế hoạch" placeholder="Tất cả kế hoạch" clearable data={options.plans} value={planId} onChange={(v) => setFilter('ke-hoach', v)} />
        <Select label="Tình trạng hạn" placeholder="Tất cả" clearable data={OBLIGATION_STATUSES.map((s) => ({ value: s, label: timingShortLabel(s) }))} value={timing} onChange={(v) => setFilter('han', v)} />
        <Select
          label="Trạng thái báo cáo"
          placeholder="Tất cả"
          clearable
          data={[{ value: NO_REPORT, label: 'Chưa soạn' }, ...REPORT_STATUSES.map((s: ReportStatus) => ({ value: s, label: reportStatusLabel(s) }))]}
          value={status}
          onChange={(v) => setFilter('trang-thai', v)}
        />
      </SimpleGrid>
      <QueryState query={query}>
        {({ obligations, today }) => {
          const shown = obligations.filter(matches);
          const day = session.today ?? today;
          if (obligations.length === 0) return <Text c="dimmed">Chưa có kỳ báo cáo nào phải nộp.</Text>;
          if (shown.length === 0) return <Text c="dimmed">Không có kỳ báo cáo nào khớp bộ lọc.</Text>;
          return (
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {shown.length} kỳ báo cáo{shown.length < obligations.length ? ` (trong ${obligations.length})` : ''} · hôm nay {formatDate(day)}
              </Text>
              {wide ? <InboxTable items={shown} today={day} /> : <InboxCards items={shown} today={day} />}
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
