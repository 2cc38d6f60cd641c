import { Alert, Anchor, Badge, Button, Grid, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconSend } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useBlocker, useNavigate, useParams } from 'react-router';
import type { Citation } from '../../../core/document/types.ts';
import { validateDraft, type DraftAssignment, type DraftMeta } from '../../../core/plan/draft.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/QueryState.tsx';
import type { RegistryData } from '../../components/UnitRefSelect.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { groupMembersOn, useGroups, useUnits } from '../../lib/registry.ts';
import { AssignmentEditor } from './review/AssignmentEditor.tsx';
import { CitesEditor } from './review/CitesEditor.tsx';
import { ContentEditor, RecipientsEditor } from './review/ContentEditor.tsx';
import { locateAssignment, withAssignment } from './review/draft-edit.ts';
import { MetaEditor } from './review/MetaEditor.tsx';
import { ReviewChecks } from './review/ReviewChecks.tsx';
import { SourcePane, type SourceFocus } from './review/SourcePane.tsx';
import { useImportEditor } from './review/useImportEditor.ts';

export default function ImportReviewPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const editor = useImportEditor(id);
  const units = useUnits();
  const groups = useGroups();
  const [allowDuplicate, setAllowDuplicate] = useState(false);
  const [focus, setFocus] = useState<SourceFocus | null>(null);
  const leaving = useRef(false);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => editor.dirty && !leaving.current && currentLocation.pathname !== nextLocation.pathname);

  // Closing the tab or reloading with unsaved edits: the browser asks first.
  useEffect(() => {
    if (!editor.dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [editor.dirty]);

  const { draft, update } = editor;
  const view = editor.query.data;
  const lines = useMemo(() => (view?.sourceText ?? '').split('\n'), [view?.sourceText]);
  const date = draft?.meta.date ?? null;
  const registry: RegistryData | null = useMemo(
    () => (units.data && groups.data ? { units: units.data, groups: groups.data, members: groupMembersOn(groups.data, units.data, date) } : null),
    [units.data, groups.data, date],
  );
  // The server's list for the saved draft; while editing, the same rules
  // (validateDraft is shared with the server) re-checked live.
  const dirty = editor.dirty;
  const problems = useMemo(() => (!draft ? [] : dirty || !view ? validateDraft(draft) : view.problems), [draft, dirty, view]);

  const onAssignment = useCallback((index: number, a: DraftAssignment) => update((d) => withAssignment(d, index, () => a)), [update]);
  const onLocate = useCallback(
    (a: DraftAssignment) => {
      const range = locateAssignment(lines, a);
      if (range) setFocus((f) => ({ ...range, seq: (f?.seq ?? 0) + 1 }));
      else notifications.show({ color: 'yellow', message: 'Không tìm thấy đoạn này trong văn bản gốc (nội dung đã được sửa).' });
    },
    [lines],
  );
  const onMeta = useCallback((meta: DraftMeta) => update((d) => ({ ...d, meta })), [update]);
  const onCites = useCallback((cites: Citation[]) => update((d) => ({ ...d, cites })), [update]);
  const onContent = useCallback((contentSection: number | null) => update((d) => ({ ...d, contentSection })), [update]);
  const onRecipients = useCallback((recipients: string[]) => update((d) => ({ ...d, recipients })), [update]);
  const onShowLine = useCallback((line: number) => setFocus((f) => ({ start: line, end: line, seq: (f?.seq ?? 0) + 1 })), []);

  if (editor.query.isPending || units.isPending || groups.isPending) return <Loading />;
  if (editor.query.isError) return <ErrorAlert error={editor.query.error} title="Không mở được bản nhập" onRetry={() => void editor.query.refetch()} />;
  if (units.isError || groups.isError) return <ErrorAlert error={units.error ?? groups.error} title="Không tải được danh mục đơn vị" />;
  if (!view || !draft || !registry) return <Loading />;

  const canPublish = problems.length === 0 && (!view.duplicate || allowDuplicate) && !editor.conflict;
  const save = async () => {
    if ((await editor.save()) !== null) notifications.show({ color: 'green', message: 'Đã lưu bản nhập.' });
  };
  const publish = async () => {
    const planId = await editor.publish(allowDuplicate);
    if (planId) {
      leaving.current = true;
      notifications.show({ color: 'green', message: 'Đã công bố kế hoạch.' });
      navigate(`/ke-hoach/${planId}`);
    }
  };

  if (view.status !== 'draft') {
    return (
      <Stack>
        <Title order={2}>Bản nhập: {view.sourceName}</Title>
        <Alert color={view.status === 'published' ? 'green' : 'gray'}>
          {view.status === 'published' ? 'Bản nhập này đã được công bố. ' : 'Bản nhập này đã bị hủy.'}
          {view.planId && (
            <Anchor component={Link} to={`/ke-hoach/${view.planId}`}>
              Mở kế hoạch
            </Anchor>
          )}
        </Alert>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Anchor component={Link} to="/nhap-ke-hoach" size="sm">
          ← Các bản nhập
        </Anchor>
        <Title order={2}>Kiểm tra bản nhập</Title>
        <Text size="sm" c="dimmed">
          {view.sourceName} ({view.sourceFormat}) — tải lên {formatDateTime(view.createdAt)}
        </Text>
      </Stack>

      <Paper withBorder p="xs" className="review-actions" shadow="xs">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Button leftSection={<IconDeviceFloppy size={16} />} variant="default" onClick={() => void save()} disabled={!editor.dirty || editor.conflict} loading={editor.saving}>
              Lưu
            </Button>
            <Button leftSection={<IconSend size={16} />} onClick={() => void publish()} disabled={!canPublish} loading={editor.saving}>
              Công bố
            </Button>
            <ConfirmButton
              variant="subtle"
              color="red"
              title="Hủy bản nhập"
              message="Bản nhập sẽ bị hủy, các chỉnh sửa không còn dùng được. Văn bản gốc vẫn được lưu trong nhật ký."
              confirmLabel="Hủy bản nhập"
              onConfirm={async () => {
                await editor.discard();
                leaving.current = true;
                navigate('/nhap-ke-hoach');
              }}
            >
              Hủy bản nhập
            </ConfirmButton>
          </Group>
          {editor.dirty ? (
            <Badge color="orange" variant="light" tt="none">
              Có thay đổi chưa lưu
            </Badge>
          ) : (
            <Badge color="green" variant="light" tt="none">
              Đã lưu
            </Badge>
          )}
        </Group>
      </Paper>

      {editor.conflict && (
        <Alert color="red" role="alert" title="Bản nhập đã được người khác sửa">
          <Text size="sm">Thay đổi của bạn chưa được lưu để không ghi đè lên bản của người khác. Tải bản mới nhất rồi sửa lại.</Text>
          <Button mt="xs" size="xs" color="red" onClick={() => void editor.reload()}>
            Tải bản mới nhất (bỏ thay đổi của tôi)
          </Button>
        </Alert>
      )}
      {editor.error !== null && <ErrorAlert error={editor.error} />}

      <ReviewChecks problems={problems} issues={view.issues} duplicate={view.duplicate} allowDuplicate={allowDuplicate} onAllowDuplicate={setAllowDuplicate} onShowLine={onShowLine} />

      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <MetaEditor meta={draft.meta} units={registry.units} onChange={onMeta} />
            <CitesEditor cites={draft.cites} onChange={onCites} />
            <ContentEditor sections={draft.sections} contentSection={draft.contentSection} onChange={onContent} />
            <Title order={3} size="h4">
              Phân công ({draft.assignments.length})
            </Title>
            {draft.assignments.map((a, i) => (
              <AssignmentEditor key={i} index={i} assignment={a} problemCount={problems.filter((p) => p.assignment === i).length} registry={registry} date={date} onChange={onAssignment} onLocate={onLocate} />
            ))}
            <RecipientsEditor recipients={draft.recipients} onChange={onRecipients} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <SourcePane text={view.sourceText} name={view.sourceName} focus={focus} />
        </Grid.Col>
      </Grid>

      {/* On phones the bar above does not follow the scroll: the same two actions at the end of the draft. */}
      <Group hiddenFrom="sm" gap="xs">
        <Button leftSection={<IconDeviceFloppy size={16} />} variant="default" onClick={() => void save()} disabled={!editor.dirty || editor.conflict} loading={editor.saving}>
          Lưu
        </Button>
        <Button leftSection={<IconSend size={16} />} onClick={() => void publish()} disabled={!canPublish} loading={editor.saving}>
          Công bố
        </Button>
      </Group>

      <Modal opened={blocker.state === 'blocked'} onClose={() => blocker.reset?.()} title="Rời trang khi chưa lưu?" centered>
        <Text size="sm">Các chỉnh sửa chưa lưu sẽ mất.</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => blocker.reset?.()}>
            Ở lại
          </Button>
          <Button color="red" onClick={() => blocker.proceed?.()}>
            Rời trang
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
