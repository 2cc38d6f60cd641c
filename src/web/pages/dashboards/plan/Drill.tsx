import './dashboard.css';
import { Anchor, Badge, Box, Breadcrumbs, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconChevronRight, IconUsersGroup } from '@tabler/icons-react';
import { Link } from 'react-router';
import { XlsxButton } from '../../../components/ChartDownload.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { formatRate } from '../../../lib/charts-spec.ts';
import { OFFICE_STATUS_ORDER, officeStatusLabel, statusHex, toneColor } from '../../../lib/charts-tone.ts';
import { formatDate } from '../../../lib/format.ts';
import { dashboardXlsxUrl, useDashboardView, type DashboardFilters } from '../queries.ts';
import type { DashboardItem, DrillNode, DrillView, Summary } from '../types.ts';

/** Duties by status as one stacked bar, the counts in its label. */
export function StatusBar({ summary }: { summary: Summary }) {
  const total = summary.duties.total;
  const words = OFFICE_STATUS_ORDER.filter((s) => summary.duties.byStatus[s] > 0)
    .map((s) => `${officeStatusLabel(s)}: ${summary.duties.byStatus[s]}`)
    .join('; ');
  return (
    <div className="status-bar" role="img" aria-label={total ? words : 'Không có nhiệm vụ'}>
      {OFFICE_STATUS_ORDER.map((s) => (total && summary.duties.byStatus[s] ? <span key={s} style={{ width: `${(summary.duties.byStatus[s] / total) * 100}%`, background: statusHex(s) }} /> : null))}
    </div>
  );
}

function Figures({ s }: { s: Summary }) {
  return (
    <Text size="xs" c="dimmed">
      {s.duties.total} nhiệm vụ · quá hạn {s.overdue.total} · báo cáo {s.reporting.submitted}/{s.reporting.expected} ({formatRate(s.reporting.rate)})
    </Text>
  );
}

function ChildCard({ child, onOpen }: { child: DrillNode; onOpen: (id: string) => void }) {
  return (
    <Card withBorder padding="sm" component="button" type="button" onClick={() => onOpen(child.id)} data-testid="drill-child" aria-label={`Xem ${child.name}`} style={{ textAlign: 'left', cursor: 'pointer' }}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Group gap={6} wrap="nowrap">
          {child.kind === 'group' && <IconUsersGroup size={16} aria-hidden />}
          <Text fw={600} size="sm">
            {child.name}
          </Text>
        </Group>
        <IconChevronRight size={16} aria-hidden />
      </Group>
      {child.kind === 'group' && (
        <Badge size="xs" variant="light" tt="none" mt={2}>
          Nhóm {child.memberIds?.length ?? 0} đơn vị
        </Badge>
      )}
      <Box my={6}>
        <StatusBar summary={child} />
      </Box>
      <Figures s={child} />
    </Card>
  );
}

export function ItemList({ items, empty }: { items: DashboardItem[]; empty: string }) {
  if (items.length === 0) return <Text size="sm">{empty}</Text>;
  return (
    <Stack gap={6} data-testid="drill-items">
      {items.map((i) => (
        <Paper key={`${i.kind}-${i.id}`} withBorder p="xs" data-testid="drill-item">
          <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
            <Anchor component={Link} to={i.kind === 'duty' ? `/nhiem-vu/${i.id}` : `/bao-cao/${i.id}`} size="sm" lineClamp={3}>
              {i.title}
            </Anchor>
            <Badge color={toneColor(i.tone)} variant="light" tt="none" style={{ flexShrink: 0 }}>
              {i.label}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {i.kind === 'duty' ? 'Nhiệm vụ' : 'Báo cáo định kỳ'} · hạn {formatDate(i.dueDate, 'không có')}
            {i.daysOverdue > 0 && (
              <Text span c="red.7" fw={600} size="xs">
                {' '}
                · quá {i.daysOverdue} ngày
              </Text>
            )}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}

/**
 * The organisation tree, one level at a time: the province, the plan's
 * groups ("Các huyện ủy, thị ủy, thành ủy") as a level, a unit, and at a
 * unit its own duties and reports. The breadcrumbs go back up.
 */
export function Drill({ planId, filters, node, onNode, fileBase }: { planId: string; filters: DashboardFilters; node: string | null; onNode: (id: string | null) => void; fileBase: string }) {
  const query = useDashboardView<DrillView>(planId, 'drill', { period: filters.period }, { node });
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          Theo cây tổ chức
        </Title>
        <XlsxButton url={dashboardXlsxUrl(planId, 'drill', { period: filters.period }, { node })} fileName={`${fileBase}-drill.xlsx`} />
      </Group>
      <QueryState query={query}>
        {(d) => (
          <Stack gap="sm" data-testid="drill">
            <Box component="nav" aria-label="Vị trí trong cây tổ chức">
              <Breadcrumbs separator="›" style={{ flexWrap: 'wrap' }}>
                {d.path.map((p, i) =>
                  i === d.path.length - 1 ? (
                    <Text key={p.id} size="sm" fw={600} aria-current="page">
                      {p.name}
                    </Text>
                  ) : (
                    <Anchor key={p.id} component="button" type="button" size="sm" onClick={() => onNode(p.id)}>
                      {p.name}
                    </Anchor>
                  ),
                )}
              </Breadcrumbs>
            </Box>
            <Paper bg="gray.0" p="sm" data-testid="drill-node">
              <Text fw={700}>{d.node.name}</Text>
              <Box my={6} maw={480}>
                <StatusBar summary={d.node} />
              </Box>
              <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
                <Text size="sm">
                  Nhiệm vụ: <strong>{d.node.duties.total}</strong>
                </Text>
                <Text size="sm">
                  Quá hạn: <strong>{d.node.overdue.total}</strong>
                </Text>
                <Text size="sm">
                  Báo cáo {d.filters.periodLabel ?? ''}: <strong>{`${d.node.reporting.submitted}/${d.node.reporting.expected}`}</strong>
                </Text>
                <Text size="sm">
                  Đúng tiến độ: <strong>{formatRate(d.node.dutiesOnTrack)}</strong>
                </Text>
              </SimpleGrid>
            </Paper>
            {d.children.length > 0 && (
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs">
                {d.children.map((c) => (
                  <ChildCard key={c.id} child={c} onOpen={onNode} />
                ))}
              </SimpleGrid>
            )}
            {d.node.kind === 'unit' && (d.items.length > 0 || d.children.length === 0) && (
              <>
                <Title order={4} size="h6">
                  Việc của {d.node.name}
                </Title>
                <ItemList items={d.items} empty="Đơn vị không có nhiệm vụ, báo cáo nào của kế hoạch." />
              </>
            )}
          </Stack>
        )}
      </QueryState>
    </Paper>
  );
}
