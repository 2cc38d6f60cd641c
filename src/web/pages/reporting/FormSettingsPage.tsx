import { Alert, Anchor, Button, Group, List, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Indicator, IndicatorRule } from '../../../core/reporting/index.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { api, ApiError } from '../../lib/api.ts';
import { useSession } from '../../lib/session.tsx';
import { errorReason } from './format.ts';
import { reportingKeys } from './queries.ts';
import { DutyRuleForm } from './settings/DutyRuleForm.tsx';
import { IndicatorsEditor, indicatorProblems } from './settings/IndicatorsEditor.tsx';
import { RulesEditor, ruleProblems } from './settings/RulesEditor.tsx';
import type { PlanFormView } from './types.ts';

/** The indicators, cross-checks and approval switch, saved together under the form's version. */
function FormEditor({ planId, data, readOnly }: { planId: string; data: PlanFormView; readOnly: boolean }) {
  const queryClient = useQueryClient();
  const [indicators, setIndicators] = useState<Indicator[]>(data.form.indicators);
  const [rules, setRules] = useState<IndicatorRule[]>(data.form.rules);
  const [requireApproval, setRequireApproval] = useState(data.requireApproval);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const conflict = error instanceof ApiError && error.code === 'VERSION_CONFLICT';
  const invalid = indicatorProblems(indicators).size + ruleProblems(rules, indicators).size;
  const changed = JSON.stringify([indicators, rules, requireApproval]) !== JSON.stringify([data.form.indicators, data.form.rules, data.requireApproval]);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.put(`/api/plans/${planId}/form`, { indicators, rules, requireApproval, version: data.version });
      notifications.show({ color: 'green', message: 'Đã lưu mẫu báo cáo.' });
      await queryClient.invalidateQueries({ queryKey: ['reporting'] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="md">
      <Paper withBorder p="md" component="section" aria-label="Duyệt trước khi gửi">
        <Switch
          label="Yêu cầu lãnh đạo đơn vị duyệt trước khi gửi"
          description="Khi bật, cán bộ báo cáo trình lãnh đạo; lãnh đạo duyệt thì báo cáo mới được gửi."
          checked={requireApproval}
          disabled={readOnly}
          onChange={(e) => setRequireApproval(e.currentTarget.checked)}
        />
      </Paper>
      <Stack gap="xs" component="section" aria-label="Chỉ tiêu">
        <Title order={3} size="h4">
          Chỉ tiêu
        </Title>
        <Text size="sm" c="dimmed">
          Phần nội dung theo từng nhiệm vụ của kế hoạch, "Khó khăn, vướng mắc" và "Đề xuất, kiến nghị" luôn có sẵn. Bỏ một chỉ tiêu không xóa số liệu đơn vị đã nhập.
        </Text>
        <IndicatorsEditor indicators={indicators} readOnly={readOnly} onChange={setIndicators} />
      </Stack>
      <Stack gap="xs" component="section" aria-label="Kiểm tra chéo">
        <Title order={3} size="h4">
          Kiểm tra chéo giữa các chỉ tiêu
        </Title>
        <RulesEditor rules={rules} indicators={indicators} readOnly={readOnly} onChange={setRules} />
      </Stack>
      {error !== null && (
        <ErrorAlert error={error} title={conflict ? 'Mẫu báo cáo vừa được người khác sửa' : undefined} onRetry={conflict ? () => void queryClient.invalidateQueries({ queryKey: reportingKeys.form(planId) }) : undefined}>
          {errorReason(error) && <Text size="sm">{errorReason(error)}</Text>}
          {conflict && <Text size="sm">Thay đổi của bạn chưa được lưu. "Thử lại" tải bản mới nhất (bỏ các thay đổi đang sửa).</Text>}
        </ErrorAlert>
      )}
      {!readOnly && (
        <Group gap="sm">
          <Button loading={busy} disabled={invalid > 0 || !changed || conflict} onClick={() => void save()}>
            Lưu mẫu báo cáo
          </Button>
          {invalid > 0 && (
            <Text size="sm" c="red.7">
              Còn {invalid} chỗ cần sửa.
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}

export default function FormSettingsPage() {
  const { id = '' } = useParams();
  const { can } = useSession();
  const readOnly = !can('plan.manage');
  const query = useQuery({ queryKey: reportingKeys.form(id), queryFn: () => api.get<PlanFormView>(`/api/plans/${id}/form`) });
  return (
    <Stack>
      <Anchor component={Link} to={`/ke-hoach/${id}`} size="sm">
        ← Kế hoạch
      </Anchor>
      <Title order={2}>Mẫu báo cáo, kỳ hạn</Title>
      {readOnly && (
        <Alert color="gray" p="xs">
          Bạn chỉ xem được mẫu báo cáo; cơ quan điều phối kế hoạch mới sửa được.
        </Alert>
      )}
      <QueryState query={query}>
        {(data) => (
          <Stack gap="lg">
            <Paper withBorder p="md" component="section" aria-label="Các mục nội dung">
              <Title order={3} size="h4" mb="xs">
                Các mục nội dung của báo cáo
              </Title>
              <List size="sm" spacing={2}>
                {data.form.sections.map((s) => (
                  <List.Item key={s.key}>{s.title}</List.Item>
                ))}
              </List>
            </Paper>
            {/* Remounted when the server's version moves, so the editor starts from what was saved. */}
            <FormEditor key={data.version} planId={id} data={data} readOnly={readOnly} />
            <Stack gap="xs" component="section" aria-label="Chế độ báo cáo">
              <Title order={3} size="h4">
                Kỳ chốt số liệu, hạn nộp, khóa sổ
              </Title>
              {data.reportingRules.length === 0 && (
                <Text size="sm" c="dimmed">
                  Kế hoạch không quy định chế độ báo cáo.
                </Text>
              )}
              {data.reportingRules.map((r) => (
                <DutyRuleForm key={r.reportingDutyId} item={r} readOnly={readOnly} />
              ))}
            </Stack>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
