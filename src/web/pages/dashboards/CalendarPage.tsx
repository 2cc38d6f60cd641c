import { Title } from '@mantine/core';

// Placeholder: the screen is built in this file.
export default function CalendarPage() {
  return <Title order={2}>Lịch hạn</Title>;
}
