import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INSTRUMENT_V2 } from '../../../shared/instrument';
import type { ChannelInput, Channel } from '../../../shared/api/contract';
import type { WorkshopDraft } from '../../../shared/domain/workshop';
import { createHandlers } from '../../../src-main/services/create-handlers';
import { dispatch } from '../../../src-main/services/dispatch';
import { scoreStored } from '../../../src-main/services/results-service';
import { restoreIntoOpenStore, writeBackup } from '../../../src-main/store/backup';
import { REVISING_TABLES } from '../../../src-main/store/migrations/0015-add-data-revision';
import { closeStore, openStore } from '../../../src-main/store/open-store';
import { writeClientPortfolioStore } from '../../helpers/portfolio-store';
import { steppingClock, tableNames, tempDbFile } from '../../helpers/temp-db';

/**
 * The heavy-work thread remembers scored workshops on its read-only connection. What it hands out
 * must always be what scoring the store afresh gives, whatever another connection wrote meanwhile.
 */
describe('remembered scores', () => {
  let file: string;
  let ids: { mobileFirst: string; cards: string; onboarding: string; all: string[] };
  let writer: Database.Database;
  let reader: Database.Database;
  let call: <C extends Channel>(channel: C, input: ChannelInput<C>) => unknown;

  beforeEach(() => {
    file = tempDbFile('scores.sqlite');
    const stored = writeClientPortfolioStore(file);
    ids = {
      mobileFirst: must(stored.mobileFirst),
      cards: must(stored.cards),
      onboarding: must(stored.onboarding),
      all: Object.values(stored),
    };
    writer = openStore(file);
    const handlers = createHandlers(writer, {
      clock: steppingClock(),
      dataFile: file,
      version: '0.1.0-test',
      transport: 'http',
      randomIndex: () => 0,
    });
    call = (channel, input) => {
      const result = dispatch(handlers, channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
      return result.value;
    };
    // As the heavy-work thread opens the store.
    reader = new Database(file, { readonly: true, fileMustExist: true });
  });

  afterEach(() => {
    reader.close();
    closeStore(writer);
  });

  const participantsOf = (workshopId: string) =>
    call('participant:list', { workshopId }) as { id: string }[];

  /** Sets a workshop's anonymity threshold, its set-up otherwise as it is. */
  const setThreshold = (id: string, anonymityThreshold: number) => {
    const workshop = call('workshop:get', { id }) as WorkshopDraft;
    const { title, client, team, date, facilitator, language, notes, roleGroups } = workshop;
    const draft = { title, client, team, date, facilitator, language, notes, roleGroups };
    return call('workshop:update', { id, draft: { ...draft, anonymityThreshold } });
  };

  /** The workshop's first person answers its first `count` statements again: `value` or cleared. */
  const reanswer = (
    workshopId: string,
    count: number,
    value: (item: (typeof INSTRUMENT_V2.items)[number]) => 1 | 5 | 'clear',
  ) => {
    const person = must(participantsOf(workshopId)[0]);
    for (const item of INSTRUMENT_V2.items.slice(0, count)) {
      const key = { workshopId, participantId: person.id, itemId: item.id, round: 1 as const };
      const given = value(item);
      if (given === 'clear') call('response:clear', key);
      else call('response:record', { ...key, value: given });
    }
  };

  it('gives the same result until its workshop changes, then the new one', () => {
    const first = scoreStored(reader, ids.mobileFirst);
    expect(scoreStored(reader, ids.mobileFirst)).toBe(first);
    expect(first).toEqual(scoreStored(writer, ids.mobileFirst));

    // Another workshop's room answering leaves this one remembered.
    reanswer(ids.cards, 12, () => 1);
    expect(scoreStored(reader, ids.mobileFirst)).toBe(first);

    // The first person now answers a dozen statements at the far end of the scale.
    reanswer(ids.mobileFirst, 12, (item) => (item.keyed === 'debt' ? 1 : 5));
    const after = scoreStored(reader, ids.mobileFirst);
    expect(after).not.toEqual(first);
    expect(after).toEqual(scoreStored(writer, ids.mobileFirst));
  });

  it('renews a workshop’s revision with every write to what it is scored from, and only its own', () => {
    const revision = (id: string) =>
      (
        writer.prepare('SELECT data_revision FROM workshops WHERE id = ?').get(id) as {
          data_revision: string;
        }
      ).data_revision;
    const target = ids.onboarding;
    const person = must(participantsOf(target)[0]);
    const item = must(INSTRUMENT_V2.items[0]);
    const entry = { title: 'Release 4.2', reported: 'done', verified: 'partly' as const };
    const writes: [string, () => unknown][] = [
      [
        'an answer',
        () =>
          call('response:record', {
            workshopId: target,
            participantId: person.id,
            itemId: item.id,
            round: 2,
            value: 4,
          }),
      ],
      [
        'a cleared answer',
        () =>
          call('response:clear', {
            workshopId: target,
            participantId: person.id,
            itemId: item.id,
            round: 2,
          }),
      ],
      [
        'a participant added',
        () =>
          call('participant:add', { workshopId: target, participants: [{ role: 'engineering' }] }),
      ],
      ['a reality check entry', () => call('realityCheck:add', { workshopId: target, entry })],
      [
        'a decision',
        () =>
          call('decision:add', {
            workshopId: target,
            entry: {
              title: 'Freeze',
              deciderKnown: false,
              inputsKnown: null,
              recorded: null,
              recordedNote: '',
              replayable: 'no',
            },
          }),
      ],
      [
        'a client statement',
        () =>
          call('clientStatement:add', {
            workshopId: target,
            statement: { text: 'We ship on Fridays' },
          }),
      ],
      [
        'a client statement answered',
        () => {
          const [statement] = call('clientStatement:list', { workshopId: target }) as {
            id: string;
          }[];
          return call('clientStatement:answer', {
            workshopId: target,
            statementId: must(statement).id,
            participantId: person.id,
            value: 2,
          });
        },
      ],
      ['the set-up', () => setThreshold(target, 4)],
      [
        'a participant removed',
        () => {
          const people = participantsOf(target);
          return call('participant:remove', { id: must(people[people.length - 1]).id });
        },
      ],
    ];
    for (const [what, write] of writes) {
      const before = revision(target);
      const elsewhere = revision(ids.cards);
      write();
      expect(revision(target), what).not.toBe(before);
      expect(revision(target), what).toMatch(/^[0-9a-f]{16}$/);
      expect(revision(ids.cards), what).toBe(elsewhere);
    }
  });

  it('knows, for every table of the store, whether a workshop is scored from it', () => {
    // A new table must be placed here: a score read from a table without the triggers could be
    // remembered after its data changed.
    const notScoredFrom = [
      'action_settings',
      'action_vote_reveals',
      'action_votes',
      'actions',
      'agenda_templates',
      'comments',
      'installation_branding',
      'parking_lot',
      'room_answer_owners',
      'room_answer_receipts',
      'room_client_answer_owners',
      'room_comment_receipts',
      'room_devices',
      'run_state',
      'section_notes',
      'workshop_branding',
      'workshop_links',
    ];
    expect([...REVISING_TABLES, ...notScoredFrom, 'workshops'].sort()).toEqual(
      tableNames(writer).filter(
        (name) => name !== 'schema_migrations' && !name.startsWith('sqlite_'),
      ),
    );
    const triggers = (
      writer
        .prepare(
          "SELECT tbl_name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%_revise_on_%'",
        )
        .all() as { tbl_name: string }[]
    ).map((row) => row.tbl_name);
    for (const table of [...REVISING_TABLES, 'workshops']) {
      expect(triggers.filter((name) => name === table).length, table).toBe(
        table === 'workshops' ? 2 : 3,
      );
    }
  });

  it('gives the restored result after a backup is restored into the open store', () => {
    const backups = join(dirname(file), 'backups');
    const before = scoreStored(writer, ids.cards);
    const backup = writeBackup(writer, backups, { reason: 'manual', now: new Date() });
    reanswer(ids.cards, 20, () => 'clear');
    const changed = scoreStored(reader, ids.cards);
    expect(changed).not.toEqual(before);
    restoreIntoOpenStore(writer, join(backups, backup.name), backups);
    expect(scoreStored(reader, ids.cards)).toEqual(before);
  });

  it('remembers nothing on a connection that writes, where a transaction could roll back what it scored', () => {
    const first = scoreStored(writer, ids.cards);
    expect(scoreStored(writer, ids.cards)).not.toBe(first);
    expect(scoreStored(writer, ids.cards)).toEqual(first);
  });

  it('hands out a frozen result, so no caller can change another caller’s', () => {
    const result = scoreStored(reader, ids.onboarding);
    expect(Object.isFrozen(result)).toBe(true);
    expect(() => {
      (result as { roomWithheld: boolean }).roomWithheld = true;
    }).toThrow(TypeError);
  });

  it('never hands out a stale result, whatever is written between reads', () => {
    const workshops = ids.all;
    const write = fc.oneof(
      fc.record({
        kind: fc.constant('answer' as const),
        workshop: fc.constantFrom(...workshops),
        person: fc.nat(7),
        item: fc.nat(INSTRUMENT_V2.items.length - 1),
        value: fc.constantFrom(
          1 as const,
          2 as const,
          3 as const,
          4 as const,
          5 as const,
          null,
          'na' as const,
        ),
      }),
      fc.record({
        kind: fc.constant('clear' as const),
        workshop: fc.constantFrom(...workshops),
        person: fc.nat(7),
        item: fc.nat(INSTRUMENT_V2.items.length - 1),
      }),
      fc.record({
        kind: fc.constant('threshold' as const),
        workshop: fc.constantFrom(...workshops),
        k: fc.integer({ min: 3, max: 8 }),
      }),
      fc.record({
        kind: fc.constant('decision' as const),
        workshop: fc.constantFrom(...workshops),
        replayable: fc.constantFrom('yes' as const, 'no' as const, 'unsure' as const, null),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(write, fc.constantFrom(...workshops)), { minLength: 1, maxLength: 6 }),
        (steps) => {
          for (const [change, read] of steps) {
            // Read first, so a result is remembered when the write lands.
            scoreStored(reader, read);
            apply(change);
            expect(scoreStored(reader, read)).toEqual(scoreStored(writer, read));
            expect(scoreStored(reader, change.workshop)).toEqual(
              scoreStored(writer, change.workshop),
            );
          }
        },
      ),
      { numRuns: 15 },
    );

    function apply(change: Change): void {
      if (change.kind === 'threshold') {
        setThreshold(change.workshop, change.k);
        return;
      }
      if (change.kind === 'decision') {
        call('decision:add', {
          workshopId: change.workshop,
          entry: {
            title: 'Move the release train',
            deciderKnown: true,
            inputsKnown: false,
            recorded: 'nowhere',
            recordedNote: '',
            replayable: change.replayable,
          },
        });
        return;
      }
      const people = participantsOf(change.workshop);
      const person = must(people[change.person % people.length]);
      const item = must(INSTRUMENT_V2.items[change.item]);
      const key = { workshopId: change.workshop, participantId: person.id, itemId: item.id };
      if (change.kind === 'clear') call('response:clear', { ...key, round: 1 });
      else call('response:record', { ...key, round: 1, value: change.value });
    }
  });
});

type Change =
  | {
      kind: 'answer';
      workshop: string;
      person: number;
      item: number;
      value: 1 | 2 | 3 | 4 | 5 | null | 'na';
    }
  | { kind: 'clear'; workshop: string; person: number; item: number }
  | { kind: 'threshold'; workshop: string; k: number }
  | { kind: 'decision'; workshop: string; replayable: 'yes' | 'no' | 'unsure' | null };

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('the store lacks what the test set up');
  return value;
}
