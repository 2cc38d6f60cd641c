/**
 * Exhaustiveness guard for `switch` statements over closed vocabularies
 * (cadences, period types, statuses…). Ending a switch with
 * `default: return assertNever(value)` makes adding a value to the vocabulary
 * a compile error wherever it is not yet handled. At run time it can only be
 * reached with data that escaped validation, so it throws.
 */
export function assertNever(value: never, what = 'giá trị'): never {
  throw new Error(`Không xử lý ${what}: ${JSON.stringify(value)}`);
}
