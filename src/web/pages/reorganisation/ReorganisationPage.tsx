import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { SuccessionsPanel } from './SuccessionsPanel.tsx';
import { TreeCompare } from './TreeCompare.tsx';

/** Merges, splits and renames: the organisation on two dates, who carries on whose work, and the transfer of open work. */
export default function ReorganisationPage() {
  return (
    <Stack>
      <Anchor component={Link} to="/to-chuc" size="sm">
        ← Tổ chức, đơn vị
      </Anchor>
      <Title order={2}>Sắp xếp tổ chức</Title>
      <Text size="sm" c="dimmed" maw={820}>
        Đơn vị kết thúc hoạt động vẫn giữ lịch sử và các báo cáo đã nộp. Công việc chưa xong chỉ chuyển cho đơn vị kế thừa sau khi cơ quan điều phối xác nhận.
      </Text>
      <TreeCompare />
      <SuccessionsPanel />
    </Stack>
  );
}
