import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { api } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import type { ImportStatus, ImportSummary } from '../../lib/types.ts';
import { NewImportForm } from './NewImportForm.tsx';

const STATUS: Record<ImportStatus, { label: string; color: string }> = {
  draft: { label: 'Đang kiểm tra', color: 'blue' },
  published: { label: 'Đã công bố', color: 'green' },
  discarded: { label: 'Đã hủy', color: 'gray' },
};

function ImportCard({ item }: { item: ImportSummary }) {
  const status = STATUS[item.status];
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Anchor component={Link} to={item.status === 'published' && item.planId ? `/ke-hoach/${item.planId}` : `/nhap-ke-hoach/${item.id}`} fw={500} style={{ overflowWrap: 'anywhere' }}>
            {item.sourceName}
          </Anchor>
          <Text size="xs" c="dimmed">
            {formatDateTime(item.createdAt)} · {item.sourceFormat}
          </Text>
          {item.status === 'draft' && (item.problems.length > 0 || item.duplicate) && (
            <Text size="xs" c="orange.8">
              {item.problems.length > 0 ? `${item.problems.length} chỗ cần sửa` : ''}
              {item.problems.length > 0 && item.duplicate ? ' · ' : ''}
              {item.duplicate ? `trùng số ${item.duplicate.number}` : ''}
            </Text>
          )}
        </Stack>
        <Badge color={status.color} variant="light" tt="none" style={{ flexShrink: 0 }}>
          {status.label}
        </Badge>
      </Group>
    </Card>
  );
}

export default function ImportsPage() {
  const query = useQuery({ queryKey: ['imports', 'list'], queryFn: async () => (await api.get<{ imports: ImportSummary[] }>('/api/imports')).imports });
  return (
    <Stack>
      <Title order={2}>Nhập kế hoạch</Title>
      <NewImportForm />
      <Title order={3} size="h4">
        Các bản nhập gần đây
      </Title>
      <QueryState query={query}>
        {(imports) =>
          imports.length === 0 ? (
            <Text c="dimmed">Chưa có bản nhập nào.</Text>
          ) : (
            <Stack gap="xs">
              {imports.map((item) => (
                <ImportCard key={item.id} item={item} />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
