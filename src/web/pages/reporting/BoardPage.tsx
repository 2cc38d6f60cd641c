import { Title } from '@mantine/core';

// Placeholder: the screen is built in this file.
export default function BoardPage() {
  return <Title order={2}>Bảng theo dõi báo cáo</Title>;
}
