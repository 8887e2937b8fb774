import { describe, expect, it } from 'vitest';
import {
  formatSheetCode,
  readSheetCode,
  SHEET_CODE_ALPHABET,
  SHEET_CODE_LENGTH,
  sheetCode,
} from '../../../shared/paper/sheet-code';

const keys = ['1:hd.load.1', '1:hd.load.2', '1:td.pipeline.1'];
/** Codes of many sheets, to try every typo on. */
const codes = Array.from({ length: 60 }, (_, index) =>
  sheetCode('workshop-1', `participant-${index}`, keys),
);

describe('sheet code', () => {
  it('is the same for the same workshop, participant and statements, and seven unambiguous characters', () => {
    expect(sheetCode('workshop-1', 'participant-0', keys)).toBe(codes[0]);
    for (const code of codes) {
      expect(code).toHaveLength(SHEET_CODE_LENGTH);
      expect([...code].every((char) => SHEET_CODE_ALPHABET.includes(char))).toBe(true);
      expect(code).not.toMatch(/[01IO]/);
      expect(readSheetCode(code)).toEqual({ ok: true, code });
    }
  });

  it('differs between participants, workshops, statements, their order and their round', () => {
    expect(new Set(codes).size).toBe(codes.length);
    const base = sheetCode('w', 'p', keys);
    expect(sheetCode('w2', 'p', keys)).not.toBe(base);
    expect(sheetCode('w', 'p', keys.slice(0, 2))).not.toBe(base);
    expect(sheetCode('w', 'p', [...keys].reverse())).not.toBe(base);
    expect(
      sheetCode(
        'w',
        'p',
        keys.map((key) => key.replace(/^1:/, '2:')),
      ),
    ).not.toBe(base);
  });

  it('catches every single mistyped character', () => {
    for (const code of codes) {
      for (let position = 0; position < code.length; position++) {
        for (const char of SHEET_CODE_ALPHABET) {
          if (char === code[position]) continue;
          const typo = code.slice(0, position) + char + code.slice(position + 1);
          expect(readSheetCode(typo), typo).toEqual({ ok: false, problem: { kind: 'check' } });
        }
      }
    }
  });

  it('catches every swap of two characters, neighbours or not', () => {
    for (const code of codes) {
      for (let i = 0; i < code.length; i++) {
        for (let j = i + 1; j < code.length; j++) {
          if (code[i] === code[j]) continue;
          const chars = [...code];
          [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
          expect(readSheetCode(chars.join('')).ok, chars.join('')).toBe(false);
        }
      }
    }
  });

  it('reads a code as people type it: any case, with its dash or spaces', () => {
    const code = codes[3] as string;
    expect(formatSheetCode(code)).toBe(`${code.slice(0, 4)}-${code.slice(4)}`);
    expect(readSheetCode(formatSheetCode(code).toLowerCase())).toEqual({ ok: true, code });
    expect(readSheetCode(` ${code.slice(0, 3)} ${code.slice(3)} `)).toEqual({ ok: true, code });
  });

  it('says what is wrong with a code that cannot be one', () => {
    expect(readSheetCode('ABC')).toEqual({ ok: false, problem: { kind: 'length', length: 3 } });
    expect(readSheetCode('')).toEqual({ ok: false, problem: { kind: 'length', length: 0 } });
    expect(readSheetCode('AB0DEFG')).toEqual({
      ok: false,
      problem: { kind: 'character', character: '0' },
    });
    expect(readSheetCode('ABCDEFGH').ok).toBe(false);
  });
});
