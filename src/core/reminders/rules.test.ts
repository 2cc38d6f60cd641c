import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_RULES, effectiveRules, emptyStoredRules, normaliseBeforeDays, readStoredRules } from './rules.ts';

describe('reminder rules', () => {
  it('takes defaults for null fields and keeps the rest', () => {
    expect(effectiveRules({ ...emptyStoredRules(), beforeDays: [1, 3], overdueEveryDays: 0 })).toEqual({ ...DEFAULT_REMINDER_RULES, beforeDays: [3, 1], overdueEveryDays: 0 });
  });

  it.each([
    [[1, 7, 7], [7, 1]],
    [[0, 61, 2.5, 14], [14]],
    [[1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2]],
  ])('before days %o → %o', (input, expected) => {
    expect(normaliseBeforeDays(input)).toEqual(expected);
  });

  it.each([
    [null, emptyStoredRules(), []],
    ['x', emptyStoredRules(), ['rules']],
    [{ enabled: false, beforeDays: [7, 'x'], overdueEveryDays: 500, escalateAfterDays: 2 }, { ...emptyStoredRules(), enabled: false, beforeDays: [7], escalateAfterDays: 2 }, ['overdueEveryDays', 'beforeDays']],
    [{ onDueDate: 'yes', dutyOverdueDays: 10, workingDaysOnly: false }, { ...emptyStoredRules(), dutyOverdueDays: 10, workingDaysOnly: false }, ['onDueDate']],
  ] as const)('reads stored %o without throwing', (raw, value, issues) => {
    const read = readStoredRules(raw);
    expect(read.value).toEqual(value);
    expect(read.issues).toEqual(issues);
  });
});
