import { ActionIcon, Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { RULE_OPERATORS, type Indicator, type IndicatorRule, type RuleOperator } from '../../../../core/reporting/index.ts';
import { OPERATOR_SIGNS } from '../report/ReportFields.tsx';

/** Rules whose fields are not (or no longer) indicators, or have no message: the server would refuse them. */
export function ruleProblems(rules: readonly IndicatorRule[], indicators: readonly Indicator[]): Map<number, string> {
  const codes = new Set(indicators.map((i) => i.code));
  const out = new Map<number, string>();
  rules.forEach((r, i) => {
    if (!codes.has(r.left) || !codes.has(r.right)) out.set(i, 'Chọn hai chỉ tiêu có trong mẫu.');
    else if (r.left === r.right) out.set(i, 'Hai vế phải là hai chỉ tiêu khác nhau.');
    else if (!r.message.trim()) out.set(i, 'Nhập thông báo hiện ra khi số liệu sai.');
  });
  return out;
}

/** Cross-field checks: "left op right", with the message a reporter sees when it fails. */
export function RulesEditor({ rules, indicators, readOnly, onChange }: { rules: IndicatorRule[]; indicators: Indicator[]; readOnly: boolean; onChange: (next: IndicatorRule[]) => void }) {
  const options = indicators.filter((i) => i.type !== 'text' && i.code).map((i) => ({ value: i.code, label: i.label || i.code }));
  const problems = ruleProblems(rules, indicators);
  const patch = (i: number, p: Partial<IndicatorRule>) => onChange(rules.map((r, k) => (k === i ? { ...r, ...p } : r)));
  return (
    <Stack gap="xs">
      {rules.length === 0 && (
        <Text size="sm" c="dimmed">
          Chưa có quy tắc kiểm tra chéo.
        </Text>
      )}
      {rules.map((r, i) => (
        <Paper key={i} withBorder p="sm" component="section" aria-label={`Quy tắc ${i + 1}`}>
          <Stack gap="xs">
            <Group gap="xs" align="flex-end" wrap="wrap">
              <Select label="Chỉ tiêu" data={options} value={r.left || null} readOnly={readOnly} onChange={(v) => patch(i, { left: v ?? '' })} w={{ base: '100%', sm: 260 }} />
              <Select
                label="Phép so sánh"
                data={RULE_OPERATORS.map((op) => ({ value: op, label: OPERATOR_SIGNS[op] }))}
                value={r.op}
                allowDeselect={false}
                readOnly={readOnly}
                onChange={(v) => v && patch(i, { op: v as RuleOperator })}
                w={110}
              />
              <Select label="So với chỉ tiêu" data={options} value={r.right || null} readOnly={readOnly} onChange={(v) => patch(i, { right: v ?? '' })} w={{ base: '100%', sm: 260 }} />
              {!readOnly && (
                <ActionIcon variant="subtle" color="red" aria-label={`Xóa quy tắc ${i + 1}`} onClick={() => onChange(rules.filter((_, k) => k !== i))} mb={4}>
                  <IconTrash size={16} />
                </ActionIcon>
              )}
            </Group>
            <TextInput label="Thông báo khi sai" value={r.message} readOnly={readOnly} onChange={(e) => patch(i, { message: e.currentTarget.value })} />
            {problems.get(i) && (
              <Text size="sm" c="red.7" role="alert">
                {problems.get(i)}
              </Text>
            )}
          </Stack>
        </Paper>
      ))}
      {!readOnly && (
        <Button variant="light" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} disabled={options.length < 2} onClick={() => onChange([...rules, { left: '', op: '<=', right: '', message: '' }])}>
          Thêm quy tắc
        </Button>
      )}
    </Stack>
  );
}
