import { Alert, Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CivilDate } from '../../../core/civil-date.ts';
import { periodName } from '../../../core/period/index.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { VnDateInput } from '../../components/VnDateInput.tsx';
import { api, qs } from '../../lib/api.ts';
import { formatDate } from '../../lib/format.ts';
import type { DutyView } from '../../lib/types.ts';
import { reorganisationKeys, type KeptReason, type TransferPreview, type TransferResult } from './types.ts';

const KEPT_LABELS: Record<KeptReason, string> = {
  done: 'đã hoàn thành hoặc đã nộp báo cáo',
  'before-change': 'kỳ báo cáo đã chốt trước ngày chuyển giao',
  'already-transferred': 'đã chuyển giao trước đây',
};

function Preview({ preview, dutyText }: { preview: TransferPreview; dutyText: ReadonlyMap<string, string> }) {
  const name = (id: string) => preview.unitNames[id] ?? id;
  const targets = [...new Set([...preview.duties.map((d) => d.toUnitId), ...preview.obligations.map((o) => o.toUnitId)])];
  const kept = new Map<KeptReason, number>();
  for (const k of preview.kept) kept.set(k.reason, (kept.get(k.reason) ?? 0) + 1);
  const movingDuties = [...new Set(preview.duties.map((d) => d.fromId))];
  return (
    <Stack gap="sm" data-testid="transfer-preview">
      {targets.length === 0 ? (
        <Text size="sm">Không có công việc nào sẽ chuyển.</Text>
      ) : (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            Chuyển cho đơn vị kế thừa đã xác nhận:
          </Text>
          <List size="sm" spacing={2}>
            {targets.map((t) => {
              const duties = preview.duties.filter((d) => d.toUnitId === t).length;
              const periods = preview.obligations.filter((o) => o.toUnitId === t).map((o) => periodName(o.periodId));
              return (
                <List.Item key={t}>
                  <b>{name(t)}</b> nhận {duties} nhiệm vụ chưa hoàn thành{periods.length > 0 ? ` và báo cáo ${[...new Set(periods)].join(', ')}` : ''}.
                </List.Item>
              );
            })}
          </List>
          {movingDuties.length > 0 && (
            <details>
              <summary>
                <Text span size="sm">
                  Các nhiệm vụ sẽ chuyển ({movingDuties.length})
                </Text>
              </summary>
              <List size="xs" spacing={2} mt={4}>
                {movingDuties.map((id) => (
                  <List.Item key={id}>{dutyText.get(id) ?? 'Nhiệm vụ'}</List.Item>
                ))}
              </List>
            </details>
          )}
        </Stack>
      )}
      {preview.kept.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            Ở lại với đơn vị cũ (lịch sử không đổi):
          </Text>
          <List size="sm" spacing={2}>
            {[...kept.entries()].map(([reason, count]) => (
              <List.Item key={reason}>
                {count} mục {KEPT_LABELS[reason]}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {preview.unconfirmed.length > 0 && (
        <Alert color="yellow" p="xs" title="Chờ xác nhận — chưa nhận công việc">
          <Text size="sm">{preview.unconfirmed.map(name).join(', ')}</Text>
        </Alert>
      )}
    </Stack>
  );
}

/**
 * "Chuyển giao công việc" of a unit that has ended: what moves to which
 * confirmed successor, what stays (done work, past periods), who still waits
 * for confirmation; then the move itself, in one step on the server.
 */
export function TransferPanel({ unitId, unitName, canManage }: { unitId: string; unitName: string; canManage: boolean }) {
  const queryClient = useQueryClient();
  const [date, setDate] = useState<CivilDate | null>(null);
  const preview = useQuery({
    queryKey: reorganisationKeys.transfer(unitId, date),
    queryFn: () => api.get<TransferPreview>(`/api/registry/units/${unitId}/transfer${qs({ effectiveDate: date })}`),
    // Keep the form on screen while another date loads (the date field must not lose focus).
    placeholderData: keepPreviousData,
  });
  // The preview names duties by id; the unit's open duties give their words.
  const duties = useQuery({
    queryKey: ['duties', 'list', 'unit', unitId],
    queryFn: async () => (await api.get<{ duties: DutyView[] }>(`/api/duties${qs({ unitId })}`)).duties,
  });
  const dutyText = new Map((duties.data ?? []).map((d) => [d.id, `${d.text} (${d.planNumber ?? 'kế hoạch'})`]));
  const transfer = async () => {
    const effectiveDate = date ?? preview.data?.effectiveDate ?? null;
    const result = await api.post<TransferResult>(`/api/registry/units/${unitId}/transfer`, { effectiveDate });
    notifications.show({ color: 'green', message: `Đã chuyển giao ${result.duties} nhiệm vụ và ${result.obligations} kỳ báo cáo của ${unitName}.` });
    await Promise.all([queryClient.invalidateQueries({ queryKey: ['registry'] }), queryClient.invalidateQueries({ queryKey: ['duties'] }), queryClient.invalidateQueries({ queryKey: ['reporting'] })]);
  };
  return (
    <Paper withBorder p="sm" component="section" aria-label={`Chuyển giao công việc của ${unitName}`}>
      <Stack gap="sm">
        <Title order={4} size="h5">
          Chuyển giao công việc
        </Title>
        <QueryState query={preview}>
          {(p) => {
            const nothing = p.duties.length === 0 && p.obligations.length === 0;
            return (
              <Stack gap="sm">
                <VnDateInput label="Ngày chuyển giao (dd/mm/yyyy)" description="Mặc định: ngày sau ngày đơn vị kết thúc" value={date ?? p.effectiveDate} onChange={setDate} maw={260} />
                <Preview preview={p} dutyText={dutyText} />
                {canManage && (
                  <Group gap="xs">
                    <ConfirmButton
                      title="Chuyển giao công việc"
                      message={`Chuyển ${p.duties.length} nhiệm vụ và ${p.obligations.length} kỳ báo cáo của ${unitName} cho đơn vị kế thừa đã xác nhận, hiệu lực từ ${formatDate(date ?? p.effectiveDate)}? Việc đã làm và báo cáo đã nộp vẫn ở lại với ${unitName}.`}
                      confirmLabel="Chuyển giao"
                      color="red"
                      disabled={nothing}
                      onConfirm={transfer}
                    >
                      Xác nhận chuyển giao
                    </ConfirmButton>
                    {nothing && (
                      <Badge variant="light" color="gray" tt="none">
                        Không còn gì để chuyển
                      </Badge>
                    )}
                  </Group>
                )}
                <Anchor component={Link} to={`/to-chuc/don-vi/${unitId}`} size="xs">
                  Lịch sử của {unitName}
                </Anchor>
              </Stack>
            );
          }}
        </QueryState>
      </Stack>
    </Paper>
  );
}
