import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../shared/api/contract';
import { createHandlers } from '../../../src-main/services/create-handlers';
import { dispatch } from '../../../src-main/services/dispatch';
import { closeStore } from '../../../src-main/store/open-store';
import { dumpTables, rowCounts } from '../../helpers/temp-db';
import { serviceHarness, type Harness } from '../../helpers/service-harness';

const DRAFT: ChannelInput<'workshop:create'> = {
  title: 'Payments platform',
  client: 'Acme Bank',
  team: 'Payments',
  date: '2026-03-02',
  facilitator: 'Ana',
  roleGroups: ['leadership', 'engineering'],
};

/** A workshop with two participants, so refusals have something to leave untouched. */
function seeded(): Harness & { workshopId: string; participantIds: string[] } {
  const harness = serviceHarness();
  const workshop = harness.call('workshop:create', DRAFT);
  const added = harness.call('participant:add', {
    workshopId: workshop.id,
    participants: [{ role: 'engineering' }, { alias: 'Lead', role: 'leadership', name: 'Maria' }],
  });
  return { ...harness, workshopId: workshop.id, participantIds: added.map((p) => p.id) };
}

interface BadCase {
  name: string;
  channel: string;
  input: (ctx: { workshopId: string; participantIds: string[] }) => unknown;
  code: string;
  path?: string;
}

const BAD_CASES: BadCase[] = [
  {
    name: 'empty title',
    channel: 'workshop:create',
    input: () => ({ ...DRAFT, title: '   ' }),
    code: 'invalid_input',
    path: 'title',
  },
  {
    name: 'k = 2',
    channel: 'workshop:create',
    input: () => ({ ...DRAFT, anonymityThreshold: 2 }),
    code: 'invalid_input',
    path: 'anonymityThreshold',
  },
  {
    name: 'k = 11',
    channel: 'workshop:create',
    input: () => ({ ...DRAFT, anonymityThreshold: 11 }),
    code: 'invalid_input',
    path: 'anonymityThreshold',
  },
  {
    name: 'date 2026-02-30',
    channel: 'workshop:create',
    input: () => ({ ...DRAFT, date: '2026-02-30' }),
    code: 'invalid_input',
    path: 'date',
  },
  {
    name: 'repeated role group',
    channel: 'workshop:create',
    input: () => ({ ...DRAFT, roleGroups: ['a', 'a'] }),
    code: 'invalid_input',
    path: 'roleGroups',
  },
  {
    name: 'k = 2 on update',
    channel: 'workshop:update',
    input: ({ workshopId }) => ({ id: workshopId, draft: { ...DRAFT, anonymityThreshold: 2 } }),
    code: 'invalid_input',
    path: 'draft.anonymityThreshold',
  },
  {
    name: 'unknown workshop (get)',
    channel: 'workshop:get',
    input: () => ({ id: 'no-such-id' }),
    code: 'not_found',
  },
  {
    name: 'unknown workshop (update)',
    channel: 'workshop:update',
    input: () => ({ id: 'no-such-id', draft: DRAFT }),
    code: 'not_found',
  },
  {
    name: 'unknown workshop (duplicate)',
    channel: 'workshop:duplicate',
    input: () => ({ id: 'no-such-id' }),
    code: 'not_found',
  },
  {
    name: 'unknown workshop (delete)',
    channel: 'workshop:delete',
    input: () => ({ id: 'no-such-id' }),
    code: 'not_found',
  },
  {
    name: 'unknown workshop (participants)',
    channel: 'participant:add',
    input: () => ({ workshopId: 'no-such-id', participants: [{ role: 'engineering' }] }),
    code: 'not_found',
  },
  {
    name: 'unknown workshop (list participants)',
    channel: 'participant:list',
    input: () => ({ workshopId: 'no-such-id' }),
    code: 'not_found',
  },
  {
    name: 'unknown participant (update)',
    channel: 'participant:update',
    input: () => ({ id: 'no-such-id', alias: 'X', role: 'engineering' }),
    code: 'not_found',
  },
  {
    name: 'unknown participant (remove)',
    channel: 'participant:remove',
    input: () => ({ id: 'no-such-id' }),
    code: 'not_found',
  },
  {
    name: 'alias already in the workshop',
    channel: 'participant:add',
    input: ({ workshopId }) => ({
      workshopId,
      participants: [{ role: 'engineering' }, { alias: 'Lead', role: 'engineering' }],
    }),
    code: 'invalid_input',
    path: 'participants[1].alias',
  },
  {
    name: 'alias twice in one batch',
    channel: 'participant:add',
    input: ({ workshopId }) => ({
      workshopId,
      participants: [
        { alias: 'Sam', role: 'engineering' },
        { alias: 'Sam', role: 'leadership' },
      ],
    }),
    code: 'invalid_input',
    path: 'participants[1].alias',
  },
  {
    name: 'role not in the workshop',
    channel: 'participant:add',
    input: ({ workshopId }) => ({
      workshopId,
      participants: [{ role: 'engineering' }, { role: 'marketing' }],
    }),
    code: 'invalid_input',
    path: 'participants[1].role',
  },
  {
    name: '201 participants at once',
    channel: 'participant:add',
    input: ({ workshopId }) => ({
      workshopId,
      participants: Array.from({ length: 201 }, () => ({ role: 'engineering' })),
    }),
    code: 'invalid_input',
    path: 'participants',
  },
  {
    name: 'no participants at all',
    channel: 'participant:add',
    input: ({ workshopId }) => ({ workshopId, participants: [] }),
    code: 'invalid_input',
    path: 'participants',
  },
  {
    name: 'renaming a participant to a taken alias',
    channel: 'participant:update',
    input: ({ participantIds }) => ({ id: participantIds[0], alias: 'Lead', role: 'engineering' }),
    code: 'invalid_input',
    path: 'alias',
  },
  {
    name: 'moving a participant to an unknown role',
    channel: 'participant:update',
    input: ({ participantIds }) => ({ id: participantIds[0], alias: 'P1', role: 'marketing' }),
    code: 'invalid_input',
    path: 'role',
  },
  {
    name: 'dropping a role group people belong to',
    channel: 'workshop:update',
    input: ({ workshopId }) => ({
      id: workshopId,
      draft: { ...DRAFT, roleGroups: ['engineering', 'product'] },
    }),
    code: 'invalid_input',
    path: 'draft.roleGroups',
  },
];

describe('dispatch with bad input', () => {
  it.each(BAD_CASES)('$name → $code $path, nothing stored', ({ channel, input, code, path }) => {
    const harness = seeded();
    const before = dumpTables(harness.db);
    const counts = rowCounts(harness.db);

    const error = harness.fail(channel, input(harness));

    expect(error.code).toBe(code);
    if (path !== undefined) {
      expect(error.issues?.map((issue) => issue.path)).toContain(path);
      expect(error.message).toMatch(new RegExp(`^Invalid input for ${channel}: `));
    }
    expect(rowCounts(harness.db)).toEqual(counts);
    expect(dumpTables(harness.db)).toEqual(before);
  });

  it('names the first problem in the message, so it can be shown without the field list', () => {
    const harness = serviceHarness();
    const error = harness.fail('workshop:create', { ...DRAFT, anonymityThreshold: 2 });
    expect(error.message).toBe(
      'Invalid input for workshop:create: anonymityThreshold: must be at least 3',
    );
  });

  it('names the unknown workshop id', () => {
    const harness = serviceHarness();
    expect(harness.fail('workshop:get', { id: 'abc-123' })).toEqual({
      code: 'not_found',
      message: 'No workshop with id abc-123',
    });
  });

  it('names the role in use when a role group would be dropped', () => {
    const harness = seeded();
    const error = harness.fail('workshop:update', {
      id: harness.workshopId,
      draft: { ...DRAFT, roleGroups: ['engineering'] },
    });
    expect(error.issues).toEqual([
      {
        path: 'draft.roleGroups',
        message: 'must keep "leadership": participants still belong to it',
      },
    ]);
  });

  it('reports every bad participant of a batch at once', () => {
    const harness = seeded();
    const error = harness.fail('participant:add', {
      workshopId: harness.workshopId,
      participants: [
        { alias: 'Lead', role: 'engineering' },
        { role: 'engineering' },
        { role: 'sales' },
      ],
    });
    expect(error.issues?.map((issue) => issue.path)).toEqual([
      'participants[0].alias',
      'participants[2].role',
    ]);
  });

  it('answers an unknown channel with unknown_channel', () => {
    const harness = serviceHarness();
    expect(harness.fail('workshop:explode', {})).toMatchObject({ code: 'unknown_channel' });
    // Prototype keys are not channels either.
    expect(harness.fail('toString', {})).toMatchObject({ code: 'unknown_channel' });
  });

  it('turns an unexpected failure into internal with a safe message and hands the real error to the reporter', () => {
    const harness = serviceHarness();
    const handlers = createHandlers(harness.db, {
      clock: () => new Date(),
      dataFile: harness.file,
      version: 'x',
      transport: 'ipc',
    });
    closeStore(harness.db);
    const reported: unknown[] = [];

    const result = dispatch(handlers, 'workshop:list', { query: '' }, (error) =>
      reported.push(error),
    );

    expect(result).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message:
          'Something went wrong while handling workshop:list; nothing was saved by this request.',
      },
    });
    expect(reported).toHaveLength(1);
    expect(String(reported[0])).toMatch(/not open/);
  });

  it('applies the contract defaults before a service sees the input', () => {
    const harness = serviceHarness();
    const created = harness.call('workshop:create', { title: 'Minimal', date: '2026-01-15' });
    expect(created).toMatchObject({
      language: 'en',
      anonymityThreshold: 5,
      roleGroups: ['leadership', 'product', 'engineering', 'operations'],
      status: 'draft',
    });
    expect(harness.call('app:info', undefined as never)).toEqual({
      name: 'Execution Debt Workshop',
      version: '0.1.0-test',
      dataFile: harness.file,
      transport: 'http',
    });
  });
});
