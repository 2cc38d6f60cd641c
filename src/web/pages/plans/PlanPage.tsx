import { Anchor, Stack, Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { OutlineView } from '../../components/OutlineView.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { api } from '../../lib/api.ts';
import { todayInVietnam } from '../../lib/format.ts';
import { byRegistryOrder, useUnits } from '../../lib/registry.ts';
import type { PlanDetail } from '../../lib/types.ts';
import { AssignmentsTab } from './AssignmentsTab.tsx';
import { PlanHeader } from './PlanHeader.tsx';
import { PlanLinks } from './PlanLinks.tsx';
import { CitationsTab, RecipientsTab, ReportingTab, SourceTab } from './PlanTabs.tsx';

const TABS = [
  { value: 'noi-dung', label: 'Nội dung' },
  { value: 'van-ban-dan', label: 'Văn bản được dẫn' },
  { value: 'phan-cong', label: 'Phân công' },
  { value: 'bao-cao', label: 'Chế độ báo cáo' },
  { value: 'noi-nhan', label: 'Nơi nhận' },
  { value: 'van-ban-goc', label: 'Văn bản gốc' },
] as const;

function PlanView({ data }: { data: PlanDetail }) {
  const [params, setParams] = useSearchParams();
  // Phân công opens first: it is what people come to a plan for; the order of the tabs follows the document.
  const tab = TABS.some((t) => t.value === params.get('tab')) ? (params.get('tab') as string) : 'phan-cong';
  const units = useUnits();
  const order = useMemo(() => byRegistryOrder(units.data ?? []), [units.data]);
  const today = todayInVietnam();
  const contentIndex = data.sections.findIndex((s) => s.items.some((i) => data.contentAreas.some((a) => a.number === i.number && a.title === i.title)));
  return (
    <Stack>
      <Anchor component={Link} to="/ke-hoach" size="sm">
        ← Danh sách kế hoạch
      </Anchor>
      <PlanHeader plan={data.plan} canManage={data.abilities.manage} />
      <PlanLinks planId={data.plan.id} canManage={data.abilities.manage} />
      <Anchor component={Link} to={`/viec-cua-don-vi?ke-hoach=${data.plan.id}`} size="sm" w="fit-content">
        Xem việc của đơn vị theo kế hoạch này ({data.duties.length} nhiệm vụ)
      </Anchor>
      <Tabs value={tab} onChange={(v) => v && setParams({ tab: v }, { replace: true })} keepMounted={false}>
        <Tabs.List className="scroll-tabs">
          {TABS.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="noi-dung" pt="md">
          <OutlineView sections={data.sections} highlight={contentIndex >= 0 ? contentIndex : null} />
        </Tabs.Panel>
        <Tabs.Panel value="van-ban-dan" pt="md">
          <CitationsTab cites={data.cites} />
        </Tabs.Panel>
        <Tabs.Panel value="phan-cong" pt="md">
          <AssignmentsTab assignments={data.assignments} duties={data.duties} today={today} order={order} />
        </Tabs.Panel>
        <Tabs.Panel value="bao-cao" pt="md">
          <ReportingTab reports={data.reportingDuties} assignments={data.assignments} />
        </Tabs.Panel>
        <Tabs.Panel value="noi-nhan" pt="md">
          <RecipientsTab recipients={data.plan.recipients} />
        </Tabs.Panel>
        <Tabs.Panel value="van-ban-goc" pt="md">
          <SourceTab planId={data.plan.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

export default function PlanPage() {
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: ['plans', id], queryFn: () => api.get<PlanDetail>(`/api/plans/${id}`) });
  return <QueryState query={query}>{(data) => <PlanView data={data} />}</QueryState>;
}
