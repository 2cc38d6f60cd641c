import { Accordion, Button, Code, Group, List, Progress, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FilePicker } from '../../components/FilePicker.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { api } from '../../lib/api.ts';
import { formatBytes, formatDateTime } from '../../lib/format.ts';
import { useSession } from '../../lib/session.tsx';
import { consolidationKeys, type DocxTemplate } from './types.ts';

/** The placeholders of src/server/exports/template-data.ts, for template authors. */
const FIELDS: [string, string][] = [
  ['{{typeName}}', 'tên loại văn bản: BÁO CÁO'],
  ['{{title}}', 'trích yếu'],
  ['{{superior}}, {{issuer}}', 'cơ quan cấp trên, cơ quan ban hành (chữ in hoa)'],
  ['{{issuerName}}', 'tên cơ quan ban hành trong câu: Ban Tuyên giáo Tỉnh ủy'],
  ['{{number}}, {{numberLine}}', '125-BC/BTGTU; Số 125-BC/BTGTU'],
  ['{{place}}, {{date}}, {{placeAndDate}}', 'Điện Biên; ngày 10 tháng 7 năm 2020; cả dòng'],
  ['{{FOR s IN sections}}…{{END-FOR s}}', 'các mục: {{$s.heading}} (ví dụ “I- KẾT QUẢ THỰC HIỆN”), {{$s.text}}, {{$s.level}}'],
  ['{{FOR i IN indicators}}…', 'bảng chỉ tiêu: {{$i.stt}}, {{$i.label}}, {{$i.unit}}, {{$i.value}}, {{$i.reporting}}'],
  ['{{indicatorHeaders}}, {{FOR u IN units}}…', 'số liệu theo đơn vị: {{$u.stt}}, {{$u.name}}, {{$u.values}}'],
  ['{{FOR l IN late}}…', 'đơn vị gửi chậm: {{$l.unitName}}, {{$l.period}}, {{$l.dueDate}}, {{$l.submittedOn}}, {{$l.daysLate}}'],
  ['{{FOR m IN missing}}…', 'đơn vị chưa gửi: {{$m.stt}}, {{$m.unitName}}, {{$m.period}}'],
  ['{{FOR r IN recipients}}{{$r}}{{END-FOR r}}', 'nơi nhận, mỗi dòng một nơi'],
  ['{{archive}}', 'dòng lưu: Lưu Văn phòng'],
  ['{{signer.authority}}, {{signer.title}}, {{signer.name}}', 'K/T TRƯỞNG BAN; PHÓ TRƯỞNG BAN; họ tên người ký'],
];

function Upload() {
  const queryClient = useQueryClient();
  const { maxUploadBytes } = useSession();
  const [files, setFiles] = useState<File[]>([]);
  const [name, setName] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const file = files[0];
  const tooBig = !!file && maxUploadBytes !== null && file.size > maxUploadBytes;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    setProgress(0);
    try {
      const form = new FormData();
      form.append('name', name.trim() || file.name.replace(/\.docx$/i, ''));
      form.append('file', file, file.name);
      await api.uploadWithProgress('/api/docx-templates', form, setProgress);
      await queryClient.invalidateQueries({ queryKey: consolidationKeys.templates });
      setFiles([]);
      setName('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <FilePicker label="Tệp mẫu Word (.docx)" accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document" files={files} onChange={setFiles} disabled={busy} />
        {tooBig && maxUploadBytes !== null && (
          <Text size="sm" c="red">
            Tệp lớn hơn giới hạn {formatBytes(maxUploadBytes)}.
          </Text>
        )}
        <TextInput label="Tên mẫu" placeholder="Ví dụ: Mẫu báo cáo của Ban" value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={200} />
        {progress !== null && <Progress value={Math.round((progress ?? 0) * 100)} aria-label="Đang tải lên" animated />}
        {error !== null && <ErrorAlert error={error} title="Không tải lên được mẫu" />}
        <Group>
          <Button type="submit" size="xs" loading={busy} disabled={!file || tooBig}>
            Tải mẫu lên
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The office's Word templates: upload (checked by the server with a trial
 * fill, so a broken field is refused now rather than at export), delete, and
 * what to write in a template.
 */
export function TemplatesManager({ query, canManage }: { query: UseQueryResult<DocxTemplate[]>; canManage: boolean }) {
  const queryClient = useQueryClient();
  return (
    <Stack gap="sm">
      <QueryState query={query}>
        {(templates) =>
          templates.length === 0 ? (
            <Text size="sm" c="dimmed">
              Chưa có mẫu riêng; bản Word theo thể thức văn bản của Đảng (Hướng dẫn 36-HD/VPTW).
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={420}>
              <Table fz="sm" withTableBorder striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Mẫu</Table.Th>
                    <Table.Th>Của</Table.Th>
                    <Table.Th>Tải lên</Table.Th>
                    {canManage && <Table.Th />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {templates.map((t) => (
                    <Table.Tr key={t.id}>
                      <Table.Td>{t.name}</Table.Td>
                      <Table.Td>{t.ownerName}</Table.Td>
                      <Table.Td>{formatDateTime(t.createdAt)}</Table.Td>
                      {canManage && (
                        <Table.Td>
                          <ConfirmButton
                            size="xs"
                            variant="subtle"
                            title="Xóa mẫu Word"
                            message={`Xóa mẫu “${t.name}”? Các báo cáo đã tải về không bị ảnh hưởng.`}
                            confirmLabel="Xóa"
                            onConfirm={async () => {
                              await api.delete(`/api/docx-templates/${t.id}`);
                              await queryClient.invalidateQueries({ queryKey: consolidationKeys.templates });
                            }}
                          >
                            Xóa
                          </ConfirmButton>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
      {canManage && <Upload />}
      <Accordion variant="contained">
        <Accordion.Item value="fields">
          <Accordion.Control>Cách soạn mẫu: các trường dữ liệu {'{{…}}'}</Accordion.Control>
          <Accordion.Panel>
            <Text size="sm" mb="xs">
              Soạn mẫu trong Word như một văn bản bình thường, đặt các trường dưới đây ở nơi muốn điền. Lặp qua danh sách bằng <Code>{'{{FOR x IN danh_sách}}'}</Code> …{' '}
              <Code>{'{{END-FOR x}}'}</Code>, trong vòng lặp dùng <Code>{'{{$x.tên_trường}}'}</Code>.
            </Text>
            <List size="sm" spacing={4}>
              {FIELDS.map(([field, meaning]) => (
                <List.Item key={field}>
                  <Code>{field}</Code> — {meaning}
                </List.Item>
              ))}
            </List>
            <Text size="xs" c="dimmed" mt="xs">
              Ví dụ: <Code>{'{{FOR s IN sections}}{{$s.heading}} {{$s.text}}{{END-FOR s}}'}</Code>. Mẫu có lỗi trường sẽ bị từ chối khi tải lên (cú pháp của thư viện docx-templates).
            </Text>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}
