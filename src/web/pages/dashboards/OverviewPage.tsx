import { Title } from '@mantine/core';

// Placeholder: the screen is built in this file.
export default function OverviewPage() {
  return <Title order={2}>Tổng quan</Title>;
}
