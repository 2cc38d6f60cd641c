import { Alert, Button, Collapse, Group, Paper, Select, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { reportActionLabel, reportStatusLabel, type ReportContent, type ReportForm } from '../../../../core/reporting/index.ts';
import { ReportContentView } from '../../../components/ReportContentView.tsx';
import { ReportDiff } from '../../../components/ReportDiff.tsx';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import type { ReportEvent, ReportVersion } from '../types.ts';

const RETURNS = new Set(['return', 'reject']);

/** Who did what and when; a reason for sending back stands out, since the unit must act on it. */
export function ReportEvents({ events }: { events: ReportEvent[] }) {
  if (events.length === 0) return <Text size="sm" c="dimmed">Báo cáo chưa được gửi lần nào.</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="report-events">
      {events.map((e) => (
        <Timeline.Item key={e.id} title={`${reportActionLabel(e.action)}${e.versionNumber ? ` (lần gửi ${e.versionNumber})` : ''}`} color={RETURNS.has(e.action) ? 'orange' : undefined}>
          <Stack gap={4} mt={2}>
            <Text size="xs" c="dimmed">
              {e.actorName} · {formatDateTime(e.createdAt)} · {reportStatusLabel(e.fromStatus)} → {reportStatusLabel(e.toStatus)}
            </Text>
            {e.comment &&
              (RETURNS.has(e.action) ? (
                <Alert color="orange" variant="light" p="xs" title="Lý do trả lại">
                  <Text size="sm" className="preline">
                    {e.comment}
                  </Text>
                </Alert>
              ) : (
                <Text size="sm" className="preline" fs="italic">
                  {e.comment}
                </Text>
              ))}
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

function VersionItem({ version, form }: { version: ReportVersion; form: ReportForm }) {
  const [open, setOpen] = useState(false);
  return (
    <Paper withBorder p="xs">
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={500}>
          Lần gửi {version.number} · ngày {formatDate(version.submittedOn)}
        </Text>
        <Button size="compact-xs" variant="subtle" onClick={() => setOpen(!open)} aria-expanded={open} className="no-print">
          {open ? 'Thu gọn' : `Xem lần gửi ${version.number}`}
        </Button>
      </Group>
      <Collapse expanded={open}>
        <Stack pt="xs">
          <ReportContentView form={form} content={version.content} />
        </Stack>
      </Collapse>
    </Paper>
  );
}

const DRAFT = 'hien-tai';

/** Every submitted version, readable, and the difference between any two (or a version and the current text). */
export function ReportVersions({ versions, form, current }: { versions: ReportVersion[]; form: ReportForm; current: ReportContent }) {
  const last = versions[versions.length - 1];
  const [from, setFrom] = useState<string | null>(versions.length >= 2 ? String(versions[versions.length - 2]?.number) : last ? String(last.number) : null);
  const [to, setTo] = useState<string | null>(versions.length >= 2 ? String(last?.number) : DRAFT);
  if (versions.length === 0) return <Text size="sm" c="dimmed">Chưa có phiên bản đã gửi.</Text>;
  const options = [...versions.map((v) => ({ value: String(v.number), label: `Lần gửi ${v.number} (${formatDate(v.submittedOn)})` })), { value: DRAFT, label: 'Nội dung hiện tại' }];
  const contentOf = (key: string | null) => (key === DRAFT ? current : versions.find((v) => String(v.number) === key)?.content);
  const before = contentOf(from);
  const after = contentOf(to);
  return (
    <Stack gap="sm">
      {versions.map((v) => (
        <VersionItem key={v.number} version={v} form={form} />
      ))}
      <Paper withBorder p="sm" component="section" aria-label="So sánh phiên bản" className="no-print">
        <Stack gap="sm">
          <Title order={4} size="h5">
            So sánh hai phiên bản
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <Select label="Bản trước" data={options} value={from} onChange={setFrom} allowDeselect={false} />
            <Select label="Bản sau" data={options} value={to} onChange={setTo} allowDeselect={false} />
          </SimpleGrid>
          {before && after ? <ReportDiff form={form} before={before} after={after} /> : <Text size="sm" c="dimmed">Chọn hai bản để so sánh.</Text>}
        </Stack>
      </Paper>
    </Stack>
  );
}
