import { Worker } from 'node:worker_threads';
import type { FloodResult, RoomAddress } from './room-load';

export type PhonePlan =
  | { mode: 'human'; room: RoomAddress; phones: number; seconds: number; tag: string }
  | { mode: 'flood'; room: RoomAddress; phones: number; retryRate: number };

export type PhoneOutcome =
  { mode: 'human'; latencies: number[]; refused: number } | ({ mode: 'flood' } & FloodResult);

type Message = { joined: true } | { outcome: PhoneOutcome } | { error: string };

/**
 * Runs `plan`'s phones on a worker thread (phone-worker.ts) and resolves with what they measured.
 * `joined` resolves once every phone has joined, so exports can start with the answers.
 */
export function runPhonesOffThread(plan: PhonePlan): {
  joined: Promise<void>;
  done: Promise<PhoneOutcome>;
} {
  const worker = new Worker(new URL('../src-main/workers/ts-worker-boot.mjs', import.meta.url), {
    workerData: { plan, entry: new URL('./phone-worker.ts', import.meta.url).href },
  });
  let joined: () => void = () => {};
  const joinedPromise = new Promise<void>((resolve) => (joined = resolve));
  const done = new Promise<PhoneOutcome>((resolve, reject) => {
    worker.on('message', (message: Message) => {
      if ('joined' in message) return joined();
      void worker.terminate();
      if ('outcome' in message) resolve(message.outcome);
      else reject(new Error(`phones: ${message.error}`));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the phones' thread exited with code ${code}`)));
  });
  return { joined: joinedPromise, done };
}
