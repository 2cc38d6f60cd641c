import { Title } from '@mantine/core';

// Placeholder: the screen is built in this file.
export default function PlanDashboardPage() {
  return <Title order={2}>Theo dõi thực hiện</Title>;
}
