import { Button, Group, Modal, Select, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFileTypeDocx, IconTemplate } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DownloadButton, XlsxButton } from '../../components/ChartDownload.tsx';
import { api, qs } from '../../lib/api.ts';
import { useSession } from '../../lib/session.tsx';
import { TemplatesManager } from './TemplatesManager.tsx';
import { consolidationKeys, exportName, type ConsolidationView, type DocxTemplate } from './types.ts';

/**
 * Word (the Party's layout, or an office template) and Excel. Exports are of
 * what is saved: unsaved edits are pointed out rather than silently left out.
 */
export function ExportPanel({ view, dirty }: { view: ConsolidationView; dirty: boolean }) {
  const { can } = useSession();
  const [template, setTemplate] = useState<string | null>(null);
  const [opened, { open, close }] = useDisclosure(false);
  const templates = useQuery({
    queryKey: consolidationKeys.templates,
    queryFn: async () => (await api.get<{ templates: DocxTemplate[] }>('/api/docx-templates')).templates,
    staleTime: 60_000,
  });
  const options = [{ value: '', label: 'Thể thức văn bản của Đảng (mặc định)' }, ...(templates.data ?? []).map((t) => ({ value: t.id, label: t.name }))];
  return (
    <Group gap="xs" align="flex-end" wrap="wrap" className="no-print" data-testid="export-panel">
      <Select
        label="Mẫu Word"
        size="xs"
        data={options}
        value={template ?? ''}
        onChange={(v) => setTemplate(v || null)}
        allowDeselect={false}
        w={260}
        disabled={templates.isPending}
      />
      <DownloadButton url={`/api/consolidations/${view.id}/export.docx${qs({ template })}`} fileName={exportName(view, 'docx')} icon={<IconFileTypeDocx size={14} />} size="sm">
        Tải Word
      </DownloadButton>
      <XlsxButton url={`/api/consolidations/${view.id}/export.xlsx`} fileName={exportName(view, 'xlsx')} label="Tải Excel" />
      <Button size="sm" variant="subtle" leftSection={<IconTemplate size={14} />} onClick={open}>
        Quản lý mẫu Word
      </Button>
      {dirty && (
        <Text size="xs" c="orange.8" w="100%">
          Có thay đổi chưa lưu: bản tải về là bản đã lưu gần nhất.
        </Text>
      )}
      <Modal opened={opened} onClose={close} title="Mẫu Word của cơ quan" size="lg">
        <TemplatesManager query={templates} canManage={can('consolidation.manage')} />
      </Modal>
    </Group>
  );
}
