import { Button, Group, Paper, Progress, Stack, Tabs, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconClipboardText, IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FilePicker } from '../../components/FilePicker.tsx';
import { api } from '../../lib/api.ts';
import type { ImportView } from '../../lib/types.ts';

/** Where an upload stands: sending bytes (with a fraction when known), then the server reading the document. */
type UploadPhase = { kind: 'idle' } | { kind: 'sending'; fraction: number | null } | { kind: 'reading' };

function UploadForm() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [files, setFiles] = useState<File[]>([]);
  const [phase, setPhase] = useState<UploadPhase>({ kind: 'idle' });
  const [error, setError] = useState<unknown>(null);
  const file = files[0];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setError(null);
    setPhase({ kind: 'sending', fraction: 0 });
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      const view = await api.uploadWithProgress<ImportView>('/api/imports', form, (fraction) =>
        setPhase(fraction === 1 ? { kind: 'reading' } : { kind: 'sending', fraction }),
      );
      queryClient.setQueryData(['imports', view.id], view);
      await queryClient.invalidateQueries({ queryKey: ['imports', 'list'] });
      navigate(`/nhap-ke-hoach/${view.id}`);
    } catch (e) {
      setError(e);
      setPhase({ kind: 'idle' });
    }
  };

  const busy = phase.kind !== 'idle';
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <FilePicker label="Tệp văn bản kế hoạch" description=".txt, .docx hoặc .pdf (có lớp chữ)" accept=".txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document" files={files} onChange={setFiles} disabled={busy} />
        {phase.kind === 'sending' && (
          <Stack gap={4}>
            <Progress value={phase.fraction === null ? 100 : Math.round(phase.fraction * 100)} animated={phase.fraction === null} aria-label="Tiến độ tải lên" />
            <Text size="xs" c="dimmed">
              Đang tải lên{phase.fraction === null ? '…' : ` ${Math.round(phase.fraction * 100)}%`}
            </Text>
          </Stack>
        )}
        {phase.kind === 'reading' && (
          <Stack gap={4}>
            <Progress value={100} animated aria-label="Đang phân tích" />
            <Text size="xs" c="dimmed">
              Đã tải lên. Đang đọc và phân tích văn bản…
            </Text>
          </Stack>
        )}
        {error !== null && <ErrorAlert error={error} title="Không nhập được văn bản" />}
        <Group>
          <Button type="submit" leftSection={<IconUpload size={16} />} disabled={!file} loading={busy}>
            Tải lên và phân tích
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function PasteForm() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const view = await api.post<ImportView>('/api/imports/text', { text, fileName: fileName.trim() || undefined });
      queryClient.setQueryData(['imports', view.id], view);
      await queryClient.invalidateQueries({ queryKey: ['imports', 'list'] });
      navigate(`/nhap-ke-hoach/${view.id}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <TextInput label="Tên gọi (không bắt buộc)" placeholder="VD: KH 82 Tỉnh ủy" value={fileName} onChange={(e) => setFileName(e.currentTarget.value)} />
        <Textarea label="Nội dung văn bản" placeholder="Dán toàn bộ nội dung văn bản kế hoạch vào đây" autosize minRows={8} maxRows={20} value={text} onChange={(e) => setText(e.currentTarget.value)} />
        {error !== null && <ErrorAlert error={error} title="Không nhập được văn bản" />}
        <Group>
          <Button type="submit" leftSection={<IconClipboardText size={16} />} disabled={!text.trim()} loading={busy}>
            Phân tích nội dung
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function NewImportForm() {
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Nhập kế hoạch mới
        </Title>
        <Tabs defaultValue="file" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="file">Tải tệp lên</Tabs.Tab>
            <Tabs.Tab value="paste">Dán nội dung</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="file" pt="sm">
            <UploadForm />
          </Tabs.Panel>
          <Tabs.Panel value="paste" pt="sm">
            <PasteForm />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Paper>
  );
}
