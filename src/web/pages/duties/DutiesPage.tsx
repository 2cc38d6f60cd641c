import { Anchor, Button, Card, Group, Progress, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { CivilDate } from '../../../core/civil-date.ts';
import { DUTY_STATUSES, type DutyStatus } from '../../../core/duty/index.ts';
import { DUTY_ROLE_LABELS } from '../../../core/org/vocab.ts';
import { sortVietnamese } from '../../../core/text/vietnamese.ts';
import { DeadlineText } from '../../components/DateText.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { api, qs } from '../../lib/api.ts';
import { statusShortLabel } from '../../lib/format.ts';
import type { DutyView } from '../../lib/types.ts';
import { useWide } from '../../lib/use-wide.ts';
import { ReportingStrip } from './ReportingStrip.tsx';

function DutyProgress({ value }: { value: number }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Progress value={value} w={70} aria-label={`Tiến độ ${value}%`} />
      <Text size="xs">{value}%</Text>
    </Group>
  );
}

function DutyCards({ duties, today }: { duties: DutyView[]; today: CivilDate }) {
  return (
    <Stack gap="xs">
      {duties.map((d) => (
        <Card key={d.id} withBorder padding="sm" component={Link} to={`/nhiem-vu/${d.id}`} data-testid="duty-card">
          <Stack gap={6}>
            <Group justify="space-between" gap={4} wrap="nowrap">
              <Text size="xs" c="dimmed" truncate="end">
                {d.planNumber ?? d.planType ?? 'Kế hoạch'} · {DUTY_ROLE_LABELS[d.role]}
              </Text>
              <StatusBadge status={d.status} size="sm" style={{ flexShrink: 0 }} />
            </Group>
            <Text size="sm" fw={500} data-testid="duty-unit">
              {d.unitName}
            </Text>
            <Text size="sm" lineClamp={3}>
              {d.text}
            </Text>
            <Group justify="space-between" gap={4}>
              <DeadlineText deadline={d.deadline} status={d.status} today={today} size="xs" />
              <DutyProgress value={d.progress} />
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

function DutyTable({ duties, today }: { duties: DutyView[]; today: CivilDate }) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Kế hoạch</Table.Th>
            <Table.Th>Đơn vị</Table.Th>
            <Table.Th>Nhiệm vụ</Table.Th>
            <Table.Th>Vai trò</Table.Th>
            <Table.Th>Hạn</Table.Th>
            <Table.Th>Trạng thái</Table.Th>
            <Table.Th>Tiến độ</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {duties.map((d) => (
            <Table.Tr key={d.id} data-testid="duty-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={`/ke-hoach/${d.planId}`} size="sm">
                  {d.planNumber ?? '(chưa có số)'}
                </Anchor>
              </Table.Td>
              <Table.Td data-testid="duty-unit">{d.unitName}</Table.Td>
              <Table.Td maw={420}>
                <Anchor component={Link} to={`/nhiem-vu/${d.id}`} size="sm" lineClamp={2} c="inherit">
                  {d.text}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{DUTY_ROLE_LABELS[d.role]}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <DeadlineText deadline={d.deadline} status={d.status} today={today} />
              </Table.Td>
              <Table.Td>
                <StatusBadge status={d.status} />
              </Table.Td>
              <Table.Td>
                <DutyProgress value={d.progress} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export default function DutiesPage() {
  const wide = useWide();
  const [params, setParams] = useSearchParams();
  const planId = params.get('ke-hoach');
  const status = params.get('trang-thai') as DutyStatus | null;
  const unitId = params.get('don-vi');
  // The server sorts (overdue and due soon first); status and unit filter
  // here so that the unit choices, taken from the duties, stay put while the
  // status changes.
  const query = useQuery({
    queryKey: ['duties', 'list', planId],
    queryFn: () => api.get<{ duties: DutyView[]; today: CivilDate }>(`/api/duties${qs({ planId })}`),
  });
  const units = useMemo(
    () => sortVietnamese([...new Map((query.data?.duties ?? []).map((d) => [d.unitId, d.unitName])).entries()], ([, name]) => name).map(([value, label]) => ({ value, label })),
    [query.data],
  );
  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <Stack>
      <Title order={2}>Việc của đơn vị</Title>
      <ReportingStrip />
      {planId && (
        <Group gap="xs">
          <Text size="sm">
            Theo kế hoạch{' '}
            <Anchor component={Link} to={`/ke-hoach/${planId}`}>
              {query.data?.duties[0]?.planNumber ?? 'đã chọn'}
            </Anchor>
          </Text>
          <Button size="compact-xs" variant="subtle" onClick={() => setFilter('ke-hoach', null)}>
            Xem mọi kế hoạch
          </Button>
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} maw={720} spacing="xs">
        <Select
          label="Trạng thái"
          placeholder="Tất cả trạng thái"
          clearable
          data={DUTY_STATUSES.map((s) => ({ value: s, label: statusShortLabel(s) }))}
          value={status}
          onChange={(v) => setFilter('trang-thai', v)}
        />
        <Select label="Đơn vị" placeholder="Tất cả đơn vị" clearable searchable data={units} value={unitId} onChange={(v) => setFilter('don-vi', v)} />
      </SimpleGrid>
      <QueryState query={query}>
        {({ duties, today }) => {
          const shown = duties.filter((d) => (!status || d.status === status) && (!unitId || d.unitId === unitId));
          if (duties.length === 0) return <Text c="dimmed">Đơn vị chưa được giao nhiệm vụ nào.</Text>;
          if (shown.length === 0) return <Text c="dimmed">Không có nhiệm vụ nào khớp bộ lọc.</Text>;
          return (
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {shown.length} nhiệm vụ{shown.length < duties.length ? ` (trong ${duties.length})` : ''}
              </Text>
              {wide ? <DutyTable duties={shown} today={today} /> : <DutyCards duties={shown} today={today} />}
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
