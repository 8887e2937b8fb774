import type { RoomClaims } from '../../shared/room/schemas';

/** How long "allow a phone" stays usable: long enough to walk over and tap the alias again. */
export const ALLOWANCE_MS = 10 * 60_000;
/** How long a refused phone's request stays on the facilitator's list. */
export const REQUEST_MS = 10 * 60_000;

interface Participant {
  id: string;
  alias: string;
}

/**
 * The facilitator's say-so for phones, per alias, for one open room. Held in memory only: an
 * allowance admits one phone, soon, in this room; it must not outlive the room or the app.
 */
export interface AliasAllowances {
  /** A phone asked for this alias and was refused for want of an allowance. */
  requested(participant: Participant): void;
  /** Lets the next phone that asks take this alias, once, within `ALLOWANCE_MS`. */
  allow(participant: Participant): void;
  /** Withdraws an allowance and dismisses a request; nothing happens when there is neither. */
  withdraw(participantId: string): void;
  /** True while an unexpired allowance for this participant waits for its phone. */
  has(participantId: string): boolean;
  /** Uses up the allowance once its phone has joined. */
  use(participantId: string): void;
  list(): RoomClaims;
}

export function aliasAllowances(clock: () => Date): AliasAllowances {
  const requests = new Map<string, { alias: string; at: number }>();
  const allowed = new Map<string, { alias: string; until: number }>();

  function prune(now: number) {
    for (const [id, request] of requests) if (now - request.at >= REQUEST_MS) requests.delete(id);
    for (const [id, allowance] of allowed) if (now >= allowance.until) allowed.delete(id);
  }

  return {
    requested({ id, alias }) {
      const now = clock().getTime();
      prune(now);
      // An alias already allowed needs no request; one already asked for keeps its first time.
      if (!allowed.has(id) && !requests.has(id)) requests.set(id, { alias, at: now });
    },
    allow({ id, alias }) {
      const now = clock().getTime();
      requests.delete(id);
      allowed.set(id, { alias, until: now + ALLOWANCE_MS });
    },
    withdraw(participantId) {
      requests.delete(participantId);
      allowed.delete(participantId);
    },
    has(participantId) {
      prune(clock().getTime());
      return allowed.has(participantId);
    },
    use(participantId) {
      allowed.delete(participantId);
    },
    list() {
      prune(clock().getTime());
      const iso = (ms: number) => new Date(ms).toISOString();
      return {
        requests: [...requests.values()]
          .sort((a, b) => a.at - b.at)
          .map((request) => ({ alias: request.alias, askedAt: iso(request.at) })),
        allowed: [...allowed.values()]
          .sort((a, b) => a.until - b.until)
          .map((allowance) => ({ alias: allowance.alias, until: iso(allowance.until) })),
      };
    },
  };
}
