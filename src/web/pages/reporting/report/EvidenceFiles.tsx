import { Anchor, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconPaperclip, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { FilePicker } from '../../../components/FilePicker.tsx';
import { api } from '../../../lib/api.ts';
import { formatBytes } from '../../../lib/format.ts';
import { useSession } from '../../../lib/session.tsx';
import { uploadErrorMessage } from '../../duties/upload-errors.ts';
import type { ReportFile } from '../types.ts';

/**
 * Evidence attached to the draft (submitting freezes them into the version).
 * Uploading changes the report's version, so the caller saves the text first
 * and takes the new version back (`upload`).
 */
export function EvidenceFiles({ files, editable, upload }: { files: ReportFile[]; editable: boolean; upload: (form: FormData, onProgress: (fraction: number | null) => void) => Promise<void> }) {
  const { maxUploadBytes } = useSession();
  const [chosen, setChosen] = useState<File[]>([]);
  const [sent, setSent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const tooBig = maxUploadBytes ? chosen.filter((f) => f.size > maxUploadBytes) : [];
  const send = async () => {
    setError(null);
    setSent(0);
    const form = new FormData();
    for (const f of chosen) form.append('files', f, f.name);
    try {
      await upload(form, (fraction) => setSent(fraction));
      setChosen([]);
    } catch (e) {
      setError(uploadErrorMessage(e, chosen));
    } finally {
      setSent(null);
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-label="Tệp minh chứng">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Tệp minh chứng
        </Title>
        {files.length === 0 ? (
          <Text size="sm" c="dimmed">
            Chưa có tệp đính kèm.
          </Text>
        ) : (
          <Stack gap={4} data-testid="report-files">
            {files.map((f) => (
              <Anchor key={f.id} href={`/api/attachments/${f.id}`} download={f.fileName} size="sm">
                <Group gap={4} wrap="nowrap">
                  <IconPaperclip size={14} />
                  <span>
                    {f.fileName} ({formatBytes(f.size)})
                  </span>
                </Group>
              </Anchor>
            ))}
          </Stack>
        )}
        {editable && (
          <Stack gap="xs" className="no-print">
            <FilePicker
              label="Thêm tệp minh chứng"
              description={`Biên bản, văn bản, ảnh hội nghị… PDF, Word, Excel, ảnh${maxUploadBytes ? `; tối đa ${formatBytes(maxUploadBytes)} mỗi tệp` : ''}.`}
              multiple
              files={chosen}
              onChange={setChosen}
              disabled={sent !== null}
            />
            {tooBig.length > 0 && (
              <Text size="sm" c="red.7" role="alert">
                Tệp quá lớn: {tooBig.map((f) => f.name).join(', ')}. Hãy nén hoặc chia nhỏ trước khi gửi.
              </Text>
            )}
            {sent !== null && <Progress value={Math.round((sent ?? 0) * 100)} animated aria-label="Tiến độ tải lên" />}
            {error && (
              <Text size="sm" c="red.7" role="alert">
                {error}
              </Text>
            )}
            <Button variant="light" w="fit-content" leftSection={<IconUpload size={16} />} disabled={chosen.length === 0 || tooBig.length > 0} loading={sent !== null} onClick={() => void send()}>
              Tải tệp lên
            </Button>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** The upload itself, for the page to wrap between saving the text and taking the new version. */
export function uploadEvidence(obligationId: string, form: FormData, onProgress: (fraction: number | null) => void) {
  return api.uploadWithProgress<{ attachments: ReportFile[]; version: number }>(`/api/obligations/${obligationId}/report/attachments`, form, onProgress);
}
