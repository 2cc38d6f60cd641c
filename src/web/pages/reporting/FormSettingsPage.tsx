import { Title } from '@mantine/core';

// Placeholder: the screen is built in this file.
export default function FormSettingsPage() {
  return <Title order={2}>Mẫu báo cáo</Title>;
}
