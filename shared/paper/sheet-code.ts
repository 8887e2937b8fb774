import { sha256Hex } from '../hash/sha256';

/**
 * The code printed on a paper answer sheet: six characters drawn from a hash of the workshop, the
 * participant and the statements on the sheet, then one check character. Typed back in, it says
 * which participant's sheet is being keyed and that its statements are the ones on screen; a
 * typo is caught before anything is keyed. It carries no name, only what the app already knows.
 */

/** Digits and capitals without 0, 1, I and O, which read alike on paper: 32 symbols, 5 bits each. */
export const SHEET_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const SHEET_CODE_DATA_LENGTH = 6;
export const SHEET_CODE_LENGTH = SHEET_CODE_DATA_LENGTH + 1;
/** Bumped if what the hash covers ever changes, so old and new sheets can never match. */
const HASH_TAG = 'edw-sheet-1';

/** GF(2^5) with the primitive polynomial x^5 + x^2 + 1: every non-zero element has an inverse. */
function gfMultiply(a: number, b: number): number {
  let product = 0;
  let x = a;
  let y = b;
  while (y > 0) {
    if (y & 1) product ^= x;
    y >>= 1;
    x <<= 1;
    if (x & 0b100000) x ^= 0b100101;
  }
  return product;
}

/**
 * Position weights: distinct non-zero powers of a generator, the last (the check character's) 1.
 * The weighted sum of a valid code is 0, so one changed character adds weight × change ≠ 0, and
 * two characters swapped add (weight₁ + weight₂) × change ≠ 0 as no two weights are equal: every
 * single substitution and every transposition (adjacent or not) is caught.
 */
const WEIGHTS: readonly number[] = (() => {
  const weights: number[] = [];
  let power = 1;
  for (let index = 0; index < SHEET_CODE_LENGTH; index++) {
    weights.unshift(power);
    power = gfMultiply(power, 2);
  }
  return weights;
})();

function weightedSum(symbols: readonly number[]): number {
  return symbols.reduce((sum, symbol, index) => sum ^ gfMultiply(WEIGHTS[index] ?? 0, symbol), 0);
}

/** The check character for six data symbols: makes the weighted sum of all seven 0. */
function checkSymbol(data: readonly number[]): number {
  // In characteristic 2 adding is subtracting, and the check's weight is 1.
  return weightedSum([...data, 0]);
}

function symbolsOf(code: string): number[] {
  return [...code].map((char) => SHEET_CODE_ALPHABET.indexOf(char));
}

/** A digest of a sheet's statements in order (each `round:itemId`), shared by every participant. */
export function statementsDigest(statementKeys: readonly string[]): string {
  return sha256Hex(JSON.stringify(statementKeys));
}

/**
 * The sheet code of one participant's sheet: deterministic from the workshop id, the participant
 * id and the sheet's statements in order (each `round:itemId`), never from an alias or a name.
 */
export function sheetCode(
  workshopId: string,
  participantId: string,
  statementKeys: readonly string[],
): string {
  return sheetCodeOf(workshopId, participantId, statementsDigest(statementKeys));
}

/** `sheetCode` from the statements' digest, so a search over many participants hashes them once. */
export function sheetCodeOf(workshopId: string, participantId: string, digest: string): string {
  const hex = sha256Hex(JSON.stringify([HASH_TAG, workshopId, participantId, digest]));
  const bits = Number.parseInt(hex.slice(0, 8), 16);
  const data: number[] = [];
  for (let index = 0; index < SHEET_CODE_DATA_LENGTH; index++) {
    data.push((bits >>> (27 - 5 * index)) & 31);
  }
  return [...data, checkSymbol(data)].map((symbol) => SHEET_CODE_ALPHABET[symbol]).join('');
}

/** The code as printed: `K7M4-QX9`, four and three characters, easier to read out and type. */
export function formatSheetCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export type SheetCodeProblem =
  { kind: 'length'; length: number } | { kind: 'character'; character: string } | { kind: 'check' };

export type SheetCodeReading =
  { ok: true; code: string } | { ok: false; problem: SheetCodeProblem };

/**
 * A typed sheet code, read forgivingly (any case, spaces and dashes ignored) and checked: the
 * right length, only the alphabet's characters, and a check character that matches.
 */
export function readSheetCode(typed: string): SheetCodeReading {
  const code = typed.toUpperCase().replace(/[\s\-–]/g, '');
  for (const character of code) {
    if (!SHEET_CODE_ALPHABET.includes(character)) {
      return { ok: false, problem: { kind: 'character', character } };
    }
  }
  if (code.length !== SHEET_CODE_LENGTH) {
    return { ok: false, problem: { kind: 'length', length: code.length } };
  }
  if (weightedSum(symbolsOf(code)) !== 0) return { ok: false, problem: { kind: 'check' } };
  return { ok: true, code };
}
