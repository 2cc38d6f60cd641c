import { Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { numberLine, placeAndDate, signerLines } from '../../../core/consolidation/frame.ts';
import { SIGNER_PREFIXES, type DocumentFrame, type SignerPrefix } from '../../../core/consolidation/types.ts';
import { civilParts } from '../../../core/civil-date.ts';
import { VnDateInput } from '../../components/VnDateInput.tsx';
import { signerPrefixLabel } from './types.ts';

/**
 * The parts of a Party document around its body (Quy định 66-QĐ/TW,
 * Hướng dẫn 36-HD/VPTW): issuing body, number and symbol, place and date,
 * signature, distribution. A preview line under each group shows how the
 * export will print it.
 */
export function FrameForm({ frame, title, readOnly, onFrame, onTitle, year }: { frame: DocumentFrame; title: string; readOnly: boolean; onFrame: (f: DocumentFrame) => void; onTitle: (t: string) => void; year: number }) {
  // The distribution is typed one line per recipient; kept as typed so an Enter is not eaten.
  const [recipients, setRecipients] = useState(frame.recipients.join('\n'));
  const set = <K extends keyof DocumentFrame>(key: K, value: DocumentFrame[K]) => onFrame({ ...frame, [key]: value });
  const setSigner = (patch: Partial<DocumentFrame['signer']>) => onFrame({ ...frame, signer: { ...frame.signer, ...patch } });
  const lines = signerLines(frame.signer);
  return (
    <Stack gap="md">
      <Textarea
        label="Trích yếu (sau chữ “Báo cáo”)"
        autosize
        minRows={2}
        value={title}
        readOnly={readOnly}
        required
        error={!title.trim() ? 'Không để trống trích yếu.' : undefined}
        onChange={(e) => onTitle(e.currentTarget.value)}
      />
      <Paper withBorder p="sm">
        <Title order={4} size="h5" mb="xs">
          Cơ quan ban hành, số, ngày
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="Cơ quan cấp trên" description="Để trống nếu không có" value={frame.superior ?? ''} readOnly={readOnly} onChange={(e) => set('superior', e.currentTarget.value || null)} />
          <TextInput label="Cơ quan ban hành" value={frame.issuer} readOnly={readOnly} required error={!frame.issuer.trim() ? 'Bắt buộc.' : undefined} onChange={(e) => set('issuer', e.currentTarget.value)} />
          <TextInput label="Số" description="Để trống đến khi vào sổ" value={frame.number ?? ''} readOnly={readOnly} maxLength={20} onChange={(e) => set('number', e.currentTarget.value || null)} />
          <TextInput label="Ký hiệu" value={frame.symbol} readOnly={readOnly} required error={!frame.symbol.trim() ? 'Bắt buộc.' : undefined} onChange={(e) => set('symbol', e.currentTarget.value)} />
          <TextInput label="Địa danh" value={frame.place} readOnly={readOnly} required error={!frame.place.trim() ? 'Bắt buộc.' : undefined} onChange={(e) => set('place', e.currentTarget.value)} />
          <VnDateInput label="Ngày ký (dd/mm/yyyy)" description="Để trống đến khi ký" value={frame.date} readOnly={readOnly} onChange={(d) => set('date', d)} />
        </SimpleGrid>
        <Text size="sm" c="dimmed" mt="xs" data-testid="frame-preview">
          {numberLine(frame)} · <em>{placeAndDate(frame.place, frame.date, frame.date ? civilParts(frame.date).year : year)}</em>
        </Text>
      </Paper>
      <Paper withBorder p="sm">
        <Title order={4} size="h5" mb="xs">
          Người ký
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label="Thẩm quyền ký"
            data={SIGNER_PREFIXES.map((p) => ({ value: p, label: signerPrefixLabel(p) }))}
            value={frame.signer.prefix}
            readOnly={readOnly}
            allowDeselect={false}
            onChange={(v) => v && setSigner({ prefix: v as SignerPrefix })}
          />
          <TextInput label="Sau thẩm quyền ký" description="Ví dụ: BAN THƯỜNG VỤ, TRƯỞNG BAN" value={frame.signer.body} readOnly={readOnly} onChange={(e) => setSigner({ body: e.currentTarget.value })} />
          <TextInput label="Chức vụ người ký" description="Ví dụ: PHÓ TRƯỞNG BAN" value={frame.signer.title} readOnly={readOnly} onChange={(e) => setSigner({ title: e.currentTarget.value })} />
          <TextInput label="Họ và tên người ký" value={frame.signer.name} readOnly={readOnly} onChange={(e) => setSigner({ name: e.currentTarget.value })} />
        </SimpleGrid>
        {lines.length > 0 && (
          <Group gap={4} mt="xs">
            <Text size="sm" c="dimmed">
              In ra:
            </Text>
            <Text size="sm" fw={600}>
              {lines.join(' / ')}
              {frame.signer.name ? ` — ${frame.signer.name}` : ''}
            </Text>
          </Group>
        )}
      </Paper>
      <Paper withBorder p="sm">
        <Title order={4} size="h5" mb="xs">
          Nơi nhận
        </Title>
        <Textarea
          label="Mỗi dòng một nơi nhận"
          description="Không cần gõ dấu gạch đầu dòng và dấu phẩy cuối dòng; bản Word tự thêm."
          autosize
          minRows={3}
          value={recipients}
          readOnly={readOnly}
          onChange={(e) => {
            const text = e.currentTarget.value;
            setRecipients(text);
            set(
              'recipients',
              text
                .split('\n')
                .map((l) => l.replace(/^[-–•\s]+/, '').replace(/[,;.\s]+$/, '').trim())
                .filter(Boolean),
            );
          }}
        />
        <TextInput mt="sm" label="Dòng lưu" value={frame.archive} readOnly={readOnly} onChange={(e) => set('archive', e.currentTarget.value)} />
      </Paper>
    </Stack>
  );
}
