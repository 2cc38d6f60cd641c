import { Alert, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFileCheck, IconFileImport } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FilePicker } from '../../components/FilePicker.tsx';
import { api, ApiError } from '../../lib/api.ts';
import { registryKeys } from '../../lib/registry.ts';
import { useSession } from '../../lib/session.tsx';
import type { RegistryImportResult } from '../../lib/types.ts';

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="xs">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg">
        {value}
      </Text>
    </Paper>
  );
}

function ImportResult({ result }: { result: RegistryImportResult }) {
  return (
    <Stack gap="xs" data-testid="registry-import-result">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
        <Stat label="Số dòng" value={result.rows} />
        <Stat label="Thêm mới" value={result.created} />
        <Stat label="Cập nhật" value={result.updated} />
        <Stat label="Không đổi" value={result.unchanged} />
      </SimpleGrid>
      {result.errors.length > 0 && (
        <Alert color="red" title={`${result.errors.length} dòng có lỗi — sửa tệp rồi kiểm tra lại`} role="alert">
          <Table fz="sm" verticalSpacing={2}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>Dòng</Table.Th>
                <Table.Th>Lỗi</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.errors.map((e, i) => (
                <Table.Tr key={i}>
                  <Table.Td>Dòng {e.row}</Table.Td>
                  <Table.Td>{e.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Alert>
      )}
    </Stack>
  );
}

/** Export as spreadsheet; import with a dry run that lists every bad row before anything is written. */
export function RegistryIoPanel() {
  const { can } = useSession();
  const queryClient = useQueryClient();
  const [files, setFiles] = useState<File[]>([]);
  const [result, setResult] = useState<RegistryImportResult | null>(null);
  const [busy, setBusy] = useState<'check' | 'apply' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const file = files[0];

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(dryRun ? 'check' : 'apply');
    setError(null);
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      const r = await api.uploadWithProgress<RegistryImportResult>(`/api/registry/import?dryRun=${dryRun}`, form);
      setResult(r);
      if (!dryRun) {
        await queryClient.invalidateQueries({ queryKey: registryKeys.all });
        notifications.show({ color: 'green', message: `Đã nhập danh mục: thêm ${r.created}, cập nhật ${r.updated} đơn vị.` });
        setFiles([]);
      }
    } catch (e) {
      const rows = e instanceof ApiError ? (e.details as { errors?: RegistryImportResult['errors'] } | undefined)?.errors : undefined;
      if (rows && result) setResult({ ...result, errors: rows });
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  const checked = result?.dryRun && result.errors.length === 0;
  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={3} size="h4">
            Xuất danh mục đơn vị
          </Title>
          <Group gap="xs">
            <Button component="a" href="/api/registry/export?format=xlsx" download variant="light" leftSection={<IconDownload size={16} />}>
              Tải về Excel (.xlsx)
            </Button>
            <Button component="a" href="/api/registry/export?format=csv" download variant="light" leftSection={<IconDownload size={16} />}>
              Tải về CSV
            </Button>
          </Group>
        </Stack>
      </Paper>
      {can('registry.manage') && (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Title order={3} size="h4">
              Nhập danh mục từ tệp
            </Title>
            <Text size="sm" c="dimmed">
              Dùng tệp có cùng các cột như tệp xuất ra. Hệ thống kiểm tra trước (chạy thử), chỉ ghi khi bạn bấm “Áp dụng”.
            </Text>
            <FilePicker
              label="Tệp danh mục (.xlsx, .csv)"
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              files={files}
              onChange={(f) => {
                setFiles(f);
                setResult(null);
                setError(null);
              }}
            />
            <Group gap="xs">
              <Button leftSection={<IconFileCheck size={16} />} variant="default" disabled={!file} loading={busy === 'check'} onClick={() => void run(true)}>
                Kiểm tra (chạy thử)
              </Button>
              <Button leftSection={<IconFileImport size={16} />} disabled={!file || !checked} loading={busy === 'apply'} onClick={() => void run(false)}>
                Áp dụng
              </Button>
            </Group>
            {error !== null && <ErrorAlert error={error} title="Không nhập được danh mục" />}
            {result && <ImportResult result={result} />}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
