import { Title } from '@mantine/core';

// Placeholder: the screen is built in this file.
export default function InboxPage() {
  return <Title order={2}>Báo cáo định kỳ</Title>;
}
