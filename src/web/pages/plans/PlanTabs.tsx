import { Anchor, Badge, Box, List, Paper, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { DateText } from '../../components/DateText.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { api } from '../../lib/api.ts';
import { cadenceLabel } from '../../lib/format.ts';
import type { PlanAssignment, PlanCitation, PlanReportingDuty } from '../../lib/types.ts';

export function CitationsTab({ cites }: { cites: PlanCitation[] }) {
  if (cites.length === 0) return <Text c="dimmed">Kế hoạch không dẫn văn bản nào.</Text>;
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Số hiệu</Table.Th>
            <Table.Th>Loại</Table.Th>
            <Table.Th>Ngày</Table.Th>
            <Table.Th>Cơ quan</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cites.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {c.planId ? (
                  <Anchor component={Link} to={`/ke-hoach/${c.planId}`} fw={500}>
                    {c.symbol}
                  </Anchor>
                ) : (
                  c.symbol
                )}
              </Table.Td>
              <Table.Td>{c.type ?? '—'}</Table.Td>
              <Table.Td>
                <DateText date={c.date} empty="(không ghi ngày)" />
              </Table.Td>
              <Table.Td>{c.issuer ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function ReportingTab({ reports, assignments }: { reports: PlanReportingDuty[]; assignments: PlanAssignment[] }) {
  if (reports.length === 0) return <Text c="dimmed">Kế hoạch không quy định chế độ báo cáo.</Text>;
  const unitTextOf = new Map(assignments.map((a) => [a.id, `${a.ord + 1}. ${a.unitText}`]));
  return (
    <Stack gap="sm">
      {reports.map((r) => (
        <Paper key={r.id} withBorder p="sm">
          <Stack gap={4}>
            <Badge variant="light" tt="none" w="fit-content">
              {cadenceLabel(r.cadence)}
            </Badge>
            <Text size="sm">{r.text}</Text>
            <Text size="sm">
              <b>Đơn vị báo cáo:</b> {r.assignmentId ? unitTextOf.get(r.assignmentId) : '—'} ({r.unitCount} đơn vị)
            </Text>
            <Text size="sm">
              <b>Báo cáo về:</b> {r.toText.join('; ') || '—'}
            </Text>
            {/* Recipients outside the registry (a central body) stay as written and receive nothing in the system. */}
            <Text size="xs" c="dimmed">
              Nhận báo cáo trong hệ thống: {r.to.join('; ') || 'chưa xác định'}
            </Text>
            {r.via && (
              <Text size="sm">
                <b>Qua:</b> {r.via}
              </Text>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

export function RecipientsTab({ recipients }: { recipients: string[] }) {
  if (recipients.length === 0) return <Text c="dimmed">Văn bản không ghi nơi nhận.</Text>;
  return (
    <List spacing={4}>
      {recipients.map((r, i) => (
        <List.Item key={i}>{r}</List.Item>
      ))}
    </List>
  );
}

export function SourceTab({ planId }: { planId: string }) {
  const query = useQuery({
    queryKey: ['plans', planId, 'source'],
    queryFn: () => api.get<{ sourceName: string | null; sourceText: string }>(`/api/plans/${planId}/source`),
    staleTime: Infinity,
  });
  return (
    <QueryState query={query}>
      {(source) => (
        <Stack gap="xs">
          {source.sourceName && (
            <Text size="sm" c="dimmed">
              Tệp: {source.sourceName}
            </Text>
          )}
          <Box component="pre" className="preline" ff="monospace" fz="sm" p="sm" bg="gray.0" m={0} style={{ borderRadius: 4, overflowWrap: 'anywhere' }} data-testid="plan-source">
            {source.sourceText}
          </Box>
        </Stack>
      )}
    </QueryState>
  );
}
