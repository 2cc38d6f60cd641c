import { Title } from '@mantine/core';

// Placeholder: the screen is built in this file.
export default function ConsolidationsPage() {
  return <Title order={2}>Báo cáo tổng hợp</Title>;
}
