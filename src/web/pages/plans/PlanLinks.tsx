import { Button, Group } from '@mantine/core';
import { IconCalendarStats, IconChartBar, IconClipboardList, IconFileDescription, IconBell, IconForms } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useSession } from '../../lib/session.tsx';

/** The plan's working pages: reporting, consolidation, monitoring, settings. */
export function PlanLinks({ planId, canManage }: { planId: string; canManage: boolean }) {
  const { can } = useSession();
  const links = [
    { to: `/ke-hoach/${planId}/bao-cao`, label: 'Theo dõi báo cáo', icon: <IconClipboardList size={16} />, show: can('report.read') },
    { to: `/ke-hoach/${planId}/theo-doi`, label: 'Bảng điều khiển', icon: <IconChartBar size={16} />, show: can('dashboard.read') },
    { to: `/ke-hoach/${planId}/tong-hop`, label: 'Báo cáo tổng hợp', icon: <IconFileDescription size={16} />, show: can('consolidation.manage') || can('report.read') },
    { to: `/ke-hoach/${planId}/mau-bao-cao`, label: 'Mẫu báo cáo, kỳ hạn', icon: <IconForms size={16} />, show: canManage },
    { to: `/ke-hoach/${planId}/nhac-viec`, label: 'Nhắc việc', icon: <IconBell size={16} />, show: canManage },
    { to: `/lich?ke-hoach=${planId}`, label: 'Lịch hạn', icon: <IconCalendarStats size={16} />, show: can('duty.read') },
  ].filter((l) => l.show);
  return (
    <Group gap="xs" className="no-print">
      {links.map((l) => (
        <Button key={l.to} component={Link} to={l.to} variant="light" size="xs" leftSection={l.icon}>
          {l.label}
        </Button>
      ))}
    </Group>
  );
}
