/**
 * The reference case: plan 82-KH/TU of the Điện Biên Tỉnh ủy must parse to
 * exactly the structure in its `.expected.json`. Every field the expected file
 * has is compared; fields the parser adds beyond it (paragraphs, duties,
 * partners…) are not. Strings are compared with whitespace collapsed.
 */
/// <reference types="vite/client" />
// Files come in through Vite's `?raw` imports: src/core may not touch the file system.
import { describe, expect, it } from 'vitest';
import expectedRaw from '../../../assets/documents/82-KH-TU_dien-bien_2019-08-27.expected.json?raw';
import source from '../../../assets/documents/82-KH-TU_dien-bien_2019-08-27.txt?raw';
import { parsePlanDocument } from './index.ts';
import { normaliseExpected, project } from './testing/shape.ts';

const expected: unknown = JSON.parse(expectedRaw);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

describe('reference plan 82-KH/TU (Tỉnh ủy Điện Biên, 27/8/2019)', () => {
  const actual = parsePlanDocument(source);
  const want = normaliseExpected(expected) as Record<string, Json>;

  it.each(Object.keys(want))('field %s matches the expected JSON', (key) => {
    const got = (actual as unknown as Record<string, unknown>)[key];
    expect(project(got, want[key])).toEqual(want[key]);
  });

  it('has the same number of sections, items, citations, assignments and recipients', () => {
    const w = want as { sections: Array<{ items: Json[] }>; cites: Json[]; assignments: Json[]; recipients: Json[] };
    expect(actual.sections.map((s) => s.items.length)).toEqual(w.sections.map((s) => s.items.length));
    expect(actual.cites).toHaveLength(w.cites.length);
    expect(actual.assignments).toHaveLength(w.assignments.length);
    expect(actual.recipients).toHaveLength(w.recipients.length);
  });

  it('reads the same from NFD, CRLF and non-breaking-space input', () => {
    const mangled = source.normalize('NFD').replace(/\n/g, '\r\n').replace(/ (?=Ban)/g, '\u00a0').replace(/(?<=Kết) /g, ' \u200b');
    const again = parsePlanDocument(mangled);
    for (const key of Object.keys(want)) {
      const got = (again as unknown as Record<string, unknown>)[key];
      expect(project(got, want[key])).toEqual(want[key]);
    }
  });

  it('only warns about the undated citation of Chỉ thị 05-CT/TW', () => {
    expect(actual.issues.map((i) => i.code)).toEqual(['CITATION_WITHOUT_DATE']);
  });
});
