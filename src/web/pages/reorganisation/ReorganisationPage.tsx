import { Title } from '@mantine/core';

// Placeholder: the screen is built in this file.
export default function ReorganisationPage() {
  return <Title order={2}>Sắp xếp tổ chức</Title>;
}
