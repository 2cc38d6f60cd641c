import { Alert, Anchor, Checkbox, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCopy, IconInfoCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ParseIssue } from '../../../../core/document/types.ts';
import type { DraftProblem } from '../../../../core/plan/draft.ts';
import type { Duplicate } from '../../../lib/types.ts';

function scrollToAssignment(index: number) {
  document.getElementById(`assignment-${index}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

/** What stands between the draft and publishing, and what the parser was unsure of. */
export function ReviewChecks({
  problems,
  issues,
  duplicate,
  allowDuplicate,
  onAllowDuplicate,
  onShowLine,
}: {
  problems: DraftProblem[];
  issues: ParseIssue[];
  duplicate: Duplicate | null;
  allowDuplicate: boolean;
  onAllowDuplicate: (allow: boolean) => void;
  onShowLine: (line: number) => void;
}) {
  return (
    <Stack gap="sm">
      {duplicate && (
        <Alert color="orange" icon={<IconCopy size={18} />} title="Kế hoạch có thể bị trùng">
          <Stack gap="xs">
            <Text size="sm">
              Đã có kế hoạch số {duplicate.number} — {duplicate.title}.{' '}
              <Anchor component={Link} to={`/ke-hoach/${duplicate.planId}`} target="_blank" size="sm" fw={500}>
                Mở kế hoạch đó
              </Anchor>
            </Text>
            <Checkbox label="Vẫn công bố kế hoạch này dù trùng số" checked={allowDuplicate} onChange={(e) => onAllowDuplicate(e.currentTarget.checked)} />
          </Stack>
        </Alert>
      )}
      {problems.length > 0 && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title={`Cần sửa trước khi công bố (${problems.length})`} role="alert">
          <List size="sm" spacing={2}>
            {problems.map((p, i) => (
              <List.Item key={i}>
                {p.assignment !== null ? (
                  <Anchor component="button" type="button" size="sm" onClick={() => scrollToAssignment(p.assignment ?? 0)}>
                    {p.message}
                  </Anchor>
                ) : (
                  p.message
                )}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {issues.length > 0 && (
        <Alert color="yellow" icon={<IconInfoCircle size={18} />} title={`Lưu ý khi đọc văn bản (${issues.length})`}>
          <List size="sm" spacing={2}>
            {issues.map((issue, i) => (
              <List.Item key={i}>
                <Text span size="xs" ff="monospace" c="dimmed">
                  {issue.code}
                </Text>{' '}
                {issue.message}
                {issue.line !== null && (
                  <>
                    {' '}
                    <Anchor component="button" type="button" size="sm" onClick={() => onShowLine((issue.line ?? 1) - 1)}>
                      (dòng {issue.line})
                    </Anchor>
                  </>
                )}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
