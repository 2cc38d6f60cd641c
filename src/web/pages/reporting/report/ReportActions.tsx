import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { reportActionLabel, type ContentIssue, type ReportAction } from '../../../../core/reporting/index.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { ApiError } from '../../../lib/api.ts';

type FlowAction = Exclude<ReportAction, 'save'>;

/** Actions that send the content on: they need a complete report. */
const SENDS: ReadonlySet<ReportAction> = new Set(['submit', 'approve', 'request-approval']);
/** Actions that send the report back: they need a reason. */
const RETURNS: ReadonlySet<ReportAction> = new Set(['return', 'reject']);

function color(action: FlowAction): string | undefined {
  if (action === 'accept') return 'green';
  if (RETURNS.has(action)) return 'orange';
  return undefined;
}

function CommentModal({ action, onClose, onSend }: { action: FlowAction; onClose: () => void; onSend: (comment: string) => Promise<void> }) {
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      await onSend(comment.trim());
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={reportActionLabel(action)} centered>
      <Stack>
        <Textarea label="Lý do trả lại, nội dung cần sửa" required autosize minRows={3} value={comment} onChange={(e) => setComment(e.currentTarget.value)} data-autofocus />
        {error !== null && <ErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Thôi
          </Button>
          <Button color="orange" loading={busy} disabled={!comment.trim()} onClick={() => void send()}>
            {reportActionLabel(action)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function issuesOf(error: unknown): ContentIssue[] {
  if (!(error instanceof ApiError) || error.code !== 'REPORT_INCOMPLETE') return [];
  return (error.details as { issues?: ContentIssue[] } | undefined)?.issues ?? [];
}

/**
 * Exactly the actions the server says the user may take now, labelled as the
 * flow names them. Sending waits for a complete report; sending back asks why.
 */
export function ReportActions({ actions, submitIssues, onAct, onSave }: { actions: ReportAction[]; submitIssues: ContentIssue[]; onAct: (action: FlowAction, comment: string | null) => Promise<void>; onSave?: () => Promise<unknown> }) {
  const [asking, setAsking] = useState<FlowAction | null>(null);
  const [busy, setBusy] = useState<ReportAction | null>(null);
  const [error, setError] = useState<unknown>(null);
  const flow = actions.filter((a): a is FlowAction => a !== 'save');
  if (flow.length === 0 && !actions.includes('save')) return null;
  const blocked = submitIssues.length > 0 && flow.some((a) => SENDS.has(a));
  const run = async (action: ReportAction, work: () => Promise<unknown>) => {
    setBusy(action);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  const serverIssues = issuesOf(error);
  return (
    <Stack gap="xs" className="no-print" component="section" aria-label="Thao tác với báo cáo">
      {blocked && (
        <Alert color="yellow" title="Cần hoàn thiện trước khi gửi" p="xs">
          <List size="sm" spacing={2}>
            {submitIssues.map((i, k) => (
              <List.Item key={k}>{i.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {error !== null && (
        <ErrorAlert error={error} title="Chưa thực hiện được">
          {serverIssues.length > 0 && (
            <List size="sm" spacing={2} mt={4}>
              {serverIssues.map((i, k) => (
                <List.Item key={k}>{i.message}</List.Item>
              ))}
            </List>
          )}
        </ErrorAlert>
      )}
      <Group gap="xs">
        {flow.map((a) => (
          <Button
            key={a}
            color={color(a)}
            variant={RETURNS.has(a) ? 'light' : 'filled'}
            loading={busy === a}
            disabled={(SENDS.has(a) && submitIssues.length > 0) || (busy !== null && busy !== a)}
            onClick={() => (RETURNS.has(a) ? setAsking(a) : void run(a, () => onAct(a, null)))}
          >
            {reportActionLabel(a)}
          </Button>
        ))}
        {actions.includes('save') && onSave && (
          <Button variant="default" loading={busy === 'save'} disabled={busy !== null && busy !== 'save'} onClick={() => void run('save', onSave)}>
            {reportActionLabel('save')}
          </Button>
        )}
      </Group>
      {flow.some((a) => SENDS.has(a)) && !blocked && (
        <Text size="xs" c="dimmed">
          Gửi báo cáo sẽ lưu lại một phiên bản không sửa được; đơn vị nhận có thể trả lại để bổ sung.
        </Text>
      )}
      {asking && <CommentModal action={asking} onClose={() => setAsking(null)} onSend={(comment) => onAct(asking, comment)} />}
    </Stack>
  );
}
