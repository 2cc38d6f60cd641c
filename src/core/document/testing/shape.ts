/**
 * Test helper: restricts a parse result to the shape of an expected value,
 * so a test states only the fields it cares about. Objects keep the expected
 * keys, arrays keep every element (lengths must match), strings are compared
 * with whitespace collapsed.
 */

export function squashSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function normaliseExpected(value: unknown): unknown {
  if (typeof value === 'string') return squashSpaces(value);
  if (Array.isArray(value)) return value.map(normaliseExpected);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normaliseExpected(v)]));
  }
  return value;
}

export function project(actual: unknown, shape: unknown): unknown {
  if (typeof shape === 'string') return typeof actual === 'string' ? squashSpaces(actual) : actual;
  if (Array.isArray(shape)) {
    if (!Array.isArray(actual)) return actual;
    return actual.map((a: unknown, i) => (i < shape.length ? project(a, shape[i]) : a));
  }
  if (shape !== null && typeof shape === 'object') {
    if (actual === null || typeof actual !== 'object') return actual;
    const record = actual as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, sub] of Object.entries(shape)) out[key] = project(record[key], sub);
    return out;
  }
  return actual;
}
