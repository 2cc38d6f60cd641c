import { Anchor, Breadcrumbs, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { Areas } from './plan/Areas.tsx';
import { Drill } from './plan/Drill.tsx';
import { Filters } from './plan/Filters.tsx';
import { Indicators } from './plan/Indicators.tsx';
import { Matrix } from './plan/Matrix.tsx';
import { Overdue } from './plan/Overdue.tsx';
import { Overview } from './plan/Overview.tsx';
import { DASHBOARD_TABS, useDashboardParams, type DashboardTab } from './plan/params.ts';
import { usePlanSummary } from './queries.ts';

const TAB_LABELS: Record<DashboardTab, string> = {
  'tong-quan': 'Tổng quan',
  'ma-tran': 'Ma trận',
  cay: 'Theo cây tổ chức',
  'chi-tieu': 'Chỉ tiêu',
  'qua-han': 'Quá hạn',
  'noi-dung': 'Theo nội dung',
};

/**
 * A plan's dashboard for the coordinating office. Each tab fetches its own
 * view only when opened (a district's link is slow); filters and the tab
 * are in the URL.
 */
export default function PlanDashboardPage() {
  const { id = '' } = useParams();
  const { filters, tab, node, set } = useDashboardParams();
  const summary = usePlanSummary(id, filters);
  const plan = summary.data?.plan;
  const fileBase = `bang-dieu-khien-${(plan?.number ?? 'ke-hoach').replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <Stack gap="md">
      <Breadcrumbs className="no-print">
        <Anchor component={Link} to="/ke-hoach">
          Kế hoạch
        </Anchor>
        <Anchor component={Link} to={`/ke-hoach/${id}`}>
          {plan?.number ?? 'Kế hoạch'}
        </Anchor>
        <Text size="sm">Bảng điều khiển</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" gap="xs">
        <div>
          <Title order={2}>Theo dõi thực hiện {plan?.number ? `Kế hoạch ${plan.number}` : ''}</Title>
          {plan && (
            <Text size="sm" c="dimmed" lineClamp={2}>
              {plan.title}
            </Text>
          )}
        </div>
        <Group gap="xs" className="no-print">
          <Button component={Link} to={`/ke-hoach/${id}/tong-hop`} variant="light" size="xs">
            Báo cáo tổng hợp
          </Button>
          <Button component={Link} to={`/lich?ke-hoach=${id}`} variant="light" size="xs">
            Lịch hạn
          </Button>
          <Button variant="default" size="xs" leftSection={<IconPrinter size={14} />} onClick={() => window.print()}>
            In
          </Button>
        </Group>
      </Group>
      <QueryState query={summary}>
        {(s) => (
          <Stack gap="md">
            <Filters summary={s} filters={filters} onChange={(patch) => set({ period: patch.period, unitId: patch.unitId, contentAreaId: patch.contentAreaId })} />
            <Text size="sm" c="dimmed" data-testid="dashboard-scope">
              {s.filters.periodLabel ? `Kỳ ${s.filters.periodLabel}` : 'Chưa có kỳ báo cáo'} · {s.filters.unitName ? `${s.filters.unitName} và các đơn vị trực thuộc` : 'tất cả đơn vị'} · số liệu đến ngày{' '}
              {s.filters.today.split('-').reverse().join('/')}
            </Text>
            <Tabs value={tab} onChange={(v) => set({ tab: (DASHBOARD_TABS as readonly string[]).includes(v ?? '') ? (v as DashboardTab) : 'tong-quan' })} keepMounted={false}>
              <Tabs.List className="no-print scroll-tabs">
                {DASHBOARD_TABS.map((t) => (
                  <Tabs.Tab key={t} value={t}>
                    {TAB_LABELS[t]}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              <Tabs.Panel value="tong-quan" pt="md">
                <Overview summary={s} filters={filters} planId={id} />
              </Tabs.Panel>
              <Tabs.Panel value="ma-tran" pt="md">
                <Matrix planId={id} filters={filters} fileBase={fileBase} />
              </Tabs.Panel>
              <Tabs.Panel value="cay" pt="md">
                <Drill planId={id} filters={filters} node={node} onNode={(n) => set({ node: n })} fileBase={fileBase} />
              </Tabs.Panel>
              <Tabs.Panel value="chi-tieu" pt="md">
                <Indicators planId={id} filters={filters} fileBase={fileBase} />
              </Tabs.Panel>
              <Tabs.Panel value="qua-han" pt="md">
                <Overdue planId={id} filters={filters} fileBase={fileBase} />
              </Tabs.Panel>
              <Tabs.Panel value="noi-dung" pt="md">
                <Areas planId={id} filters={filters} fileBase={fileBase} />
              </Tabs.Panel>
            </Tabs>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
