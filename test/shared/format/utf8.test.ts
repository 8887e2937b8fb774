import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8Offset } from '../../../shared/format/utf8';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('strict UTF-8 decoding of workshop files', () => {
  it('decodes well-formed text and drops one leading byte order mark', () => {
    const text = 'Zé · 你好 · 😀';
    expect(decodeUtf8(new TextEncoder().encode(text))).toEqual({ ok: true, text });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"a":1}')]);
    expect(decodeUtf8(withBom)).toEqual({ ok: true, text: '{"a":1}' });
    // A second mark is text, not the file's mark.
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf))).toEqual({
      ok: true,
      text: '\ufeff',
    });
  });

  it('names the offset where the first ill-formed sequence starts', () => {
    const cases: [Uint8Array, number][] = [
      [bytes(0x41, 0xff, 0x41), 1], // never a UTF-8 byte
      [bytes(0x41, 0x42, 0x80), 2], // a continuation byte with no lead
      [bytes(0xc0, 0xaf), 0], // overlong "/"
      [bytes(0x41, 0xe0, 0x80, 0xaf), 1], // overlong three-byte form
      [bytes(0xed, 0xa0, 0x80), 0], // a UTF-16 surrogate
      [bytes(0xf4, 0x90, 0x80, 0x80), 0], // above U+10FFFF
      [bytes(0x41, 0xe2, 0x82, 0x41), 1], // cut short by another character
      [bytes(0x41, 0x41, 0xf0, 0x9f, 0x98), 2], // cut short by the end of the file
      [bytes(0xef, 0xbb, 0xbf, 0x7b, 0xfe), 4], // offsets count the byte order mark too
    ];
    for (const [input, offset] of cases) {
      expect(decodeUtf8(input)).toEqual({ ok: false, offset, byte: input[offset] });
    }
  });

  it('agrees with the platform decoder on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (input) => {
        let platformAccepts = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(input);
        } catch {
          platformAccepts = false;
        }
        expect(firstInvalidUtf8Offset(input) === -1).toBe(platformAccepts);
      }),
      { numRuns: 2000 },
    );
  });
});
