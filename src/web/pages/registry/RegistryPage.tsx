import { Button, Group, Stack, Tabs, Title } from '@mantine/core';
import { IconArrowsSplit } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { GroupsPanel } from './GroupsPanel.tsx';
import { RegistryIoPanel } from './RegistryIoPanel.tsx';
import { UnitsPanel } from './UnitsPanel.tsx';

export default function RegistryPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'don-vi';
  return (
    <Stack>
      <Group justify="space-between" gap="xs">
        <Title order={2}>Tổ chức, đơn vị</Title>
        <Button component={Link} to="/to-chuc/sap-xep" variant="light" size="xs" leftSection={<IconArrowsSplit size={16} />}>
          Sắp xếp tổ chức (hợp nhất, chia tách, đổi tên)
        </Button>
      </Group>
      <Tabs value={tab} onChange={(v) => v && setParams({ tab: v }, { replace: true })}>
        <Tabs.List className="scroll-tabs">
          <Tabs.Tab value="don-vi">Cây đơn vị</Tabs.Tab>
          <Tabs.Tab value="nhom">Nhóm đơn vị</Tabs.Tab>
          <Tabs.Tab value="nhap-xuat">Nhập, xuất</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="don-vi" pt="md">
          <UnitsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="nhom" pt="md">
          <GroupsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="nhap-xuat" pt="md">
          <RegistryIoPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
