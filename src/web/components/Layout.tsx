import { Alert, Anchor, AppShell, Burger, Group, NavLink, Text, Title, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBell,
  IconBuildingCommunity,
  IconCalendar,
  IconChecklist,
  IconFileImport,
  IconFileText,
  IconHistory,
  IconLayoutDashboard,
  IconLogout,
  IconReportAnalytics,
  IconUserCircle,
  IconUsers,
} from '@tabler/icons-react';
import { NotificationBell } from './NotificationBell.tsx';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { api, setCsrfToken } from '../lib/api.ts';
import { useSession } from '../lib/session.tsx';

interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
  permission: string;
  /** Other paths that belong to this entry (a duty page belongs to the duties list). */
  also?: string[];
}

export const NAV_ITEMS: NavItem[] = [
  { to: '/tong-quan', label: 'Tổng quan', icon: <IconLayoutDashboard size={18} />, permission: 'dashboard.read' },
  { to: '/viec-cua-don-vi', label: 'Việc của đơn vị', icon: <IconChecklist size={18} />, permission: 'duty.read', also: ['/nhiem-vu'] },
  { to: '/bao-cao', label: 'Báo cáo định kỳ', icon: <IconReportAnalytics size={18} />, permission: 'report.read' },
  { to: '/lich', label: 'Lịch hạn', icon: <IconCalendar size={18} />, permission: 'duty.read' },
  { to: '/ke-hoach', label: 'Kế hoạch', icon: <IconFileText size={18} />, permission: 'plan.read', also: ['/tong-hop'] },
  { to: '/nhap-ke-hoach', label: 'Nhập kế hoạch', icon: <IconFileImport size={18} />, permission: 'plan.manage' },
  { to: '/to-chuc', label: 'Tổ chức, đơn vị', icon: <IconBuildingCommunity size={18} />, permission: 'registry.read' },
  { to: '/thong-bao', label: 'Thông báo', icon: <IconBell size={18} />, permission: 'self' },
  { to: '/nhat-ky', label: 'Nhật ký thay đổi', icon: <IconHistory size={18} />, permission: 'audit.read' },
  { to: '/nguoi-dung', label: 'Tài khoản người dùng', icon: <IconUsers size={18} />, permission: 'user.manage' },
];

export function Layout() {
  const [opened, { toggle, close }] = useDisclosure();
  const { user, can } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const logout = async () => {
    try {
      await api.post('/api/auth/logout');
    } finally {
      setCsrfToken(null);
      queryClient.clear();
      navigate('/dang-nhap');
    }
  };

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Mở danh mục" />
            <UnstyledButton component={Link} to="/">
              <Title order={4} c="red.8">
                thucthi
              </Title>
            </UnstyledButton>
            <Text size="sm" c="dimmed" visibleFrom="md">
              Theo dõi thực hiện kế hoạch
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            <Text size="sm" truncate="end" maw={{ base: 150, sm: 400 }} title={user ? `${user.displayName} — ${user.unitName}` : ''}>
              {user?.displayName}
            </Text>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <AppShell.Section grow>
          {NAV_ITEMS.filter((item) => can(item.permission)).map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={item.label}
              leftSection={item.icon}
              active={[item.to, ...(item.also ?? [])].some((p) => location.pathname.startsWith(p))}
              onClick={close}
            />
          ))}
        </AppShell.Section>
        <AppShell.Section>
          <Text size="xs" c="dimmed" px="sm" pb={4}>
            {user?.roleLabel} — {user?.unitName}
          </Text>
          <NavLink component={Link} to="/tai-khoan" label="Tài khoản" leftSection={<IconUserCircle size={18} />} onClick={close} />
          <NavLink label="Đăng xuất" leftSection={<IconLogout size={18} />} onClick={logout} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        {user?.mustChangePassword && !location.pathname.startsWith('/tai-khoan') && (
          <Alert color="orange" mb="md" title="Bạn đang dùng mật khẩu tạm">
            Hãy{' '}
            <Anchor component={Link} to="/tai-khoan">
              đổi mật khẩu
            </Anchor>{' '}
            trước khi làm việc tiếp.
          </Alert>
        )}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
