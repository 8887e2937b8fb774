import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createHost } from '../../../src-main/host/create-host';
import { serviceHarness } from '../../helpers/service-harness';

let host: FastifyInstance | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function listen() {
  const h = serviceHarness();
  host = await createHost({ handlers: h.handlers });
  await host.listen({ host: '127.0.0.1', port: 0 });
  const address = host.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { h, base: `http://127.0.0.1:${port}` };
}

async function post(base: string, channel: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${base}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return response.json();
}

describe('GET /api/events (Server-Sent Events)', () => {
  it('streams a message for each committed change of that workshop only', async () => {
    const { base } = await listen();
    const workshop = (await post(base, 'workshop:create', {
      title: 'Live',
      date: '2026-05-04',
    })) as {
      id: string;
    };
    const other = (await post(base, 'workshop:create', { title: 'Other', date: '2026-05-04' })) as {
      id: string;
    };
    const controller = new AbortController();
    const response = await fetch(`${base}/api/events?workshop=${workshop.id}`, {
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body?.getReader();
    if (!reader) throw new Error('no stream');

    await post(base, 'run:start', { workshopId: other.id });
    await post(base, 'run:start', { workshopId: workshop.id });

    const decoder = new TextDecoder();
    let text = '';
    while (!text.includes('data:')) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += decoder.decode(chunk.value);
    }
    const messages = text
      .split('\n')
      .filter((line) => line.startsWith('data:'))
      .map((line) => JSON.parse(line.slice(5)) as { workshopId: string; type: string });
    expect(messages).toEqual([{ type: 'run', workshopId: workshop.id }]);
    controller.abort();
  });

  it('refuses a stream that names no workshop', async () => {
    const { base } = await listen();
    const response = await fetch(`${base}/api/events`);
    expect(response.status).toBe(400);
  });

  it('closing the host ends open streams instead of hanging', async () => {
    const { base } = await listen();
    const response = await fetch(`${base}/api/events?workshop=abc`);
    const reader = response.body?.getReader();
    await host?.close();
    host = undefined;
    let done = false;
    while (!done) done = (await reader?.read())?.done ?? true;
    expect(done).toBe(true);
  });
});
