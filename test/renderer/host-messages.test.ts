import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/api/errors';
import { createHandlers } from '../../src-main/services/create-handlers';
import { openStore, type Store } from '../../src-main/store/open-store';
import { describeFieldMessage } from '../../src-renderer/forms/field-errors';

// The services' own rules (they need stored data) speak English; the renderer translates the ones
// it knows. This runs the real services on a real file so a reworded message is noticed here.
let dir: string;
let db: Store;
let handlers: ReturnType<typeof createHandlers>;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'edw-renderer-'));
  const dataFile = join(dir, 'workshops.sqlite');
  db = openStore(dataFile);
  handlers = createHandlers(db, {
    clock: () => new Date('2025-03-14T09:00:00Z'),
    dataFile,
    version: 'test',
    transport: 'http',
  });
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function refusal(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('expected the service to refuse');
}

function keysOf(error: ApiError): string[] {
  return (error.issues ?? []).map((issue) => describeFieldMessage(issue.message).key);
}

describe('messages from the services', () => {
  it('are shown translated, not as raw English detail', () => {
    const workshop = handlers['workshop:create']({
      title: 'Check',
      client: '',
      team: '',
      date: '2025-03-14',
      facilitator: '',
      language: 'en',
      anonymityThreshold: 5,
      notes: '',
      roleGroups: ['product', 'engineering'],
    });
    handlers['participant:add']({
      workshopId: workshop.id,
      participants: [{ alias: 'Fox', role: 'product' }],
    });

    const taken = refusal(() =>
      handlers['participant:add']({
        workshopId: workshop.id,
        participants: [{ alias: 'Fox', role: 'product' }],
      }),
    );
    expect(keysOf(taken)).toEqual(['errors.aliasTaken']);
    expect(taken.issues?.[0]?.path).toBe('participants[0].alias');

    const repeated = refusal(() =>
      handlers['participant:add']({
        workshopId: workshop.id,
        participants: [
          { alias: 'Owl', role: 'product' },
          { alias: 'Owl', role: 'engineering' },
        ],
      }),
    );
    expect(keysOf(repeated)).toContain('errors.aliasRepeated');

    const unknownRole = refusal(() =>
      handlers['participant:add']({ workshopId: workshop.id, participants: [{ role: 'sales' }] }),
    );
    expect(keysOf(unknownRole)).toEqual(['errors.unknownRole']);

    const inUse = refusal(() =>
      handlers['workshop:update']({
        id: workshop.id,
        draft: { ...workshop, roleGroups: ['engineering'] },
      }),
    );
    expect(keysOf(inUse)).toEqual(['errors.roleGroupsInUse']);
    expect(inUse.issues?.[0]?.path).toBe('draft.roleGroups');
  });
});
