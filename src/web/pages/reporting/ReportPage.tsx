import { Alert, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypeDocx, IconPrinter } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { normaliseContent, reportActionLabel, validateContent, type ReportAction } from '../../../core/reporting/index.ts';
import { DownloadButton } from '../../components/ChartDownload.tsx';
import { ReportContentView } from '../../components/ReportContentView.tsx';
import { Loading, QueryState } from '../../components/QueryState.tsx';
import { api, ApiError } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useSession } from '../../lib/session.tsx';
import { useReport } from './queries.ts';
import { ConflictPanel } from './report/ConflictPanel.tsx';
import { EvidenceFiles, uploadEvidence } from './report/EvidenceFiles.tsx';
import { ExceptionForm } from './report/ExceptionForm.tsx';
import { ReportActions } from './report/ReportActions.tsx';
import { ReportFields } from './report/ReportFields.tsx';
import { ReportHeader, ReportNotices } from './report/ReportHeader.tsx';
import { ReportEvents, ReportVersions } from './report/ReportHistory.tsx';
import { SaveStatus } from './report/SaveStatus.tsx';
import { useReportDraft } from './report/useReportDraft.ts';
import type { ReportView } from './types.ts';

const NOT_SAVED = () => new ApiError(0, 'NOT_SAVED', 'Bản nháp chưa lưu được lên máy chủ (xem trạng thái lưu ở trên). Hãy thử lại khi đã lưu.');

function ReportEditor({ data, userId, reload }: { data: ReportView; userId: string; reload: () => Promise<ReportView | undefined> }) {
  const queryClient = useQueryClient();
  const obligationId = data.obligation.id;
  // The server says what may be done; saving is allowed exactly when the text is editable.
  const editable = data.abilities.actions.includes('save');
  const draft = useReportDraft({
    obligationId,
    userId,
    form: data.form,
    server: { content: data.report.content, version: data.report.version, status: data.report.status, updatedAt: data.report.updatedAt },
    editable,
  });
  const { content } = draft;
  const issues = useMemo(() => validateContent(data.form, content, { forSubmit: false }), [data.form, content]);
  const submitIssues = useMemo(() => validateContent(data.form, content, { forSubmit: true }), [data.form, content]);

  const refresh = async () => {
    const fresh = await reload();
    await queryClient.invalidateQueries({ queryKey: ['reporting', 'obligations'] });
    await queryClient.invalidateQueries({ queryKey: ['reporting', 'board'] });
    return fresh;
  };

  const act = async (action: Exclude<ReportAction, 'save'>, comment: string | null) => {
    let version = data.report.version;
    if (editable) {
      if (!(await draft.flush())) throw NOT_SAVED();
      version = draft.version();
    }
    await api.post(`/api/obligations/${obligationId}/report/actions`, { action, comment, version });
    notifications.show({ color: 'green', message: `Đã thực hiện: ${reportActionLabel(action)}.` });
    const fresh = await refresh();
    if (fresh) draft.adopt({ content: fresh.report.content, version: fresh.report.version, status: fresh.report.status, updatedAt: fresh.report.updatedAt });
  };

  const upload = async (form: FormData, onProgress: (fraction: number | null) => void) => {
    // Save the text first: the upload moves the version, and the next save must start from it.
    if (!(await draft.flush())) throw NOT_SAVED();
    const res = await uploadEvidence(obligationId, form, onProgress);
    draft.setVersion(res.version);
    notifications.show({ color: 'green', message: `Đã đính kèm ${res.attachments.length} tệp.` });
    await reload();
  };

  return (
    <Stack>
      {/* Printing gives the report as a document (content and figures), not the form: see PrintedReport. */}
      <style href="thucthi-report-print" precedence="default">{'@media screen { .report-print-only { display: none !important; } }'}</style>
      <ReportHeader data={data} started={!!data.report.id || draft.version() > 0} />
      <div className="no-print">
        <ReportNotices data={data} editable={editable} />
      </div>
      {draft.restoredAt && draft.state.kind !== 'conflict' && (
        <Alert color="blue" title="Đã khôi phục nội dung trên máy này" withCloseButton closeButtonLabel="Đóng" onClose={draft.dismissRestored} className="no-print">
          Nội dung bạn nhập lúc {formatDateTime(draft.restoredAt)} chưa kịp lưu lên máy chủ và được giữ trên máy này;{' '}
          {draft.state.kind === 'clean' ? 'nay đã lưu lên máy chủ.' : 'hệ thống đang lưu lại.'}
        </Alert>
      )}
      {draft.orphan && (
        <Alert color="yellow" title="Trên máy này còn bản nháp chưa lưu" className="no-print">
          <Text size="sm">Báo cáo không còn sửa được ({data.locked ? 'đã khóa sổ' : 'đã gửi hoặc đang chờ duyệt'}), nên bản nháp nhập lúc {formatDateTime(draft.orphan.changedAt)} không lưu lên được.</Text>
          <Button size="xs" mt="xs" variant="light" color="yellow" onClick={draft.discardOrphan}>
            Xóa bản nháp trên máy
          </Button>
        </Alert>
      )}
      {draft.state.kind === 'conflict' && (
        <ConflictPanel form={data.form} mine={content} current={draft.state.current} onKeepMine={() => draft.keepMine(draft.state.kind === 'conflict' ? draft.state.current : data.report)} onUseServer={() => draft.state.kind === 'conflict' && draft.adopt(draft.state.current)} />
      )}
      <Group justify="space-between" gap="xs" className="no-print">
        {editable ? <SaveStatus state={draft.state} /> : <span />}
        <Group gap="xs">
          {/* The report as a Party document in Word, as last saved on the server. */}
          <DownloadButton url={`/api/obligations/${obligationId}/report.docx`} fileName="bao-cao.docx" icon={<IconFileTypeDocx size={14} />} variant="subtle">
            Tải Word
          </DownloadButton>
          <Button variant="subtle" size="xs" leftSection={<IconPrinter size={14} />} onClick={() => window.print()}>
            In báo cáo
          </Button>
        </Group>
      </Group>
      <div className="report-print-only">
        <ReportContentView form={data.form} content={normaliseContent(data.form, content)} />
        {data.report.attachments.length > 0 && (
          <Text size="sm" mt="sm">
            Tệp minh chứng: {data.report.attachments.map((f) => f.fileName).join('; ')}.
          </Text>
        )}
      </div>
      <Grid gap="md" className="no-print">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack>
            <ReportFields obligationId={obligationId} form={data.form} content={content} issues={issues} editable={editable} onNarrative={draft.setNarrative} onIndicators={draft.setIndicators} />
            <EvidenceFiles files={data.report.attachments} editable={editable} upload={upload} />
            <ReportActions actions={data.abilities.actions} submitIssues={submitIssues} onAct={act} onSave={editable ? async () => ((await draft.flush()) ? undefined : Promise.reject(NOT_SAVED())) : undefined} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack>
            {data.abilities.grantException && <ExceptionForm key={data.obligation.version} obligation={data.obligation} onSaved={refresh} />}
            <Paper withBorder p="md" component="section" aria-label="Quá trình xử lý">
              <Title order={3} size="h4" mb="sm">
                Quá trình xử lý
              </Title>
              <ReportEvents events={data.events} />
            </Paper>
            <Paper withBorder p="md" component="section" aria-label="Các lần gửi">
              <Title order={3} size="h4" mb="sm">
                Các lần gửi
              </Title>
              <ReportVersions versions={data.versions} form={data.form} current={content} />
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

export default function ReportPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const query = useReport(id);
  const reload = async () => (await query.refetch()).data;
  // Keyed by report and user: another report, or another account in the same tab, starts a fresh editor.
  // A cached copy from an earlier visit may be stale: the editor waits for this visit's.
  return (
    <QueryState query={query}>
      {(data) => (!query.isFetchedAfterMount ? <Loading /> : user ? <ReportEditor key={`${id}:${user.id}`} data={data} userId={user.id} reload={reload} /> : null)}
    </QueryState>
  );
}
