import { Alert, Anchor, Badge, Breadcrumbs, Button, Group, Modal, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconRefresh } from '@tabler/icons-react';
import { useEffect, useMemo } from 'react';
import { Link, useBlocker, useParams } from 'react-router';
import { civilParts } from '../../../core/civil-date.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/QueryState.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useSession } from '../../lib/session.tsx';
import { ConflictAlert } from './ConflictAlert.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { FrameForm } from './FrameForm.tsx';
import { SectionCard } from './SectionCard.tsx';
import { TablesPanel } from './TablesPanel.tsx';
import { kindLabel, sectionNumbers, exportName } from './types.ts';
import { useConsolidationDraft } from './useConsolidationDraft.ts';
import { SaveVersionButton, VersionsPanel } from './VersionsPanel.tsx';

/** The consolidated report's editor: sections, frame, tables, versions and exports. */
export default function ConsolidationPage() {
  const { id = '' } = useParams();
  const { today } = useSession();
  const draft = useConsolidationDraft(id);
  const { view, local, dirty } = draft;
  const numbers = useMemo(() => sectionNumbers(view?.content.sections ?? []), [view?.content.sections]);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);

  // Closing the tab or reloading with unsaved edits: the browser asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  if (draft.query.isPending) return <Loading />;
  if (draft.query.isError || !view) return <ErrorAlert error={draft.query.error} title="Không mở được báo cáo tổng hợp" onRetry={() => void draft.query.refetch()} />;

  const editable = view.abilities.edit;
  const frame = local.frame ?? view.frame;
  const title = local.title ?? view.title;
  const year = today ? civilParts(today).year : new Date().getFullYear();
  const invalid = !title.trim() || !frame.issuer.trim() || !frame.symbol.trim() || !frame.place.trim();

  const save = async () => {
    if (await draft.save()) notifications.show({ color: 'green', message: 'Đã lưu báo cáo tổng hợp.' });
  };
  const refresh = async () => {
    if (await draft.refresh()) notifications.show({ color: 'green', message: 'Đã cập nhật số liệu và các mục chưa sửa từ báo cáo của các đơn vị.' });
  };

  return (
    <Stack gap="md">
      <Breadcrumbs className="no-print">
        <Anchor component={Link} to={`/ke-hoach/${view.plan.id}`}>
          {view.plan.number ?? 'Kế hoạch'}
        </Anchor>
        <Anchor component={Link} to={`/ke-hoach/${view.plan.id}/tong-hop`}>
          Báo cáo tổng hợp
        </Anchor>
        <Text size="sm">{view.periodLabel}</Text>
      </Breadcrumbs>
      <div>
        <Group gap="xs">
          <Title order={2}>
            {kindLabel(view.kind)}: {view.periodLabel}
          </Title>
          {!editable && (
            <Badge variant="light" color="gray" tt="none">
              Chỉ xem
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {view.issuer.name} · lập bởi {view.createdBy.name} · lưu lúc {formatDateTime(view.updatedAt)} · {view.versionCount} phiên bản · số liệu đến ngày {view.content.generatedOn.split('-').reverse().join('/')}
        </Text>
      </div>

      {editable && (
        <Paper withBorder p="xs" shadow="xs" className="no-print consolidation-actions">
          <Group justify="space-between" gap="xs">
            <Group gap="xs">
              <Button leftSection={<IconDeviceFloppy size={16} />} onClick={() => void save()} disabled={!dirty || invalid || draft.conflict !== null} loading={draft.busy === 'save'}>
                Lưu
              </Button>
              <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={() => void refresh()} loading={draft.busy === 'refresh'} disabled={draft.conflict !== null}>
                Làm mới từ báo cáo
              </Button>
              <SaveVersionButton view={view} disabled={dirty || draft.conflict !== null} onSaved={() => void draft.query.refetch()} />
            </Group>
            <Text size="sm" c={dirty ? 'orange.8' : 'dimmed'} data-testid="save-state">
              {dirty ? 'Có thay đổi chưa lưu' : 'Đã lưu'}
            </Text>
          </Group>
        </Paper>
      )}
      <ExportPanel view={view} dirty={dirty} />

      {draft.conflict && (
        <ConflictAlert
          current={draft.conflict}
          mine={local.sections}
          titleChanged={local.title !== null}
          frameChanged={local.frame !== null}
          busy={draft.busy === 'save'}
          onReapply={() => void draft.reapply()}
          onDiscard={draft.discard}
        />
      )}
      {draft.error !== null && <ErrorAlert error={draft.error} />}
      {view.staleSections.length > 0 && (
        <Alert color="orange" variant="light" className="no-print">
          {view.staleSections.length} mục đã sửa có thêm nội dung từ báo cáo mới của các đơn vị: xem các mục có nhãn “Có báo cáo mới”.
        </Alert>
      )}

      <Tabs defaultValue="noi-dung" keepMounted>
        <Tabs.List className="no-print scroll-tabs">
          <Tabs.Tab value="noi-dung">Nội dung</Tabs.Tab>
          <Tabs.Tab value="the-thuc">Trích yếu, thể thức</Tabs.Tab>
          <Tabs.Tab value="so-lieu">Số liệu</Tabs.Tab>
          <Tabs.Tab value="phien-ban">Phiên bản ({view.versionCount})</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="noi-dung" pt="md">
          <Stack gap="sm">
            <Text fw={700} ta="center">
              BÁO CÁO
              <br />
              {title}
            </Text>
            {view.content.sections.map((s) => (
              <SectionCard
                key={s.key}
                section={s}
                number={numbers.get(s.key) ?? ''}
                html={local.sections[s.key] ?? s.html}
                unsaved={local.sections[s.key] !== undefined}
                editable={editable}
                resetKey={draft.resets[s.key] ?? 0}
                busy={draft.busy === 'save'}
                onChange={draft.setSection}
                onTakeGenerated={draft.takeGenerated}
                onKeepEdited={draft.keepEdited}
              />
            ))}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="the-thuc" pt="md">
          <FrameForm key={local.frame === null ? `v${view.version}` : 'local'} frame={frame} title={title} readOnly={!editable} onFrame={draft.setFrame} onTitle={draft.setTitle} year={year} />
        </Tabs.Panel>
        <Tabs.Panel value="so-lieu" pt="md">
          <TablesPanel tables={view.content.tables} xlsx={{ url: `/api/consolidations/${view.id}/export.xlsx`, fileName: exportName(view, 'xlsx') }} />
        </Tabs.Panel>
        <Tabs.Panel value="phien-ban" pt="md">
          <VersionsPanel view={view} />
        </Tabs.Panel>
      </Tabs>

      <Modal opened={blocker.state === 'blocked'} onClose={() => blocker.reset?.()} title="Rời trang khi chưa lưu?" centered>
        <Stack>
          <Text size="sm">Các thay đổi chưa lưu sẽ mất.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => blocker.reset?.()}>
              Ở lại
            </Button>
            <Button color="red" onClick={() => blocker.proceed?.()}>
              Rời trang
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
