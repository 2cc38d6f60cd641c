import { Anchor, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DateText } from '../../components/DateText.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { StatusCountBadges } from '../../components/StatusBadge.tsx';
import { api, qs } from '../../lib/api.ts';
import type { PlanListItem } from '../../lib/types.ts';
import { useWide } from '../../lib/use-wide.ts';

function PlanTable({ plans }: { plans: PlanListItem[] }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Số</Table.Th>
            <Table.Th>Loại</Table.Th>
            <Table.Th>Ngày</Table.Th>
            <Table.Th>Trích yếu</Table.Th>
            <Table.Th>Nhiệm vụ</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plans.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={`/ke-hoach/${p.id}`} fw={500}>
                  {p.number ?? '(chưa có số)'}
                </Anchor>
              </Table.Td>
              <Table.Td>{p.type ?? '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <DateText date={p.date} />
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/ke-hoach/${p.id}`} c="inherit" lineClamp={3}>
                  {p.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <StatusCountBadges counts={p.dutyCounts} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function PlanCards({ plans }: { plans: PlanListItem[] }) {
  return (
    <Stack gap="xs">
      {plans.map((p) => (
        <Card key={p.id} withBorder padding="sm" component={Link} to={`/ke-hoach/${p.id}`}>
          <Stack gap={4}>
            <Group justify="space-between" gap="xs">
              <Text fw={600}>{p.number ?? '(chưa có số)'}</Text>
              <Text size="sm" c="dimmed">
                {p.type ?? ''} · <DateText date={p.date} />
              </Text>
            </Group>
            <Text size="sm" lineClamp={3}>
              {p.title}
            </Text>
            <StatusCountBadges counts={p.dutyCounts} />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

export default function PlansPage() {
  const wide = useWide();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [q] = useDebouncedValue(text.trim(), 300);
  // The server searches without diacritics ("dien bien" finds "Điện Biên").
  const query = useQuery({
    queryKey: ['plans', 'list', q],
    queryFn: async () => (await api.get<{ plans: PlanListItem[] }>(`/api/plans${qs({ q })}`)).plans,
    placeholderData: keepPreviousData,
  });
  const search = (value: string) => {
    setText(value);
    setParams(value.trim() ? { q: value } : {}, { replace: true });
  };
  return (
    <Stack>
      <Title order={2}>Kế hoạch</Title>
      <TextInput
        label="Tìm kế hoạch"
        placeholder="Số, trích yếu hoặc cơ quan ban hành — gõ có dấu hay không dấu đều được"
        leftSection={<IconSearch size={16} />}
        value={text}
        onChange={(e) => search(e.currentTarget.value)}
        maw={560}
      />
      <QueryState query={query}>
        {(plans) =>
          plans.length === 0 ? (
            <Text c="dimmed">{q ? `Không có kế hoạch nào khớp “${q}”.` : 'Chưa có kế hoạch nào.'}</Text>
          ) : (
            <Stack gap="xs" data-testid="plan-results">
              <Text size="sm" c="dimmed">
                {plans.length} kế hoạch
              </Text>
              {wide ? <PlanTable plans={plans} /> : <PlanCards plans={plans} />}
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
