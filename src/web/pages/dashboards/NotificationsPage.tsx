import { Title } from '@mantine/core';

// Placeholder: the screen is built in this file.
export default function NotificationsPage() {
  return <Title order={2}>Thông báo</Title>;
}
