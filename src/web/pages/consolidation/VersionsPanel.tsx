import { Button, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { DownloadButton, XlsxButton } from '../../components/ChartDownload.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { RichTextView } from '../../components/RichTextView.tsx';
import { api } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { consolidationKeys, exportName, sectionNumbers, type ConsolidationView, type VersionListItem, type VersionView } from './types.ts';

/** "Lưu phiên bản": a named, immutable snapshot (the text sent to the Standing Committee, say). */
export function SaveVersionButton({ view, disabled, onSaved }: { view: ConsolidationView; disabled: boolean; onSaved: (version: number) => void }) {
  const [opened, { open, close }] = useDisclosure(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const queryClient = useQueryClient();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved = await api.post<{ number: number; version: number }>(`/api/consolidations/${view.id}/versions`, { version: view.version, note });
      await queryClient.invalidateQueries({ queryKey: consolidationKeys.versions(view.id) });
      onSaved(saved.version);
      setNote('');
      close();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="default" size="sm" onClick={open} disabled={disabled} title={disabled ? 'Lưu các thay đổi trước khi lưu phiên bản' : undefined}>
        Lưu phiên bản
      </Button>
      <Modal opened={opened} onClose={close} title="Lưu phiên bản">
        <form onSubmit={submit}>
          <Stack>
            <Text size="sm">Phiên bản giữ nguyên nội dung hiện tại, không sửa được nữa; có thể xem và tải lại bất cứ lúc nào.</Text>
            <TextInput label="Tên phiên bản" placeholder="Ví dụ: Bản trình Thường trực Tỉnh ủy" value={note} onChange={(e) => setNote(e.currentTarget.value)} required maxLength={500} data-autofocus />
            {error !== null && <ErrorAlert error={error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Thôi
              </Button>
              <Button type="submit" loading={busy} disabled={!note.trim()}>
                Lưu phiên bản
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

function VersionBody({ id, number, base }: { id: string; number: number; base: ConsolidationView }) {
  const query = useQuery({ queryKey: consolidationKeys.version(id, number), queryFn: () => api.get<VersionView>(`/api/consolidations/${id}/versions/${number}`) });
  return (
    <QueryState query={query}>
      {(v) => {
        const numbers = sectionNumbers(v.content.sections);
        return (
          <Stack gap="sm">
            <Group gap="xs">
              <DownloadButton url={`/api/consolidations/${id}/export.docx?version=${number}`} fileName={exportName(base, 'docx')} icon={<IconFileTypeDocx size={14} />}>
                Tải Word phiên bản này
              </DownloadButton>
              <XlsxButton url={`/api/consolidations/${id}/export.xlsx?version=${number}`} fileName={exportName(base, 'xlsx')} />
            </Group>
            <Text fw={700} ta="center">
              BÁO CÁO
            </Text>
            <Text fw={700} ta="center">
              {v.title}
            </Text>
            {v.content.sections.map((s) => (
              <div key={s.key}>
                {s.level > 0 && (
                  <Title order={4} size="h6">
                    {numbers.get(s.key)} {s.level === 1 ? s.title.toLocaleUpperCase('vi') : s.title}
                  </Title>
                )}
                <RichTextView html={s.html} empty="" />
              </div>
            ))}
          </Stack>
        );
      }}
    </QueryState>
  );
}

/** Saved versions: who saved which, when; each can be read and downloaded as it was. */
export function VersionsPanel({ view }: { view: ConsolidationView }) {
  const query = useQuery({
    queryKey: consolidationKeys.versions(view.id),
    queryFn: async () => (await api.get<{ versions: VersionListItem[] }>(`/api/consolidations/${view.id}/versions`)).versions,
  });
  const [shown, setShown] = useState<VersionListItem | null>(null);
  return (
    <QueryState query={query}>
      {(versions) =>
        versions.length === 0 ? (
          <Text size="sm" c="dimmed">
            Chưa lưu phiên bản nào. Dùng “Lưu phiên bản” khi có bản trình lãnh đạo.
          </Text>
        ) : (
          <>
            <Table.ScrollContainer minWidth={420}>
              <Table striped withTableBorder fz="sm" data-testid="versions">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Số</Table.Th>
                    <Table.Th>Tên phiên bản</Table.Th>
                    <Table.Th>Người lưu</Table.Th>
                    <Table.Th>Lúc</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {[...versions].reverse().map((v) => (
                    <Table.Tr key={v.number}>
                      <Table.Td>{v.number}</Table.Td>
                      <Table.Td>{v.note}</Table.Td>
                      <Table.Td>{v.createdByName}</Table.Td>
                      <Table.Td>{formatDateTime(v.createdAt)}</Table.Td>
                      <Table.Td>
                        <Button size="xs" variant="light" onClick={() => setShown(v)}>
                          Xem
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Modal opened={shown !== null} onClose={() => setShown(null)} title={shown ? `Phiên bản ${shown.number}: ${shown.note ?? ''}` : ''} size="xl">
              {shown && <VersionBody id={view.id} number={shown.number} base={view} />}
            </Modal>
          </>
        )
      }
    </QueryState>
  );
}
