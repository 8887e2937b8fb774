import { afterEach, describe, expect, it } from 'vitest';
import { ApiErrorBody } from '../../../shared/api/errors';
import { createHost } from '../../../src-main/host/create-host';
import { jsonNestsDeeperThan, MAX_JSON_DEPTH } from '../../../src-main/host/json-depth';
import { serviceHarness } from '../../helpers/service-harness';

describe('the nesting depth of a request body', () => {
  it('counts brackets outside strings only', () => {
    const nested = (n: number) => '['.repeat(n) + ']'.repeat(n);
    expect(jsonNestsDeeperThan(nested(MAX_JSON_DEPTH))).toBe(false);
    expect(jsonNestsDeeperThan(nested(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(jsonNestsDeeperThan(JSON.stringify({ text: '[[[[{{{{' }), 1)).toBe(false);
    expect(jsonNestsDeeperThan(JSON.stringify({ text: 'a "quoted [[[" \\ back' }), 1)).toBe(false);
    expect(jsonNestsDeeperThan(JSON.stringify({ a: [{ b: [1] }] }), 3)).toBe(true);
  });
});

describe('the facilitator host', () => {
  const closers: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  it('refuses a body of millions of nested brackets before parsing it, and stores nothing', async () => {
    const h = serviceHarness();
    const host = await createHost({ handlers: h.handlers });
    closers.push(() => host.close());
    await host.listen({ host: '127.0.0.1', port: 0 });
    const { port } = host.server.address() as { port: number };
    const depth = 4_000_000;
    const reply = await fetch(`http://127.0.0.1:${port}/api/workshop:importFile`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"file":${'['.repeat(depth)}${']'.repeat(depth)}}`,
    });
    expect(reply.status).toBe(400);
    const body = ApiErrorBody.strict().parse(await reply.json());
    expect(body.code).toBe('invalid_input');
    expect(body.message).toContain(`deeper than ${MAX_JSON_DEPTH} levels`);
    expect(h.call('workshop:list', {})).toEqual([]);
  });
});
