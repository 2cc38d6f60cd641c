import { describe, expect, it } from 'vitest';
import { availableActions, transition, type ReportAction, type ReportActor, type ReportStatus } from './flow.ts';

const reporter: ReportActor = { ofUnit: true, leader: false, reviewer: false };
const leader: ReportActor = { ofUnit: true, leader: true, reviewer: false };
const reviewer: ReportActor = { ofUnit: false, leader: false, reviewer: true };
const outsider: ReportActor = { ofUnit: false, leader: false, reviewer: false };
const open = { requireApproval: false, locked: false };
const withApproval = { requireApproval: true, locked: false };
const locked = { requireApproval: false, locked: true };

type Row = [ReportStatus, ReportAction, ReportActor, typeof open, ReportStatus | string];

describe('report flow', () => {
  it.each<Row>([
    ['draft', 'save', reporter, open, 'draft'],
    ['returned', 'save', reporter, open, 'returned'],
    ['submitted', 'save', reporter, open, 'NOT_ALLOWED_IN_STATUS'],
    ['draft', 'save', reviewer, open, 'NOT_YOUR_ROLE'],
    ['draft', 'save', reporter, locked, 'LOCKED'],
    ['draft', 'submit', reporter, open, 'submitted'],
    ['returned', 'submit', reporter, open, 'submitted'],
    ['draft', 'submit', reporter, withApproval, 'APPROVAL_REQUIRED'],
    ['draft', 'submit', leader, withApproval, 'submitted'],
    ['draft', 'submit', reporter, locked, 'LOCKED'],
    ['draft', 'submit', outsider, open, 'NOT_YOUR_ROLE'],
    ['accepted', 'submit', leader, open, 'NOT_ALLOWED_IN_STATUS'],
    ['draft', 'request-approval', reporter, withApproval, 'awaiting-approval'],
    ['awaiting-approval', 'approve', leader, withApproval, 'submitted'],
    ['awaiting-approval', 'approve', reporter, withApproval, 'NOT_YOUR_ROLE'],
    ['draft', 'approve', leader, withApproval, 'NOT_ALLOWED_IN_STATUS'],
    ['awaiting-approval', 'reject', leader, withApproval, 'draft'],
    ['awaiting-approval', 'save', reporter, withApproval, 'NOT_ALLOWED_IN_STATUS'],
    ['submitted', 'return', reviewer, open, 'returned'],
    ['accepted', 'return', reviewer, open, 'returned'],
    ['draft', 'return', reviewer, open, 'NOT_ALLOWED_IN_STATUS'],
    ['submitted', 'return', leader, open, 'NOT_YOUR_ROLE'],
    ['submitted', 'accept', reviewer, open, 'accepted'],
    ['returned', 'accept', reviewer, open, 'NOT_ALLOWED_IN_STATUS'],
    ['submitted', 'accept', reporter, open, 'NOT_YOUR_ROLE'],
    ['submitted', 'accept', reviewer, locked, 'accepted'],
  ])('%s --%s--> (%j, %j) = %s', (status, action, actor, ctx, expected) => {
    const t = transition(status, action, actor, ctx);
    expect(t.ok ? t.to : t.reason).toBe(expected);
  });

  it('offers exactly the possible actions', () => {
    expect(availableActions('draft', reporter, open)).toEqual(['save', 'submit']);
    expect(availableActions('draft', reporter, withApproval)).toEqual(['save', 'request-approval']);
    expect(availableActions('draft', leader, withApproval)).toEqual(['save', 'submit']);
    expect(availableActions('submitted', reviewer, open)).toEqual(['return', 'accept']);
    expect(availableActions('submitted', reporter, open)).toEqual([]);
  });
});
