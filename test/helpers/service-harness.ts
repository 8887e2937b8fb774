import type Database from 'better-sqlite3';
import {
  contract,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
  type Handlers,
} from '../../shared/api/contract';
import type { ApiErrorBody } from '../../shared/api/errors';
import { createHandlers } from '../../src-main/services/create-handlers';
import { dispatch } from '../../src-main/services/dispatch';
import { openTempStore, steppingClock } from './temp-db';

export interface Harness {
  db: Database.Database;
  file: string;
  handlers: Handlers;
  /** Calls a channel through `dispatch` and returns its value; throws with the error body if it failed. */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): ChannelOutput<C>;
  /** Calls a channel through `dispatch` and returns the error body; throws if it succeeded. */
  fail(channel: string, input: unknown): ApiErrorBody;
}

/** Real handlers over a real temp store, driven the way the IPC and HTTP adapters drive them. */
export function serviceHarness(options: { randomAliases?: boolean } = {}): Harness {
  const { db, file } = openTempStore();
  const handlers = createHandlers(db, {
    clock: steppingClock(),
    dataFile: file,
    version: '0.1.0-test',
    transport: 'http',
    // Generated aliases in order (the first free number each time), so a test can name them;
    // the random draw itself is tested in participant-service.test.ts.
    ...(options.randomAliases ? {} : { randomIndex: () => 0 }),
  });
  return {
    db,
    file,
    handlers,
    call(channel, input) {
      const result = dispatch(handlers, channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
      // Whatever a service returns must satisfy the contract the renderer relies on.
      return contract[channel].output.parse(result.value) as ChannelOutput<typeof channel>;
    },
    fail(channel, input) {
      const result = dispatch(handlers, channel, input);
      if (result.ok)
        throw new Error(`${channel} unexpectedly succeeded: ${JSON.stringify(result.value)}`);
      return result.error;
    },
  };
}
