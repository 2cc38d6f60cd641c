import { Title } from '@mantine/core';

// Placeholder: the screen is built in this file.
export default function UnitHistoryPage() {
  return <Title order={2}>Lịch sử đơn vị</Title>;
}
