import { Alert } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, useLocation } from 'react-router';
import { Layout } from './components/Layout.tsx';
import { Loading } from './components/QueryState.tsx';
import { useSession } from './lib/session.tsx';
import { LoginPage } from './pages/LoginPage.tsx';

// Pages load on demand: a reporter on a phone downloads only what they open.
const HomePage = lazy(() => import('./pages/HomePage.tsx'));
const AccountPage = lazy(() => import('./pages/AccountPage.tsx'));
const PlansPage = lazy(() => import('./pages/plans/PlansPage.tsx'));
const PlanPage = lazy(() => import('./pages/plans/PlanPage.tsx'));
const ImportsPage = lazy(() => import('./pages/imports/ImportsPage.tsx'));
const ImportReviewPage = lazy(() => import('./pages/imports/ImportReviewPage.tsx'));
const DutiesPage = lazy(() => import('./pages/duties/DutiesPage.tsx'));
const DutyPage = lazy(() => import('./pages/duties/DutyPage.tsx'));
const RegistryPage = lazy(() => import('./pages/registry/RegistryPage.tsx'));
const AuditPage = lazy(() => import('./pages/admin/AuditPage.tsx'));
const UsersPage = lazy(() => import('./pages/admin/UsersPage.tsx'));
const InboxPage = lazy(() => import('./pages/reporting/InboxPage.tsx'));
const ReportPage = lazy(() => import('./pages/reporting/ReportPage.tsx'));
const BoardPage = lazy(() => import('./pages/reporting/BoardPage.tsx'));
const FormSettingsPage = lazy(() => import('./pages/reporting/FormSettingsPage.tsx'));
const ReorganisationPage = lazy(() => import('./pages/reorganisation/ReorganisationPage.tsx'));
const UnitHistoryPage = lazy(() => import('./pages/reorganisation/UnitHistoryPage.tsx'));
const ConsolidationsPage = lazy(() => import('./pages/consolidation/ConsolidationsPage.tsx'));
const ConsolidationPage = lazy(() => import('./pages/consolidation/ConsolidationPage.tsx'));
const PlanDashboardPage = lazy(() => import('./pages/dashboards/PlanDashboardPage.tsx'));
const OverviewPage = lazy(() => import('./pages/dashboards/OverviewPage.tsx'));
const CalendarPage = lazy(() => import('./pages/dashboards/CalendarPage.tsx'));
const NotificationsPage = lazy(() => import('./pages/dashboards/NotificationsPage.tsx'));
const RemindersPage = lazy(() => import('./pages/dashboards/RemindersPage.tsx'));

function RequireSession({ children }: { children: ReactNode }) {
  const { user, loading } = useSession();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!user) return <Navigate to={`/dang-nhap?tiep=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <>{children}</>;
}

/** The server refuses anyway; this says so in words instead of a failed request. */
function RequirePermission({ permission, children }: { permission: string; children: ReactNode }) {
  const { can } = useSession();
  if (!can(permission)) {
    return (
      <Alert color="yellow" title="Không có quyền truy cập">
        Tài khoản của bạn không được dùng chức năng này.
      </Alert>
    );
  }
  return <>{children}</>;
}

const page = (node: ReactNode, permission?: string) => (
  <Suspense fallback={<Loading />}>{permission ? <RequirePermission permission={permission}>{node}</RequirePermission> : node}</Suspense>
);

export const router = createBrowserRouter([
  { path: '/dang-nhap', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireSession>
        <Layout />
      </RequireSession>
    ),
    children: [
      { index: true, element: page(<HomePage />) },
      { path: 'tai-khoan', element: page(<AccountPage />) },
      { path: 'ke-hoach', element: page(<PlansPage />, 'plan.read') },
      { path: 'ke-hoach/:id', element: page(<PlanPage />, 'plan.read') },
      { path: 'nhap-ke-hoach', element: page(<ImportsPage />, 'plan.manage') },
      { path: 'nhap-ke-hoach/:id', element: page(<ImportReviewPage />, 'plan.manage') },
      { path: 'viec-cua-don-vi', element: page(<DutiesPage />, 'duty.read') },
      { path: 'nhiem-vu/:id', element: page(<DutyPage />, 'duty.read') },
      { path: 'to-chuc', element: page(<RegistryPage />, 'registry.read') },
      { path: 'nhat-ky', element: page(<AuditPage />, 'audit.read') },
      { path: 'nguoi-dung', element: page(<UsersPage />, 'user.manage') },
      { path: 'bao-cao', element: page(<InboxPage />, 'report.read') },
      { path: 'bao-cao/:id', element: page(<ReportPage />, 'report.read') },
      { path: 'ke-hoach/:id/bao-cao', element: page(<BoardPage />, 'report.read') },
      { path: 'ke-hoach/:id/mau-bao-cao', element: page(<FormSettingsPage />, 'plan.read') },
      { path: 'to-chuc/sap-xep', element: page(<ReorganisationPage />, 'registry.read') },
      { path: 'to-chuc/don-vi/:id', element: page(<UnitHistoryPage />, 'registry.read') },
      { path: 'ke-hoach/:id/tong-hop', element: page(<ConsolidationsPage />, 'report.read') },
      { path: 'tong-hop/:id', element: page(<ConsolidationPage />, 'report.read') },
      { path: 'ke-hoach/:id/theo-doi', element: page(<PlanDashboardPage />, 'dashboard.read') },
      { path: 'tong-quan', element: page(<OverviewPage />, 'dashboard.read') },
      { path: 'lich', element: page(<CalendarPage />, 'duty.read') },
      { path: 'thong-bao', element: page(<NotificationsPage />, 'self') },
      { path: 'ke-hoach/:id/nhac-viec', element: page(<RemindersPage />, 'plan.read') },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]);
