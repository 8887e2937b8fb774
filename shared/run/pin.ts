import { sha256Hex } from '../hash/sha256';

/** 4 to 6 digits: enough to stop a participant leaving private mode, typed in a second. */
export const PIN_PATTERN = /^\d{4,6}$/;

/** The stored form of a PIN: salted so equal PINs of two workshops do not look alike. */
export function hashPin(pin: string, salt: string): string {
  return sha256Hex(`edw-pin:${salt}:${pin}`);
}
