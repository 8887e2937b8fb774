/**
 * Who may try a join code, and when. Wrong codes slow down only the address (and the device
 * cookie) that sent them, so no amount of guessing, from any number of addresses, can keep a
 * phone that has the right code out of the room. A global lock exists, but only as the
 * facilitator's own choice (room-controller.ts).
 *
 * The rule, per address:
 * - at most `attemptsPerMinute` join attempts (right or wrong), as a token bucket refilled
 *   evenly over the minute (DESIGN.md: about 10 a minute per address);
 * - the first `freeWrongCodes` wrong codes in a row cost nothing (people mistype); each further
 *   one makes the address wait `firstDelayMs`, then twice that, and so on, up to `maxDelayMs`;
 * - a right code, or `forgetAfterMs` without a wrong one, clears the count.
 * A device cookie shaped like a token is counted the same way (without the bucket), so a phone
 * that changes address keeps its count. A refused attempt is not checked, so it costs no delay.
 *
 * Memory is bounded: at most `maxTracked` addresses and cookies are remembered, least recently
 * seen forgotten first. An attacker who floods it with addresses only erases counts, at the price
 * of one request per address, and every address still obeys the rule above.
 */

export interface JoinGuardOptions {
  /** Milliseconds since the epoch; tests pass their own clock. */
  now?: () => number;
  attemptsPerMinute?: number;
  freeWrongCodes?: number;
  firstDelayMs?: number;
  maxDelayMs?: number;
  forgetAfterMs?: number;
  maxTracked?: number;
}

/** Who is trying: the request's address and, if it sent one, its device cookie. */
export interface JoinRequester {
  address: string;
  device?: string | undefined;
}

export interface JoinGuard {
  /**
   * Takes one attempt from the requester's budget and returns 0, or returns how many
   * milliseconds it must wait first (then nothing is taken and the code must not be checked).
   */
  attempt(who: JoinRequester): number;
  /** Counts a wrong code against the address and the cookie. */
  wrong(who: JoinRequester): void;
  /** A right code: the address and the cookie owe nothing any more. */
  right(who: JoinRequester): void;
  /** Addresses made to wait right now because of wrong codes: what the facilitator is shown. */
  slowedAddresses(): number;
  /** How many addresses and cookies are remembered (never more than `maxTracked`). */
  tracked(): number;
}

export const JOIN_GUARD_DEFAULTS = {
  attemptsPerMinute: 10,
  freeWrongCodes: 3,
  firstDelayMs: 1_000,
  maxDelayMs: 5 * 60_000,
  forgetAfterMs: 15 * 60_000,
  maxTracked: 10_000,
} as const;

interface Entry {
  /** Attempts left in the bucket (addresses only), and when it was last refilled. */
  tokens: number;
  refilledAt: number;
  /** Wrong codes in a row, the last one's time, and when the next attempt is allowed. */
  wrong: number;
  lastWrongAt: number;
  until: number;
}

const DEVICE_TOKEN = /^[0-9a-f]{32}$/;

export function createJoinGuard(options: JoinGuardOptions = {}): JoinGuard {
  const now = options.now ?? Date.now;
  const perMinute = options.attemptsPerMinute ?? JOIN_GUARD_DEFAULTS.attemptsPerMinute;
  const free = options.freeWrongCodes ?? JOIN_GUARD_DEFAULTS.freeWrongCodes;
  const firstDelay = options.firstDelayMs ?? JOIN_GUARD_DEFAULTS.firstDelayMs;
  const maxDelay = options.maxDelayMs ?? JOIN_GUARD_DEFAULTS.maxDelayMs;
  const forgetAfter = options.forgetAfterMs ?? JOIN_GUARD_DEFAULTS.forgetAfterMs;
  const maxTracked = Math.max(1, options.maxTracked ?? JOIN_GUARD_DEFAULTS.maxTracked);
  const msPerToken = 60_000 / perMinute;
  // A Map iterates in insertion order; re-inserting on every use makes its first key the least
  // recently seen, which is the one to forget when full.
  const entries = new Map<string, Entry>();

  function keysOf(who: JoinRequester): string[] {
    const keys = [`a:${who.address}`];
    if (who.device !== undefined && DEVICE_TOKEN.test(who.device)) keys.push(`d:${who.device}`);
    return keys;
  }

  function entry(key: string, at: number): Entry {
    let found = entries.get(key);
    if (found) {
      entries.delete(key);
      if (found.wrong > 0 && at - found.lastWrongAt >= forgetAfter) {
        found.wrong = 0;
        found.until = 0;
      }
    } else {
      found = { tokens: perMinute, refilledAt: at, wrong: 0, lastWrongAt: 0, until: 0 };
      while (entries.size >= maxTracked) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
    }
    entries.set(key, found);
    return found;
  }

  function delayAfter(wrong: number): number {
    if (wrong <= free) return 0;
    // 2^(n) overflows nothing here: the exponent is capped before the delay is.
    const doublings = Math.min(wrong - free - 1, 40);
    return Math.min(maxDelay, firstDelay * 2 ** doublings);
  }

  return {
    attempt(who) {
      const at = now();
      const [addressKey, ...rest] = keysOf(who);
      const address = entry(addressKey ?? `a:${who.address}`, at);
      const devices = rest.map((key) => entry(key, at));
      const waitWrong = Math.max(address.until, ...devices.map((d) => d.until)) - at;
      if (waitWrong > 0) return waitWrong;
      address.tokens = Math.min(
        perMinute,
        address.tokens + Math.max(0, at - address.refilledAt) / msPerToken,
      );
      address.refilledAt = at;
      if (address.tokens < 1) return Math.ceil((1 - address.tokens) * msPerToken);
      address.tokens -= 1;
      return 0;
    },

    wrong(who) {
      const at = now();
      for (const key of keysOf(who)) {
        const counted = entry(key, at);
        counted.wrong += 1;
        counted.lastWrongAt = at;
        counted.until = at + delayAfter(counted.wrong);
      }
    },

    right(who) {
      const at = now();
      for (const key of keysOf(who)) {
        const cleared = entry(key, at);
        cleared.wrong = 0;
        cleared.until = 0;
      }
    },

    slowedAddresses() {
      const at = now();
      let count = 0;
      for (const [key, value] of entries) if (key.startsWith('a:') && value.until > at) count += 1;
      return count;
    },

    tracked: () => entries.size,
  };
}
