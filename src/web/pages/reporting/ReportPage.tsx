import { Title } from '@mantine/core';

// Placeholder: the screen is built in this file.
export default function ReportPage() {
  return <Title order={2}>Báo cáo</Title>;
}
