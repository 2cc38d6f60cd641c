import { Title } from '@mantine/core';

// Placeholder: the screen is built in this file.
export default function ConsolidationPage() {
  return <Title order={2}>Báo cáo tổng hợp</Title>;
}
