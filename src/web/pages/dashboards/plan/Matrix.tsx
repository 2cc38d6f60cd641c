import './dashboard.css';
import { Alert, Box, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import { TONES, type Tone } from '../../../../core/dashboard/codes.ts';
import { XlsxButton } from '../../../components/ChartDownload.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { toneHex, toneLabel } from '../../../lib/charts-tone.ts';
import { formatDate } from '../../../lib/format.ts';
import { dashboardXlsxUrl, useDashboardView, type DashboardFilters } from '../queries.ts';
import type { LegendEntry, MatrixView } from '../types.ts';

/** The colours with the statuses behind each ("Đã xong, đúng hạn: Hoàn thành đúng hạn, Nộp đúng hạn"). */
export function ToneLegend({ legend }: { legend: LegendEntry[] }) {
  const byTone = new Map<Tone, string[]>();
  for (const l of legend) byTone.set(l.tone, [...(byTone.get(l.tone) ?? []), l.label]);
  return (
    <Group gap="md" role="list" aria-label="Chú giải màu">
      {TONES.filter((t) => byTone.has(t)).map((t) => (
        <Group key={t} gap={6} role="listitem" wrap="nowrap">
          <Box w={14} h={14} style={{ background: toneHex(t), borderRadius: 3, flexShrink: 0 }} />
          <Text size="xs" title={(byTone.get(t) ?? []).join(', ')}>
            {toneLabel(t)}
          </Text>
        </Group>
      ))}
    </Group>
  );
}

export const itemLink = (kind: 'duty' | 'obligation', id: string) => (kind === 'duty' ? `/nhiem-vu/${id}` : `/bao-cao/${id}`);

/**
 * Units down, the plan's duties and reports across (numbered; the key below
 * gives each number's title), a coloured square per item linking to it.
 * Compact so 25 units × 20 items fit a laptop; scrolls sideways on a phone
 * with the unit names kept in view.
 */
function Grid({ m }: { m: MatrixView }) {
  if (m.rows.length === 0) return <Text size="sm">Không có nhiệm vụ, báo cáo nào trong phạm vi đang xem.</Text>;
  return (
    <Stack gap="sm">
      {m.truncated && <Alert color="yellow">Bảng quá lớn, chỉ hiện một phần. Hãy lọc theo đơn vị.</Alert>}
      <div className="matrix-scroll" tabIndex={0} role="region" aria-label="Ma trận đơn vị và nhiệm vụ">
        <table className="matrix" data-testid="matrix">
          <thead>
            <tr>
              <th className="matrix-unit" scope="col">
                Đơn vị
              </th>
              {m.columns.map((c, i) => (
                <th key={c.key} scope="col" title={c.title}>
                  <Tooltip label={`${c.title}${c.dueDate ? ` — hạn ${formatDate(c.dueDate)}` : ''}`} multiline w={320} openDelay={300}>
                    <span className={c.kind === 'obligation' ? 'matrix-col matrix-col-report' : 'matrix-col'}>{c.kind === 'obligation' ? `B${i + 1}` : i + 1}</span>
                  </Tooltip>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {m.rows.map((r) => (
              <tr key={r.unitId}>
                <th className="matrix-unit" scope="row">
                  {r.unitName}
                </th>
                {r.cells.map((cell, i) => {
                  const col = m.columns[i];
                  if (!cell || !col) return <td key={i} className="matrix-empty" />;
                  const label = m.legend.find((l) => l.code === cell.code)?.label ?? cell.code;
                  const words = `${r.unitName} — ${col.title}: ${label}${cell.daysOverdue > 0 ? `, quá ${cell.daysOverdue} ngày` : ''}`;
                  return (
                    <td key={i}>
                      <Link to={itemLink(col.kind, cell.id)} className="matrix-cell" style={{ background: toneHex(cell.tone) }} aria-label={words} title={words} data-tone={cell.tone}>
                        {cell.daysOverdue > 0 ? cell.daysOverdue : ''}
                      </Link>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Text size="xs" c="dimmed">
        Số trong ô: số ngày quá hạn. Cột có chữ B là báo cáo định kỳ.
      </Text>
      <Box component="ol" className="matrix-key" fz="xs">
        {m.columns.map((c, i) => (
          <li key={c.key} value={i + 1}>
            <strong>{c.kind === 'obligation' ? `B${i + 1}` : i + 1}.</strong> {c.short}
            {c.dueDate ? ` (hạn ${formatDate(c.dueDate)})` : ''}
          </li>
        ))}
      </Box>
    </Stack>
  );
}

export function Matrix({ planId, filters, fileBase }: { planId: string; filters: DashboardFilters; fileBase: string }) {
  const query = useDashboardView<MatrixView>(planId, 'matrix', filters);
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          Ma trận đơn vị × nhiệm vụ, báo cáo
        </Title>
        <XlsxButton url={dashboardXlsxUrl(planId, 'matrix', filters)} fileName={`${fileBase}-matrix.xlsx`} />
      </Group>
      <QueryState query={query}>
        {(m) => (
          <Stack gap="sm">
            <ToneLegend legend={m.legend} />
            <Grid m={m} />
          </Stack>
        )}
      </QueryState>
    </Paper>
  );
}
