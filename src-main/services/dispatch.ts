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

/** Called with the real error behind an `internal` answer, so the adapter can log it. */
export type InternalErrorReporter = (error: unknown, channel: Channel) => void;

function call<C extends Channel>(
  handlers: Handlers,
  channel: C,
  input: ParsedInput<C>,
): ChannelOutput<C> {
  const handler: (input: ParsedInput<C>) => ChannelOutput<C> = handlers[channel];
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

  try {
    return { ok: true, value: call(handlers, channel, parsed.data as ParsedInput<typeof channel>) };
  } catch (error) {
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
}
