import { Anchor, Card, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import { PeriodStatusBadge } from '../../../components/PeriodStatusBadge.tsx';
import { ReportStatusBadge } from '../../../components/ReportStatusBadge.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useWide } from '../../../lib/use-wide.ts';
import { timingColor } from '../format.ts';
import type { BoardView } from '../types.ts';

type Row = BoardView['rows'][number];

/** One cell: where the unit's report stands, linking to it. */
function Cell({ row }: { row: Row }) {
  return (
    <Anchor component={Link} to={`/bao-cao/${row.id}`} underline="never" aria-label={`Báo cáo của ${row.unitName}`}>
      <Stack gap={2} align="flex-start">
        <PeriodStatusBadge timing={row.timing} size="sm" style={{ cursor: 'pointer' }} />
        <ReportStatusBadge status={row.reportStatus} size="xs" style={{ cursor: 'pointer' }} />
        {row.firstSubmittedOn && (
          <Text size="xs" c="dimmed">
            gửi {formatDate(row.firstSubmittedOn)}
          </Text>
        )}
      </Stack>
    </Anchor>
  );
}

/**
 * Units down, the plan's reporting duties of this period across, each cell
 * tinted by timing: the DHIS2 "reporting rate summary" laid out the way an
 * office reads a roll call. Most units owe one report a period (different
 * assignments of one plan report on the same rhythm), and then the duties
 * share one column rather than leaving a dash in every other cell.
 */
export function BoardGrid({ board, periodLabel }: { board: BoardView; periodLabel: string }) {
  const wide = useWide();
  const units = [...new Map(board.rows.map((r) => [r.unitId, r.unitName])).entries()];
  const rowsOf = (unitId: string) => board.rows.filter((r) => r.unitId === unitId);
  const oneEach = units.every(([unitId]) => rowsOf(unitId).length <= 1);
  const duties = board.reportingDuties.filter((d) => board.rows.some((r) => r.reportingDutyId === d.id));
  const columns = oneEach ? [{ id: null, title: `Báo cáo ${periodLabel}`, text: null }] : duties.map((d, i) => ({ id: d.id, title: `Chế độ báo cáo ${i + 1}`, text: d.text }));
  const cell = (unitId: string, dutyId: string | null) => rowsOf(unitId).find((r) => dutyId === null || r.reportingDutyId === dutyId);
  if (board.rows.length === 0) return <Text c="dimmed">Kỳ này không có đơn vị nào phải báo cáo.</Text>;
  if (!wide) {
    return (
      <Stack gap="xs" data-testid="board-grid">
        {units.map(([unitId, unitName]) => (
          <Card key={unitId} withBorder padding="xs" data-testid="board-row">
            <Text size="sm" fw={500} mb={4}>
              {unitName}
            </Text>
            <Group gap="md">
              {rowsOf(unitId).map((row) => (
                <Cell key={row.id} row={row} />
              ))}
            </Group>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={Math.max(520, 260 + columns.length * 180)}>
      <Table withTableBorder verticalSpacing="xs" data-testid="board-grid">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Đơn vị</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c.id ?? 'all'}>
                {c.text ? (
                  <Tooltip label={c.text} multiline w={360} openDelay={300}>
                    <span>{c.title}</span>
                  </Tooltip>
                ) : (
                  c.title
                )}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map(([unitId, unitName]) => (
            <Table.Tr key={unitId} data-testid="board-row">
              <Table.Td>{unitName}</Table.Td>
              {columns.map((c) => {
                const row = cell(unitId, c.id);
                return (
                  <Table.Td key={c.id ?? 'all'} bg={row ? `${timingColor(row.timing)}.0` : undefined}>
                    {row ? <Cell row={row} /> : <Text size="xs" c="dimmed">—</Text>}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
