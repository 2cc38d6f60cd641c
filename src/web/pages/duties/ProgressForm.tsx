import { Alert, Button, Checkbox, Group, NumberInput, Paper, Progress, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { FilePicker } from '../../components/FilePicker.tsx';
import { api, ApiError } from '../../lib/api.ts';
import type { DutyView } from '../../lib/types.ts';
import { uploadErrorMessage } from './upload-errors.ts';

/** Posting progress with evidence files; what was typed survives any refusal. */
export function ProgressForm({ duty, onReload }: { duty: DutyView; onReload: () => Promise<unknown> }) {
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [progress, setProgress] = useState<number>(duty.progress);
  const [completed, setCompleted] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [sent, setSent] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const conflict = error instanceof ApiError && error.code === 'VERSION_CONFLICT';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSent(0);
    const form = new FormData();
    // Fields before files: the server reads the parts in order.
    form.append('text', text);
    form.append('progress', String(completed ? 100 : progress));
    form.append('completed', completed ? 'true' : 'false');
    form.append('version', String(duty.version));
    for (const f of files) form.append('files', f, f.name);
    try {
      await api.uploadWithProgress(`/api/duties/${duty.id}/updates`, form, (fraction) => setSent(fraction));
      setText('');
      setFiles([]);
      setCompleted(false);
      notifications.show({ color: 'green', message: 'Đã gửi cập nhật tiến độ.' });
      await Promise.all([onReload(), queryClient.invalidateQueries({ queryKey: ['duties', 'list'] }), queryClient.invalidateQueries({ queryKey: ['plans'] })]);
    } catch (e) {
      setError(e);
    } finally {
      setSent(null);
    }
  };

  const reload = async () => {
    await onReload();
    setError(null);
  };

  return (
    <Paper withBorder p="md" component="section" aria-label="Cập nhật tiến độ">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={3} size="h4">
            Cập nhật tiến độ
          </Title>
          <Textarea label="Nội dung cập nhật" placeholder="Đã làm gì, kết quả, văn bản đã ban hành…" required autosize minRows={3} maxRows={10} value={text} onChange={(e) => setText(e.currentTarget.value)} />
          <Group align="flex-end" gap="md">
            <NumberInput label="Tiến độ (%)" min={0} max={100} step={10} clampBehavior="strict" allowDecimal={false} value={completed ? 100 : progress} onChange={(v) => setProgress(typeof v === 'number' ? v : 0)} disabled={completed} w={140} />
            <Checkbox label="Đã hoàn thành" checked={completed} onChange={(e) => setCompleted(e.currentTarget.checked)} mb={8} />
          </Group>
          <FilePicker label="Tệp minh chứng" description="Có thể chọn nhiều tệp: PDF, Word, Excel, ảnh…" multiple files={files} onChange={setFiles} disabled={sent !== null} />
          {sent !== null && <Progress value={Math.round((sent ?? 0) * 100)} animated aria-label="Tiến độ gửi" />}
          {conflict ? (
            <Alert color="red" role="alert" title="Nhiệm vụ vừa được cập nhật bởi người khác">
              <Text size="sm">Cập nhật của bạn chưa được ghi. Tải lại để xem bản mới nhất — nội dung bạn đã nhập vẫn giữ nguyên — rồi gửi lại.</Text>
              <Button mt="xs" size="xs" color="red" onClick={() => void reload()}>
                Tải lại
              </Button>
            </Alert>
          ) : (
            error !== null && (
              <Alert color="red" role="alert" title="Chưa gửi được cập nhật">
                {uploadErrorMessage(error, files, 'Nội dung cập nhật chưa hợp lệ: hãy nhập nội dung và tiến độ từ 0 đến 100.')}
              </Alert>
            )
          )}
          <Group>
            <Button type="submit" leftSection={<IconSend size={16} />} loading={sent !== null} disabled={!text.trim() || conflict}>
              Gửi cập nhật
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
