import { Title } from '@mantine/core';

// Placeholder: the screen is built in this file.
export default function RemindersPage() {
  return <Title order={2}>Nhắc việc</Title>;
}
