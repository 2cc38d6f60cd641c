import { Anchor, Badge, Button, Collapse, Divider, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFileSearch } from '@tabler/icons-react';
import { memo, useMemo } from 'react';
import { expandTargets, type DraftAssignment } from '../../../../core/plan/draft.ts';
import { sortVietnamese } from '../../../../core/text/vietnamese.ts';
import type { RegistryData } from '../../../components/UnitRefSelect.tsx';
import { DutiesEditor } from './DutiesEditor.tsx';
import { ReportsEditor } from './ReportsEditor.tsx';
import { TargetList } from './TargetList.tsx';

/** "→ 15 đơn vị": how many units the assignment reaches once groups are expanded. */
function ReachPreview({ assignment, registry }: { assignment: DraftAssignment; registry: RegistryData }) {
  const [opened, { toggle }] = useDisclosure(false);
  const leads = useMemo(() => expandTargets(assignment.targets, registry.members), [assignment.targets, registry.members]);
  const partners = useMemo(() => expandTargets(assignment.partners, registry.members).filter((id) => !leads.includes(id)), [assignment.partners, registry.members, leads]);
  const nameOf = useMemo(() => new Map(registry.units.map((u) => [u.id, u.name])), [registry.units]);
  const names = (ids: string[]) => sortVietnamese(ids.map((id) => nameOf.get(id) ?? id), (n) => n);
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text fw={600} c="red.8" data-testid="reach-preview">
          → {leads.length} đơn vị
        </Text>
        {partners.length > 0 && <Text size="sm">(phối hợp: {partners.length} đơn vị)</Text>}
        {leads.length > 0 && (
          <Anchor component="button" type="button" size="sm" onClick={toggle}>
            {opened ? 'Ẩn danh sách' : 'Xem danh sách'}
          </Anchor>
        )}
      </Group>
      <Collapse expanded={opened}>
        <List size="sm" spacing={0}>
          {names(leads).map((n) => (
            <List.Item key={n}>{n} — chủ trì</List.Item>
          ))}
          {names(partners).map((n) => (
            <List.Item key={n}>{n} — phối hợp</List.Item>
          ))}
        </List>
      </Collapse>
    </Stack>
  );
}

function AssignmentEditorView({
  index,
  assignment,
  problemCount,
  registry,
  date,
  onChange,
  onLocate,
}: {
  index: number;
  assignment: DraftAssignment;
  problemCount: number;
  registry: RegistryData;
  date: string | null;
  onChange: (index: number, assignment: DraftAssignment) => void;
  onLocate: (assignment: DraftAssignment) => void;
}) {
  const [showText, { toggle }] = useDisclosure(false);
  const set = (patch: Partial<DraftAssignment>) => onChange(index, { ...assignment, ...patch });
  return (
    <Paper component="section" id={`assignment-${index}`} aria-label={`Phân công ${index + 1}: ${assignment.unitText}`} withBorder p="sm" style={problemCount ? { borderColor: 'var(--mantine-color-red-5)' } : undefined}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={4} size="h5">
            {index + 1}. {assignment.unitText || '(chưa ghi đơn vị)'}
          </Title>
          {problemCount > 0 && (
            <Badge color="red" variant="light" tt="none" style={{ flexShrink: 0 }}>
              {problemCount} chỗ cần sửa
            </Badge>
          )}
        </Group>
        <Group gap="xs">
          <Button size="compact-sm" variant="light" leftSection={<IconFileSearch size={14} />} onClick={() => onLocate(assignment)}>
            Xem trong văn bản gốc
          </Button>
          <Anchor component="button" type="button" size="sm" onClick={toggle}>
            {showText ? 'Ẩn nguyên văn' : 'Nguyên văn phân công'}
          </Anchor>
        </Group>
        <Collapse expanded={showText}>
          <Text size="sm" className="preline" bg="gray.0" p="xs">
            {assignment.text}
          </Text>
        </Collapse>
        <ReachPreview assignment={assignment} registry={registry} />
        <TargetList
          title="Đơn vị chủ trì"
          labelPrefix="Đơn vị thực hiện"
          addLabel="Thêm đơn vị thực hiện"
          targets={assignment.targets}
          registry={registry}
          date={date}
          onChange={(targets) => set({ targets })}
        />
        <TargetList
          title="Đơn vị phối hợp"
          labelPrefix="Đơn vị phối hợp"
          addLabel="Thêm đơn vị phối hợp"
          targets={assignment.partners}
          registry={registry}
          date={date}
          onChange={(partners) => set({ partners })}
        />
        <Divider />
        <DutiesEditor duties={assignment.duties} onChange={(duties) => set({ duties })} />
        <Divider />
        <ReportsEditor reports={assignment.reports} registry={registry} date={date} onChange={(reports) => set({ reports })} />
      </Stack>
    </Paper>
  );
}

/** Memoised: typing in one assignment re-renders only that one. */
export const AssignmentEditor = memo(AssignmentEditorView);
