import {
  contract,
  isChannel,
  type Channel,
  type ChannelOutput,
  type Handlers,
  type ParsedInput,
} from '../../shared/api/contract';
import { ApiError, issuesFromZod, type ApiErrorBody } from '../../shared/api/errors';

export type DispatchResult = { ok: true; value: unknown } | { ok: false; error: ApiErrorBody };

/**
 * Handlers as the IPC and HTTP adapters serve them: a channel may answer later, because heavy work
 * (the PDF, CSV) runs on a worker thread so the process keeps serving the room meanwhile.
 * Every `Handlers` is one.
 */
export type ServedHandlers = {
  [C in Channel]: (input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

/** Called with the real error behind an `internal` answer, so the adapter can log it. */
export type InternalErrorReporter = (error: unknown, channel: Channel) => void;

function call<C extends Channel>(
  handlers: ServedHandlers,
  channel: C,
  input: ParsedInput<C>,
): ChannelOutput<C> | Promise<ChannelOutput<C>> {
  const handler: (input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>> =
    handlers[channel];
  return handler(input);
}

/**
 * Runs one contract call from any transport: checks the channel, parses the input with the
 * contract's schema, calls the service and turns every failure into an `ApiErrorBody`.
 */
export function dispatch(
  handlers: Handlers,
  channel: string,
  rawInput: unknown,
  reportInternal?: InternalErrorReporter,
): DispatchResult {
  const checked = check(channel, rawInput);
  if ('error' in checked) return checked;
  try {
    return { ok: true, value: call(handlers, checked.channel, checked.input) };
  } catch (error) {
    return failure(error, checked.channel, reportInternal);
  }
}

/** `dispatch` for handlers that may answer later: what the IPC and HTTP adapters call. */
export async function dispatchServed(
  handlers: ServedHandlers,
  channel: string,
  rawInput: unknown,
  reportInternal?: InternalErrorReporter,
): Promise<DispatchResult> {
  const checked = check(channel, rawInput);
  if ('error' in checked) return checked;
  try {
    return { ok: true, value: await call(handlers, checked.channel, checked.input) };
  } catch (error) {
    return failure(error, checked.channel, reportInternal);
  }
}

/** The channel checked and the input parsed with the contract's schema, or the refusal. */
function check(
  channel: string,
  rawInput: unknown,
): { ok: false; error: ApiErrorBody } | { channel: Channel; input: ParsedInput<Channel> } {
  if (!isChannel(channel)) {
    return {
      ok: false,
      error: { code: 'unknown_channel', message: `Unknown channel ${JSON.stringify(channel)}` },
    };
  }

  const parsed = contract[channel].input.safeParse(rawInput);
  if (!parsed.success) {
    const issues = issuesFromZod(parsed.error);
    const [first] = issues;
    const detail = first
      ? first.path
        ? `${first.path}: ${first.message}`
        : first.message
      : 'rejected';
    return {
      ok: false,
      error: { code: 'invalid_input', message: `Invalid input for ${channel}: ${detail}`, issues },
    };
  }

  return { channel, input: parsed.data as ParsedInput<typeof channel> };
}

function failure(
  error: unknown,
  channel: Channel,
  reportInternal?: InternalErrorReporter,
): DispatchResult {
  if (error instanceof ApiError) return { ok: false, error: error.toBody() };
  reportInternal?.(error, channel);
  // Stacks and SQL stay in the log; the UI gets a sentence it can show.
  return {
    ok: false,
    error: {
      code: 'internal',
      message: `Something went wrong while handling ${channel}; nothing was saved by this request.`,
    },
  };
}
