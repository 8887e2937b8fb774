import { z } from 'zod';
import { GivenAnswerSchema } from '../../../shared/run/api';
import type { RoomClient, RoomResult } from './room-client';

/** An answer the phone has not yet heard saved; the newest per statement and round only. */
export const PendingAnswer = z.object({
  itemId: z.string(),
  round: z.union([z.literal(1), z.literal(2)]),
  value: GivenAnswerSchema,
  clientId: z.string(),
});
export type PendingAnswer = z.infer<typeof PendingAnswer>;

export const QUEUE_KEY = 'edw.room.pending';

export interface QueueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type FlushOutcome =
  | { kind: 'saved'; answer: PendingAnswer }
  | { kind: 'refused'; answer: PendingAnswer; code: string; message: string }
  | { kind: 'offline' };

const keyOf = (answer: { itemId: string; round: number }) => `${answer.itemId}|${answer.round}`;

/**
 * Answers waiting to be sent, kept in localStorage so a dropped Wi-Fi, a locked screen or a
 * reload loses nothing. They are sent one at a time, oldest first: a change made while an older
 * answer is in flight is sent after it, so the room host always ends with the newest.
 */
export function createAnswerQueue(storage: QueueStorage | null) {
  function read(): PendingAnswer[] {
    try {
      const parsed = z
        .array(PendingAnswer)
        .safeParse(JSON.parse(storage?.getItem(QUEUE_KEY) ?? '[]'));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }
  function write(list: PendingAnswer[]): void {
    try {
      storage?.setItem(QUEUE_KEY, JSON.stringify(list));
    } catch {
      // Storage full or disabled: the answer is still sent while the page stays open.
    }
  }
  let memory = read();

  return {
    pending(): PendingAnswer[] {
      return [...memory];
    },
    /** Queues an answer, replacing a waiting one for the same statement and round. */
    put(answer: PendingAnswer): void {
      memory = [...memory.filter((item) => keyOf(item) !== keyOf(answer)), answer];
      write(memory);
    },
    /** Sends everything waiting, in order; stops at the first network failure. */
    async flush(
      send: RoomClient['answer'],
      onOutcome: (outcome: FlushOutcome) => void,
    ): Promise<'done' | 'offline'> {
      for (;;) {
        const next = memory[0];
        if (!next) return 'done';
        const result: RoomResult<unknown> = await send(next);
        if (!result.ok && (result.kind === 'offline' || result.status === 429)) {
          onOutcome({ kind: 'offline' });
          return 'offline';
        }
        // Drop it only if no newer answer replaced it while it was in flight.
        memory = memory.filter((item) => item.clientId !== next.clientId);
        write(memory);
        if (result.ok) onOutcome({ kind: 'saved', answer: next });
        else {
          onOutcome({ kind: 'refused', answer: next, code: result.code, message: result.message });
          if (result.code === 'not_joined') return 'done';
        }
      }
    },
  };
}

export type AnswerQueue = ReturnType<typeof createAnswerQueue>;

/** Waits between retries: about 1 s, 2 s, 4 s … up to about 30 s, with jitter so phones do not retry together. */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(30_000, 1000 * 2 ** Math.max(0, attempt));
  return Math.round(base * (0.75 + random() * 0.5));
}
