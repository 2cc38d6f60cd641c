import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { IconReportAnalytics } from '@tabler/icons-react';
import { Link } from 'react-router';
import { PeriodStatusBadge } from '../../components/PeriodStatusBadge.tsx';
import { useSession } from '../../lib/session.tsx';
import { dueHint, stillOwed } from '../reporting/format.ts';
import { useObligations } from '../reporting/queries.ts';

const SHOWN = 3;

/**
 * "Báo cáo định kỳ sắp đến hạn": the unit's periodic reports that need
 * attention now (returned, overdue, due within a week), a step away from the
 * duties people open first.
 */
export function ReportingStrip() {
  const { can, today } = useSession();
  const query = useObligations({ enabled: can('report.read') });
  if (!can('report.read') || !query.data) return null;
  const day = today ?? query.data.today;
  const urgent = query.data.obligations.filter((o) => o.reportStatus === 'returned' || (stillOwed(o.timing) && o.timing !== 'not-due'));
  return (
    <Paper withBorder p="sm" component="section" aria-label="Báo cáo định kỳ sắp đến hạn" data-testid="reporting-strip">
      <Stack gap={6}>
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
            <IconReportAnalytics size={18} style={{ flexShrink: 0 }} />
            <Text size="sm" fw={600} truncate="end">
              Báo cáo định kỳ sắp đến hạn{urgent.length > 0 ? ` (${urgent.length})` : ''}
            </Text>
          </Group>
          <Anchor component={Link} to="/bao-cao" size="sm" style={{ flexShrink: 0 }}>
            Xem tất cả
          </Anchor>
        </Group>
        {urgent.length === 0 && (
          <Text size="sm" c="dimmed">
            Không có báo cáo nào quá hạn, bị trả lại hay sắp đến hạn.
          </Text>
        )}
        {urgent.slice(0, SHOWN).map((o) => (
          <Group key={o.id} gap="xs" wrap="nowrap" justify="space-between">
            <Anchor component={Link} to={`/bao-cao/${o.id}`} size="sm" truncate="end" style={{ minWidth: 0 }}>
              {o.periodLabel} · {o.unitName}
            </Anchor>
            <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
              {o.reportStatus === 'returned' ? (
                <Text size="xs" c="orange.8" fw={500}>
                  bị trả lại
                </Text>
              ) : (
                <Text size="xs" c={o.timing === 'overdue' ? 'red.7' : 'dimmed'} visibleFrom="xs">
                  {dueHint(o.dueDate, o.timing, day)}
                </Text>
              )}
              <PeriodStatusBadge timing={o.timing} size="xs" />
            </Group>
          </Group>
        ))}
        {urgent.length > SHOWN && (
          <Text size="xs" c="dimmed">
            và {urgent.length - SHOWN} kỳ báo cáo khác.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
