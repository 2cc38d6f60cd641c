import { ActionIcon, Button, Checkbox, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { INDICATOR_TYPES, type Indicator, type IndicatorType } from '../../../../core/reporting/index.ts';
import { foldVietnamese } from '../../../../core/text/vietnamese.ts';

export const INDICATOR_TYPE_LABELS: Record<IndicatorType, string> = { number: 'Số', percent: 'Tỷ lệ (%)', text: 'Chữ' };

/** The server's rule for codes (they key stored values, so they stay plain ASCII). */
export const CODE_RE = /^[a-z][a-z0-9_]{0,59}$/;

/** "Số lượt đoàn viên" → "so_luot_doan_vien": a code people need not invent. */
export function codeFrom(label: string): string {
  const code = foldVietnamese(label)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60);
  return /^[a-z]/.test(code) ? code : `ct_${code}`.slice(0, 60);
}

/** Problems of the indicator list the server would refuse, by index. */
export function indicatorProblems(list: readonly Indicator[]): Map<number, string> {
  const out = new Map<number, string>();
  const seen = new Map<string, number>();
  list.forEach((ind, i) => {
    if (!ind.label.trim()) out.set(i, 'Chưa nhập tên chỉ tiêu.');
    else if (!CODE_RE.test(ind.code)) out.set(i, 'Mã chỉ tiêu: chữ thường không dấu, số, gạch dưới; bắt đầu bằng chữ.');
    else if (seen.has(ind.code)) out.set(i, `Mã trùng với chỉ tiêu ${(seen.get(ind.code) ?? 0) + 1}.`);
    else if (ind.min !== null && ind.max !== null && ind.min > ind.max) out.set(i, 'Giá trị tối thiểu lớn hơn tối đa.');
    seen.set(ind.code, i);
  });
  return out;
}

const num = (v: string | number) => (typeof v === 'number' ? v : null);

function IndicatorRow({ ind, index, count, problem, readOnly, onChange, onMove, onRemove }: { ind: Indicator; index: number; count: number; problem: string | undefined; readOnly: boolean; onChange: (patch: Partial<Indicator>) => void; onMove: (by: -1 | 1) => void; onRemove: () => void }) {
  const name = `chỉ tiêu ${index + 1}`;
  return (
    <Paper withBorder p="sm" component="section" aria-label={`Chỉ tiêu ${index + 1}: ${ind.label || 'chưa đặt tên'}`}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text size="sm" fw={600}>
            {index + 1}. {ind.label || '(chỉ tiêu mới)'}
          </Text>
          {!readOnly && (
            <Group gap={4} wrap="nowrap">
              <ActionIcon variant="subtle" aria-label={`Chuyển lên — ${name}`} disabled={index === 0} onClick={() => onMove(-1)}>
                <IconArrowUp size={16} />
              </ActionIcon>
              <ActionIcon variant="subtle" aria-label={`Chuyển xuống — ${name}`} disabled={index === count - 1} onClick={() => onMove(1)}>
                <IconArrowDown size={16} />
              </ActionIcon>
              <ActionIcon variant="subtle" color="red" aria-label={`Xóa ${name}`} onClick={onRemove}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="xs">
          <TextInput
            label="Tên chỉ tiêu"
            value={ind.label}
            readOnly={readOnly}
            onChange={(e) => {
              const label = e.currentTarget.value;
              // New indicators take their code from the name until someone edits the code.
              onChange(ind.code === '' || ind.code === codeFrom(ind.label) ? { label, code: codeFrom(label) } : { label });
            }}
          />
          <TextInput label="Mã" description="Không dấu, dùng lưu số liệu" value={ind.code} readOnly={readOnly} onChange={(e) => onChange({ code: e.currentTarget.value.trim() })} ff="monospace" />
          <Select label="Kiểu" data={INDICATOR_TYPES.map((t) => ({ value: t, label: INDICATOR_TYPE_LABELS[t] }))} value={ind.type} allowDeselect={false} readOnly={readOnly} onChange={(v) => v && onChange({ type: v as IndicatorType })} />
          <TextInput label="Đơn vị tính" placeholder="hội nghị, lượt, %" value={ind.unit ?? ''} readOnly={readOnly} onChange={(e) => onChange({ unit: e.currentTarget.value || null })} />
          <NumberInput label="Tối thiểu" value={ind.min ?? ''} readOnly={readOnly} onChange={(v) => onChange({ min: num(v) })} />
          <NumberInput label="Tối đa" value={ind.max ?? ''} readOnly={readOnly} onChange={(v) => onChange({ max: num(v) })} />
          <Checkbox label="Bắt buộc khi gửi" mt={{ base: 0, lg: 28 }} checked={ind.required} disabled={readOnly} onChange={(e) => onChange({ required: e.currentTarget.checked })} />
        </SimpleGrid>
        {problem && (
          <Text size="sm" c="red.7" role="alert">
            {problem}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** The plan's indicators: edit, add, remove, reorder (the order of the report form). */
export function IndicatorsEditor({ indicators, readOnly, onChange }: { indicators: Indicator[]; readOnly: boolean; onChange: (next: Indicator[]) => void }) {
  const problems = indicatorProblems(indicators);
  const patch = (i: number, p: Partial<Indicator>) => onChange(indicators.map((ind, k) => (k === i ? { ...ind, ...p } : ind)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...indicators];
    const [item] = next.splice(i, 1);
    if (item) next.splice(i + by, 0, item);
    onChange(next);
  };
  return (
    <Stack gap="xs">
      {indicators.length === 0 && (
        <Text size="sm" c="dimmed">
          Mẫu báo cáo chưa có chỉ tiêu: đơn vị chỉ viết phần nội dung.
        </Text>
      )}
      {indicators.map((ind, i) => (
        <IndicatorRow key={i} ind={ind} index={i} count={indicators.length} problem={problems.get(i)} readOnly={readOnly} onChange={(p) => patch(i, p)} onMove={(by) => move(i, by)} onRemove={() => onChange(indicators.filter((_, k) => k !== i))} />
      ))}
      {!readOnly && (
        <Button variant="light" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => onChange([...indicators, { code: '', label: '', type: 'number', unit: null, required: false, min: 0, max: null }])}>
          Thêm chỉ tiêu
        </Button>
      )}
    </Stack>
  );
}
