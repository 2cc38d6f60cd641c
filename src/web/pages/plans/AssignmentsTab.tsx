import { Anchor, Badge, Group, Paper, Progress, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { CivilDate } from '../../../core/civil-date.ts';
import { DUTY_ROLE_LABELS } from '../../../core/org/vocab.ts';
import { DateText, DeadlineText } from '../../components/DateText.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { DUTY_KIND_LABELS } from '../../lib/format.ts';
import type { PlanAssignment, PlanDuty } from '../../lib/types.ts';

type Grouping = 'duty' | 'unit';

interface DutyGroup {
  key: string;
  title: string;
  subtitle: ReactNode;
  rows: PlanDuty[];
}

/** Duties of one assignment, either one block per duty (all its units) or one block per unit (all its duties). */
function groupDuties(duties: PlanDuty[], by: Grouping): DutyGroup[] {
  const groups = new Map<string, DutyGroup>();
  for (const d of duties) {
    const key = by === 'duty' ? `${d.kind}|${d.text}|${d.deadline ?? ''}` : d.unitId;
    let g = groups.get(key);
    if (!g) {
      g =
        by === 'duty'
          ? {
              key,
              title: d.text,
              subtitle: (
                <>
                  {DUTY_KIND_LABELS[d.kind]} · Hạn: <DateText date={d.deadline} empty="không có hạn" />
                  {d.deadlineText ? ` (${d.deadlineText})` : ''}
                </>
              ),
              rows: [],
            }
          : { key, title: d.unitName, subtitle: DUTY_ROLE_LABELS[d.role], rows: [] };
      groups.set(key, g);
    }
    g.rows.push(d);
  }
  return [...groups.values()];
}

function DutyRows({ rows, by, today }: { rows: PlanDuty[]; by: Grouping; today: CivilDate }) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{by === 'duty' ? 'Đơn vị' : 'Nhiệm vụ'}</Table.Th>
            <Table.Th>Vai trò</Table.Th>
            {by === 'unit' && <Table.Th>Hạn</Table.Th>}
            <Table.Th>Trạng thái</Table.Th>
            <Table.Th w={110}>Tiến độ</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>
                <Anchor component={Link} to={`/nhiem-vu/${d.id}`} size="sm" lineClamp={by === 'unit' ? 2 : undefined}>
                  {by === 'duty' ? d.unitName : d.text}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{DUTY_ROLE_LABELS[d.role]}</Table.Td>
              {by === 'unit' && (
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <DeadlineText deadline={d.deadline} status={d.status} today={today} />
                </Table.Td>
              )}
              <Table.Td>
                <StatusBadge status={d.status} size="sm" />
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Progress value={d.progress} w={60} aria-label={`Tiến độ ${d.progress}%`} />
                  <Text size="xs">{d.progress}%</Text>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function AssignmentCard({ assignment, duties, by, today, order }: { assignment: PlanAssignment; duties: PlanDuty[]; by: Grouping; today: CivilDate; order: (a: PlanDuty, b: PlanDuty) => number }) {
  const sorted = useMemo(() => [...duties].sort(order), [duties, order]);
  const unitsByRole = (role: PlanDuty['role']) => [...new Map(sorted.filter((d) => d.role === role).map((d) => [d.unitId, d.unitName])).values()];
  const leads = unitsByRole('chu-tri');
  const partners = unitsByRole('phoi-hop');
  const groups = groupDuties(sorted, by);
  return (
    <Paper component="section" aria-label={`Phân công ${assignment.ord + 1}: ${assignment.unitText}`} withBorder p="sm">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {assignment.ord + 1}. {assignment.unitText}
        </Title>
        {assignment.groups.length > 0 && (
          <Group gap={4}>
            {assignment.groups.map((g) => (
              <Badge key={g.id} variant="outline" tt="none">
                Nhóm: {g.name}
              </Badge>
            ))}
          </Group>
        )}
        <Text size="sm" className="preline" bg="gray.0" p="xs" style={{ borderRadius: 4 }}>
          {assignment.text}
        </Text>
        <Text size="sm" data-testid="lead-units">
          <b>Chủ trì ({leads.length}):</b> {leads.join(', ') || '—'}
        </Text>
        {partners.length > 0 && (
          <Text size="sm">
            <b>Phối hợp ({partners.length}):</b> {partners.join(', ')}
          </Text>
        )}
        {groups.map((g) => (
          <Stack key={g.key} gap={4}>
            <Text size="sm" fw={600} lineClamp={by === 'duty' ? 3 : undefined}>
              {g.title}
            </Text>
            <Text size="xs" c="dimmed">
              {g.subtitle}
            </Text>
            <DutyRows rows={g.rows} by={by} today={today} />
          </Stack>
        ))}
        {duties.length === 0 && (
          <Text size="sm" c="dimmed">
            Không có nhiệm vụ nào trong phạm vi của bạn.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

export function AssignmentsTab({ assignments, duties, today, order }: { assignments: PlanAssignment[]; duties: PlanDuty[]; today: CivilDate; order: (a: PlanDuty, b: PlanDuty) => number }) {
  const [by, setBy] = useState<Grouping>('duty');
  const byAssignment = useMemo(() => {
    const map = new Map<string, PlanDuty[]>();
    for (const d of duties) if (d.assignmentId) map.set(d.assignmentId, [...(map.get(d.assignmentId) ?? []), d]);
    return map;
  }, [duties]);
  if (assignments.length === 0) return <Text c="dimmed">Kế hoạch không có phân công.</Text>;
  return (
    <Stack>
      <SegmentedControl
        aria-label="Nhóm nhiệm vụ"
        w="fit-content"
        value={by}
        onChange={(v) => setBy(v as Grouping)}
        data={[
          { value: 'duty', label: 'Theo nhiệm vụ' },
          { value: 'unit', label: 'Theo đơn vị' },
        ]}
      />
      {assignments.map((a) => (
        <AssignmentCard key={a.id} assignment={a} duties={byAssignment.get(a.id) ?? []} by={by} today={today} order={order} />
      ))}
    </Stack>
  );
}
