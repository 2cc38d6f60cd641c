import { Alert, Anchor, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { windowPhrase } from '../../../../core/period/index.ts';
import { PeriodStatusBadge } from '../../../components/PeriodStatusBadge.tsx';
import { ReportStatusBadge } from '../../../components/ReportStatusBadge.tsx';
import { formatDate, formatDateTime, planLabel } from '../../../lib/format.ts';
import { useSession } from '../../../lib/session.tsx';
import { DueText } from '../DueText.tsx';
import type { ReportView } from '../types.ts';
import { Fact } from '../../../components/Fact.tsx';

/** Which report this is, its dates and where it goes; `started` once a draft exists on the server. */
export function ReportHeader({ data, started }: { data: ReportView; started: boolean }) {
  const { today } = useSession();
  const { obligation: o, report } = data;
  return (
    <Stack gap="sm">
      <Anchor component={Link} to="/bao-cao" size="sm" className="no-print">
        ← Báo cáo định kỳ
      </Anchor>
      <Stack gap={4}>
        <Group gap="xs">
          <Title order={2} size="h3">
            Báo cáo {o.periodLabel}
          </Title>
          <PeriodStatusBadge timing={o.timing} />
          <ReportStatusBadge status={started ? report.status : null} data-testid="report-status" />
        </Group>
        <Text fw={500}>{data.unit?.name}</Text>
        {data.plan && (
          <Text size="sm">
            Theo{' '}
            <Anchor component={Link} to={`/ke-hoach/${data.plan.id}`}>
              {planLabel(data.plan)}
            </Anchor>{' '}
            — {data.plan.title}
          </Text>
        )}
      </Stack>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="xs">
        <Fact label="Kỳ chốt số liệu">{windowPhrase({ start: o.windowStart, end: o.windowEnd })}</Fact>
        <Fact label="Hạn nộp">
          <DueText item={{ dueDate: o.dueDate, timing: o.timing, hasException: !!o.exception?.dueDate }} today={today} />
        </Fact>
        <Fact label="Khóa sổ">{formatDate(o.lockDate)}</Fact>
        {data.reportingDuty && (
          <Fact label="Báo cáo về">
            {data.reportingDuty.to.join('; ') || '—'}
            {data.reportingDuty.via ? ` (qua ${data.reportingDuty.via})` : ''}
          </Fact>
        )}
      </SimpleGrid>
    </Stack>
  );
}

/** Why the form is read-only, or what the unit must do now. */
export function ReportNotices({ data, editable }: { data: ReportView; editable: boolean }) {
  const { report, obligation: o } = data;
  // Events come newest first; drafts saved since do not add events, so the comment stays until the next submission.
  const latest = data.events[0];
  const sentBack = latest && (report.status === 'returned' || report.status === 'draft') && (latest.action === 'return' || latest.action === 'reject') ? latest : undefined;
  return (
    <>
      {sentBack && (
        <Alert color="orange" title={sentBack?.action === 'return' ? 'Báo cáo bị trả lại' : 'Lãnh đạo trả lại để sửa'} role="alert" data-testid="returned-comment">
          <Text size="sm" className="preline" fw={500}>
            {sentBack.comment}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            {sentBack.actorName} · {formatDateTime(sentBack.createdAt)}
          </Text>
        </Alert>
      )}
      {data.locked && (
        <Alert color="gray" title="Đã khóa sổ">
          Kỳ báo cáo đã khóa sổ ngày {formatDate(o.lockDate)}: báo cáo chỉ để xem, không nhập, không gửi được nữa. Nếu đơn vị có lý do chính đáng, hãy đề nghị cơ quan điều phối gia hạn.
        </Alert>
      )}
      {!editable && !data.locked && report.status === 'awaiting-approval' && (
        <Alert color="grape" title="Đang chờ lãnh đạo duyệt">
          Báo cáo đã trình lãnh đạo đơn vị; trong lúc chờ duyệt, nội dung không sửa được.
        </Alert>
      )}
      {!editable && !data.locked && report.status === 'submitted' && (
        <Alert color="teal" title="Đã gửi">
          Báo cáo đã gửi ngày {formatDate(report.firstSubmittedOn)}; đang chờ cơ quan nhận tiếp nhận.
        </Alert>
      )}
      {report.status === 'accepted' && (
        <Alert color="green" title="Đã tiếp nhận">
          Báo cáo đã được tiếp nhận.
        </Alert>
      )}
    </>
  );
}
