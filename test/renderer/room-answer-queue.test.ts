import { describe, expect, it } from 'vitest';
import {
  createAnswerQueue,
  QUEUE_KEY,
  retryDelayMs,
  type PendingAnswer,
} from '../../src-renderer/features/room/answer-queue';
import type { RoomResult } from '../../src-renderer/features/room/room-client';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  };
}

const answer = (itemId: string, value: number | null, clientId: string): PendingAnswer => ({
  itemId,
  round: 1,
  value,
  clientId,
});

describe('the phone’s queue of answers waiting to be sent', () => {
  it('survives a reload and keeps only the newest answer per statement', () => {
    const storage = memoryStorage();
    const queue = createAnswerQueue(storage);
    queue.put(answer('hd.load.1', 2, 'a1'));
    queue.put(answer('hd.load.2', 3, 'a2'));
    queue.put(answer('hd.load.1', 5, 'a3'));
    const reloaded = createAnswerQueue(storage);
    expect(reloaded.pending().map((p) => [p.itemId, p.value])).toEqual([
      ['hd.load.2', 3],
      ['hd.load.1', 5],
    ]);
    storage.setItem(QUEUE_KEY, '{not json');
    expect(createAnswerQueue(storage).pending()).toEqual([]);
  });

  it('sends in order, stops at the first network failure and keeps what was not sent', async () => {
    const queue = createAnswerQueue(memoryStorage());
    queue.put(answer('a', 1, 'c1'));
    queue.put(answer('b', 2, 'c2'));
    queue.put(answer('c', 3, 'c3'));
    const sent: string[] = [];
    let calls = 0;
    const outcome = await queue.flush(
      async (input): Promise<RoomResult<never>> => {
        sent.push(input.clientId);
        calls += 1;
        return calls === 2
          ? { ok: false, kind: 'offline' }
          : ({ ok: true, value: input } as unknown as RoomResult<never>);
      },
      () => undefined,
    );
    expect(outcome).toBe('offline');
    expect(sent).toEqual(['c1', 'c2']);
    expect(queue.pending().map((p) => p.clientId)).toEqual(['c2', 'c3']);
  });

  it('drops an answer the room refused (and says so) rather than retrying it forever', async () => {
    const queue = createAnswerQueue(memoryStorage());
    queue.put(answer('a', 1, 'c1'));
    const outcomes: string[] = [];
    await queue.flush(
      async () => ({
        ok: false,
        kind: 'refused',
        status: 409,
        code: 'section_closed',
        message: 'closed',
      }),
      (outcome) => outcomes.push(outcome.kind),
    );
    expect(outcomes).toEqual(['refused']);
    expect(queue.pending()).toEqual([]);
  });

  it('backs off from about 1 s to about 30 s, with jitter so phones do not retry together', () => {
    expect(retryDelayMs(0, () => 0.5)).toBe(1000);
    expect(retryDelayMs(3, () => 0.5)).toBe(8000);
    expect(retryDelayMs(20, () => 1)).toBe(37_500);
    expect(retryDelayMs(20, () => 0)).toBe(22_500);
  });
});
