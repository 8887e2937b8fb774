// The phones of `npm run load`, on a thread of their own: real phones are other devices, so their
// HTTP clients must not take turns on the room host's event loop (which would count their work
// as the host's latency). Started by `runPhonesOffThread` (phones-off-thread.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { closePhones, floodAnswers, humanPace, joinPhones } from './room-load';
import type { PhonePlan, PhoneOutcome } from './phones-off-thread';

const port = parentPort;
if (!port) throw new Error('phone-worker runs only as a worker thread');
const { plan } = workerData as { plan: PhonePlan };

async function run(): Promise<PhoneOutcome> {
  const phones = await joinPhones(plan.room, plan.phones);
  port?.postMessage({ joined: true });
  try {
    if (plan.mode === 'human') {
      return { mode: 'human', ...(await humanPace(plan.room, phones, plan.seconds, plan.tag)) };
    }
    return { mode: 'flood', ...(await floodAnswers(plan.room, phones, plan.retryRate)) };
  } finally {
    closePhones(phones);
  }
}

run().then(
  (outcome) => port.postMessage({ outcome }),
  (error: unknown) =>
    port.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
