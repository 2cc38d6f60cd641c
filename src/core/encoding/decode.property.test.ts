/// <reference types="vite/client" />
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import reference from '../../../assets/documents/82-KH-TU_dien-bien_2019-08-27.txt?raw';
import { decodeText, DETECTED_ENCODINGS, repairLegacyFontText } from './decode.ts';
import { looksBinary } from './binary.ts';
import { encodeTcvn3, encodeUtf8, encodeVni, encodeWindows1258, legacyBytesAsUnicode } from './testing/legacy-encoders.ts';

// The vocabulary of a real plan: every distinct word with a diacritic.
const VOCABULARY = [...new Set(reference.match(/[\p{L}]+/gu) ?? [])].filter((w) => /[^a-z]/i.test(w));
const sentence = fc
  .array(fc.constantFrom(...VOCABULARY), { minLength: 6, maxLength: 40 })
  .map((words) => words.join(' ').toLowerCase());

describe('decodeText properties', () => {
  it('never throws on arbitrary bytes and always returns NFC text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        const result = decodeText(bytes);
        expect(DETECTED_ENCODINGS).toContain(result.encoding);
        expect(result.text).toBe(result.text.normalize('NFC'));
        for (const i of result.issues) expect(i.code).toBe('ENCODING_DETECTED');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary strings given as UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
        expect(() => decodeText(encodeUtf8(text))).not.toThrow();
        expect(() => repairLegacyFontText(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('finds random binary noise binary', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 512, maxLength: 2048 }), (bytes) => {
        expect(looksBinary(decodeText(bytes).text)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('never converts genuine Unicode, however short', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 12 }), (words) => {
        const text = words.join(' ');
        expect(decodeText(encodeUtf8(text))).toEqual({ text, encoding: 'utf-8', issues: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['UTF-8', encodeUtf8, 'utf-8'],
    ['Windows-1258', encodeWindows1258, 'windows-1258'],
    ['VNI', encodeVni, 'vni'],
    ['TCVN3', encodeTcvn3, 'tcvn3'],
    ['VNI saved as UTF-8', (t: string) => encodeUtf8(legacyBytesAsUnicode(encodeVni(t))), 'vni-in-unicode'],
    ['TCVN3 saved as UTF-8', (t: string) => encodeUtf8(legacyBytesAsUnicode(encodeTcvn3(t))), 'tcvn3-in-unicode'],
  ] as const)('reads back any sentence of real words in %s', (_what, encode, encoding) => {
    fc.assert(
      fc.property(sentence, (text) => {
        const result = decodeText(encode(text));
        expect(result.encoding).toBe(encoding);
        // Lower case throughout: TCVN3 may capitalise the first letter of a line.
        expect(result.text.toLowerCase()).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
