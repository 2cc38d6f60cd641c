import { Anchor, Badge, Group, Paper, Progress, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { DUTY_ROLE_LABELS } from '../../../core/org/vocab.ts';
import { DateText, DeadlineText } from '../../components/DateText.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { api } from '../../lib/api.ts';
import { DUTY_KIND_LABELS, formatBytes, formatDateTime, todayInVietnam } from '../../lib/format.ts';
import type { DutyDetail, DutyUpdate } from '../../lib/types.ts';
import { ProgressForm } from './ProgressForm.tsx';
import { DutyExtras } from '../reporting/DutyExtras.tsx';
import { Fact } from '../../components/Fact.tsx';

function History({ updates }: { updates: DutyUpdate[] }) {
  if (updates.length === 0) return <Text c="dimmed">Chưa có cập nhật nào.</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="duty-history">
      {updates.map((u) => (
        <Timeline.Item key={u.id} title={`${u.authorName} · ${formatDateTime(u.createdAt)}`}>
          <Stack gap={4} mt={4}>
            <Text size="sm" className="preline">
              {u.text}
            </Text>
            <Group gap="xs">
              <Badge variant="light" tt="none">
                Tiến độ {u.progress}%
              </Badge>
              {u.completedOn && (
                <Badge color="green" variant="light" tt="none">
                  Hoàn thành ngày <DateText date={u.completedOn} />
                </Badge>
              )}
            </Group>
            {u.attachments.map((a) => (
              <Anchor key={a.id} href={`/api/attachments/${a.id}`} download={a.fileName} size="sm">
                <Group gap={4} wrap="nowrap">
                  <IconPaperclip size={14} />
                  <span>
                    {a.fileName} ({formatBytes(a.size)})
                  </span>
                </Group>
              </Anchor>
            ))}
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

function DutyDetails({ data, reload }: { data: DutyDetail; reload: () => Promise<unknown> }) {
  const { duty } = data;
  const today = todayInVietnam();
  return (
    <Stack>
      <Anchor component={Link} to="/viec-cua-don-vi" size="sm">
        ← Việc của đơn vị
      </Anchor>
      <Stack gap={4}>
        <Group gap="xs">
          <Title order={2} size="h3">
            Nhiệm vụ của {duty.unitName}
          </Title>
          <StatusBadge status={duty.status} />
        </Group>
        <Text size="sm">
          Theo{' '}
          <Anchor component={Link} to={`/ke-hoach/${duty.planId}`}>
            {duty.planType ?? 'kế hoạch'} {duty.planNumber ? `số ${duty.planNumber}` : ''}
          </Anchor>{' '}
          — {duty.planTitle}
        </Text>
      </Stack>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Text className="preline">{duty.text}</Text>
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
            <Fact label="Vai trò">{DUTY_ROLE_LABELS[duty.role]}</Fact>
            <Fact label="Loại nhiệm vụ">{DUTY_KIND_LABELS[duty.kind]}</Fact>
            <Fact label="Thời hạn">
              <DeadlineText deadline={duty.deadline} status={duty.status} today={today} />
              {duty.deadlineText && (
                <Text size="xs" c="dimmed">
                  ({duty.deadlineText})
                </Text>
              )}
            </Fact>
            <Fact label="Tiến độ">
              <Group gap={6} wrap="nowrap">
                <Progress value={duty.progress} w={80} aria-label={`Tiến độ ${duty.progress}%`} />
                <span>{duty.progress}%</span>
              </Group>
            </Fact>
            {duty.completedOn && (
              <Fact label="Ngày hoàn thành">
                <DateText date={duty.completedOn} />
              </Fact>
            )}
          </SimpleGrid>
        </Stack>
      </Paper>
      <DutyExtras detail={data} />
      {data.abilities.update && <ProgressForm duty={duty} onReload={reload} />}
      <Title order={3} size="h4">
        Quá trình thực hiện
      </Title>
      <History updates={data.updates} />
    </Stack>
  );
}

export default function DutyPage() {
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: ['duties', id], queryFn: () => api.get<DutyDetail>(`/api/duties/${id}`) });
  return <QueryState query={query}>{(data) => <DutyDetails data={data} reload={() => query.refetch()} />}</QueryState>;
}
