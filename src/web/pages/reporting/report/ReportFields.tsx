import { Alert, Button, Group, List, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconCalculator } from '@tabler/icons-react';
import { useState } from 'react';
import type { ContentIssue, Indicator, IndicatorValue, ReportContent, ReportForm, RuleOperator } from '../../../../core/reporting/index.ts';
import { errorMessage } from '../../../components/ErrorAlert.tsx';
import { api } from '../../../lib/api.ts';
import type { SessionTotals } from '../types.ts';

export const OPERATOR_SIGNS: Record<RuleOperator, string> = { '<=': '≤', '<': '<', '>=': '≥', '>': '>', '=': '=' };

/** Numbers as typed in Vietnam: a decimal comma. */
export function indicatorText(value: IndicatorValue | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? String(value).replace('.', ',') : value;
}

function rangeHint(ind: Indicator): string | undefined {
  const min = ind.min ?? (ind.type === 'percent' ? 0 : null);
  const max = ind.max ?? (ind.type === 'percent' ? 100 : null);
  if (min !== null && max !== null) return `Từ ${min} đến ${max}`;
  if (min !== null) return `Không nhỏ hơn ${min}`;
  if (max !== null) return `Không lớn hơn ${max}`;
  return undefined;
}

function IndicatorInput({ ind, value, issues, editable, onChange }: { ind: Indicator; value: IndicatorValue | undefined; issues: ContentIssue[]; editable: boolean; onChange: (value: string) => void }) {
  const error = issues.map((i) => i.message).join(' ');
  return (
    <TextInput
      label={ind.label}
      withAsterisk={ind.required}
      description={rangeHint(ind)}
      inputMode={ind.type === 'text' ? 'text' : 'decimal'}
      autoComplete="off"
      value={indicatorText(value)}
      readOnly={!editable}
      onChange={(e) => onChange(e.currentTarget.value)}
      rightSection={
        ind.unit ? (
          <Text size="xs" c="dimmed" pr={4} style={{ whiteSpace: 'nowrap' }}>
            {ind.unit}
          </Text>
        ) : undefined
      }
      rightSectionWidth={ind.unit ? Math.min(110, 16 + ind.unit.length * 7) : undefined}
      error={error || undefined}
    />
  );
}

/** "Điền từ các hội nghị đã ghi nhận": the unit's quán triệt sessions in the window, added up by the server. */
function SessionTotalsButton({ obligationId, codes, onFill }: { obligationId: string; codes: ReadonlySet<string>; onFill: (values: Record<string, number>) => void }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const fill = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const totals = await api.get<SessionTotals>(`/api/obligations/${obligationId}/session-totals`);
      if (totals.sessions === 0) {
        setMessage({ ok: false, text: 'Chưa ghi nhận hội nghị quán triệt nào trong kỳ này (ghi nhận ở trang nhiệm vụ quán triệt).' });
        return;
      }
      const values = Object.fromEntries(Object.entries(totals.indicators).filter(([code]) => codes.has(code)));
      onFill(values);
      setMessage({ ok: true, text: `Đã điền từ ${totals.sessions} hội nghị. Hãy kiểm tra lại trước khi gửi.` });
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap={4} className="no-print">
      <Button variant="light" size="xs" w="fit-content" leftSection={<IconCalculator size={14} />} loading={busy} onClick={() => void fill()}>
        Điền từ các hội nghị đã ghi nhận
      </Button>
      {message && (
        <Text size="xs" c={message.ok ? 'green.8' : 'dimmed'} role="status">
          {message.text}
        </Text>
      )}
    </Stack>
  );
}

const TOTAL_CODES = ['so_hoi_nghi', 'luot_can_bo', 'luot_dang_vien', 'luot_nhan_dan'];

/** The form itself: one narrative per section, then the indicators and their cross-checks. */
export function ReportFields({
  obligationId,
  form,
  content,
  issues,
  editable,
  onNarrative,
  onIndicators,
}: {
  obligationId: string;
  form: ReportForm;
  content: ReportContent;
  issues: ContentIssue[];
  editable: boolean;
  onNarrative: (key: string, text: string) => void;
  onIndicators: (values: Record<string, IndicatorValue>) => void;
}) {
  const issuesOf = (field: string) => issues.filter((i) => i.field === field);
  const labelOf = new Map(form.indicators.map((i) => [i.code, i.label]));
  const totalCodes = new Set(form.indicators.map((i) => i.code).filter((c) => TOTAL_CODES.includes(c)));
  return (
    <Stack gap="md">
      <Stack gap="sm" component="section" aria-label="Nội dung báo cáo">
        <Title order={3} size="h4">
          Kết quả thực hiện
        </Title>
        {form.sections.map((s) => (
          <Textarea
            key={s.key}
            label={s.title}
            autosize
            minRows={3}
            maxRows={30}
            value={content.narratives[s.key] ?? ''}
            readOnly={!editable}
            placeholder={editable ? 'Kết quả, số liệu, việc đã làm…' : undefined}
            onChange={(e) => onNarrative(s.key, e.currentTarget.value)}
            error={issuesOf(s.key).map((i) => i.message).join(' ') || undefined}
          />
        ))}
      </Stack>
      {form.indicators.length > 0 && (
        <Paper withBorder p="md" component="section" aria-label="Chỉ tiêu">
          <Stack gap="sm">
            <Group justify="space-between" align="flex-start" gap="xs">
              <Title order={3} size="h4">
                Chỉ tiêu
              </Title>
              {editable && totalCodes.size > 0 && <SessionTotalsButton obligationId={obligationId} codes={totalCodes} onFill={onIndicators} />}
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {form.indicators.map((ind) => (
                <IndicatorInput key={ind.code} ind={ind} value={content.indicators[ind.code]} issues={issuesOf(ind.code)} editable={editable} onChange={(v) => onIndicators({ [ind.code]: v })} />
              ))}
            </SimpleGrid>
            {form.rules.length > 0 && (
              <Alert color="gray" variant="light" title="Kiểm tra chéo" p="xs">
                <List size="sm" spacing={2}>
                  {form.rules.map((r, i) => (
                    <List.Item key={i}>
                      {labelOf.get(r.left) ?? r.left} {OPERATOR_SIGNS[r.op]} {labelOf.get(r.right) ?? r.right}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
            <Text size="xs" c="dimmed">
              Dấu * là chỉ tiêu bắt buộc khi gửi. Số thập phân viết với dấu phẩy (12,5).
            </Text>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
