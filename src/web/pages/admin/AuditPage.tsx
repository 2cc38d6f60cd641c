import { Autocomplete, Badge, Button, Center, Collapse, Group, Paper, Select, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/QueryState.tsx';
import { api, qs } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import type { AuditEntry } from '../../lib/types.ts';
import { JsonDiff } from './JsonDiff.tsx';

/** Tables as the audit log names them, in words. */
const ENTITIES: Record<string, string> = {
  plans: 'Kế hoạch',
  plan_imports: 'Bản nhập kế hoạch',
  plan_citations: 'Văn bản được dẫn',
  content_areas: 'Nội dung kế hoạch',
  assignments: 'Phân công',
  duties: 'Nhiệm vụ',
  duty_updates: 'Cập nhật tiến độ',
  reporting_duties: 'Chế độ báo cáo',
  attachments: 'Tệp đính kèm',
  units: 'Đơn vị',
  unit_groups: 'Nhóm đơn vị',
  unit_group_members: 'Thành viên nhóm',
  users: 'Tài khoản',
};

const ACTION_PREFIXES = ['auth.', 'plan.', 'import.', 'duty.', 'attachment.', 'unit.', 'group.', 'user.', 'report.'];

const PAGE = 50;

function EntryRow({ entry }: { entry: AuditEntry }) {
  const [opened, { toggle }] = useDisclosure(false);
  return (
    <Paper withBorder p="xs">
      <UnstyledButton onClick={toggle} w="100%" aria-expanded={opened}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          {opened ? <IconChevronDown size={16} style={{ flexShrink: 0, marginTop: 3 }} /> : <IconChevronRight size={16} style={{ flexShrink: 0, marginTop: 3 }} />}
          <SimpleGrid cols={{ base: 1, sm: 4 }} spacing={4} style={{ flex: 1, minWidth: 0 }}>
            <Text size="sm" ff="monospace">
              {formatDateTime(entry.at)}
            </Text>
            <Text size="sm" truncate="end" title={entry.actorUsername ?? undefined}>
              {entry.actorName}
            </Text>
            <Badge variant="light" tt="none" w="fit-content">
              {entry.action}
            </Badge>
            <Text size="sm" truncate="end" title={entry.entityId}>
              {ENTITIES[entry.entity] ?? entry.entity}{' '}
              <Text span size="xs" c="dimmed" ff="monospace">
                {entry.entityId.slice(0, 8)}
              </Text>
            </Text>
          </SimpleGrid>
        </Group>
      </UnstyledButton>
      <Collapse expanded={opened}>
        <Stack gap={4} pt="xs">
          <Text size="xs" c="dimmed">
            Mã đối tượng: {entry.entityId} · Người thực hiện: {entry.actorUsername ?? 'hệ thống'}
          </Text>
          {opened && <JsonDiff before={entry.before} after={entry.after} />}
        </Stack>
      </Collapse>
    </Paper>
  );
}

export default function AuditPage() {
  const [entity, setEntity] = useState<string | null>(null);
  const [actionText, setActionText] = useState('');
  const [action] = useDebouncedValue(actionText.trim(), 300);
  // Keyset pages: each asks for rows older than the last one seen, so new
  // entries arriving meanwhile never shift or repeat a page.
  const query = useInfiniteQuery({
    queryKey: ['audit', entity, action],
    queryFn: ({ pageParam }) => api.get<{ entries: AuditEntry[]; nextBefore: number | null }>(`/api/audit${qs({ entity, action, before: pageParam, limit: PAGE })}`),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBefore,
  });
  const entries = query.data?.pages.flatMap((p) => p.entries) ?? [];
  return (
    <Stack>
      <Title order={2}>Nhật ký thay đổi</Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} maw={720} spacing="xs">
        <Select label="Đối tượng" placeholder="Tất cả" clearable searchable data={Object.entries(ENTITIES).map(([value, label]) => ({ value, label }))} value={entity} onChange={setEntity} />
        <Autocomplete label="Thao tác" placeholder="VD: plan. hoặc duty.progress" data={ACTION_PREFIXES} value={actionText} onChange={setActionText} />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        Giờ Việt Nam (GMT+7). Bấm vào một dòng để xem trước và sau khi thay đổi.
      </Text>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} title="Không tải được nhật ký" onRetry={() => void query.refetch()} />
      ) : entries.length === 0 ? (
        <Text c="dimmed">Không có thay đổi nào khớp bộ lọc.</Text>
      ) : (
        <Stack gap={6}>
          {entries.map((e) => (
            <EntryRow key={e.id} entry={e} />
          ))}
          {query.hasNextPage && (
            <Center>
              <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
                Xem thêm
              </Button>
            </Center>
          )}
        </Stack>
      )}
    </Stack>
  );
}
