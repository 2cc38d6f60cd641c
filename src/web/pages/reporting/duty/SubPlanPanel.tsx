import { Alert, Anchor, Button, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { FilePicker } from '../../../components/FilePicker.tsx';
import { api } from '../../../lib/api.ts';
import { formatBytes, formatDate } from '../../../lib/format.ts';
import { useSession } from '../../../lib/session.tsx';
import type { DutyDetail, PlanDetail } from '../../../lib/types.ts';
import { uploadErrorMessage } from '../../duties/upload-errors.ts';

interface SubPlanResult {
  planId: string;
  number: string | null;
  issues: unknown[];
}

/** The unit's own plans under the parent plan (the duty's evidence), found among the parent's children. */
function useOwnPlans(detail: DutyDetail) {
  return useQuery({
    queryKey: ['plans', detail.duty.planId],
    queryFn: () => api.get<PlanDetail>(`/api/plans/${detail.duty.planId}`),
    enabled: detail.duty.completedOn !== null,
    select: (plan) => plan.children.filter((c) => c.ownerUnitId === detail.duty.unitId),
  });
}

/**
 * "Xây dựng kế hoạch của đơn vị": the unit uploads its plan, the server reads
 * it with the same parser as any import, links it as a child plan and
 * completes the duty on the day of upload.
 */
export function SubPlanPanel({ detail }: { detail: DutyDetail }) {
  const queryClient = useQueryClient();
  const { maxUploadBytes } = useSession();
  const { duty } = detail;
  const [files, setFiles] = useState<File[]>([]);
  const [sent, setSent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<SubPlanResult | null>(null);
  const own = useOwnPlans(detail);
  const file = files[0];
  const tooBig = !!file && !!maxUploadBytes && file.size > maxUploadBytes;
  const upload = async () => {
    if (!file) return;
    setError(null);
    setSent(0);
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      const res = await api.uploadWithProgress<SubPlanResult>(`/api/duties/${duty.id}/sub-plan`, form, setSent);
      setResult(res);
      setFiles([]);
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['duties'] }), queryClient.invalidateQueries({ queryKey: ['plans'] })]);
    } catch (e) {
      setError(uploadErrorMessage(e, files));
    } finally {
      setSent(null);
    }
  };
  const plans = result ? [{ id: result.planId, number: result.number, title: '' }] : (own.data ?? []);
  return (
    <Paper withBorder p="md" component="section" aria-label="Kế hoạch của đơn vị">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Kế hoạch của đơn vị
        </Title>
        {duty.completedOn && plans.length > 0 ? (
          <Alert color="green" title="Đã ghi nhận" data-testid="sub-plan-done">
            {plans.map((p) => (
              <Text size="sm" key={p.id}>
                Đã ghi nhận kế hoạch số {p.number ?? '(chưa có số)'} — nhiệm vụ hoàn thành ngày {formatDate(duty.completedOn)}.{' '}
                <Anchor component={Link} to={`/ke-hoach/${p.id}`} size="sm">
                  Mở kế hoạch của đơn vị
                </Anchor>
              </Text>
            ))}
            {result && result.issues.length > 0 && (
              <Text size="xs" c="dimmed" mt={4}>
                Văn bản có {result.issues.length} điểm chưa đọc được rõ; cơ quan điều phối có thể kiểm tra lại ở trang kế hoạch.
              </Text>
            )}
          </Alert>
        ) : duty.completedOn ? (
          <Text size="sm">Nhiệm vụ đã hoàn thành ngày {formatDate(duty.completedOn)}.</Text>
        ) : (
          <Text size="sm" c="dimmed">
            Tải lên kế hoạch (chương trình) đơn vị đã ban hành để cụ thể hóa kế hoạch cấp trên: hệ thống đọc số, ngày, trích yếu, liên kết vào kế hoạch cấp trên và ghi nhận nhiệm vụ hoàn thành.
          </Text>
        )}
        {detail.abilities.update && !duty.completedOn && (
          <Stack gap="xs">
            <FilePicker
              label="Tệp kế hoạch của đơn vị"
              description={`Word (.docx), PDF có lớp chữ hoặc .txt${maxUploadBytes ? `; tối đa ${formatBytes(maxUploadBytes)}` : ''}.`}
              accept=".docx,.pdf,.txt"
              files={files}
              onChange={setFiles}
              disabled={sent !== null}
            />
            {tooBig && (
              <Text size="sm" c="red.7" role="alert">
                Tệp quá lớn. Hãy nén hoặc lưu lại với dung lượng nhỏ hơn.
              </Text>
            )}
            {sent !== null && <Progress value={Math.round((sent ?? 0) * 100)} animated aria-label="Tiến độ tải lên" />}
            {error && (
              <Text size="sm" c="red.7" role="alert">
                {error}
              </Text>
            )}
            <Button w="fit-content" leftSection={<IconUpload size={16} />} disabled={!file || tooBig} loading={sent !== null} onClick={() => void upload()}>
              Tải lên kế hoạch
            </Button>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
