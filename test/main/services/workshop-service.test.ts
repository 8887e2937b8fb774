import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../shared/api/contract';
import { copyTitle } from '../../../src-main/services/workshop-service';
import { recordResponse } from '../../../src-main/store/repositories/responses';
import { insertRealityCheckEntry } from '../../../src-main/store/repositories/evidence';
import { rowCounts } from '../../helpers/temp-db';
import { serviceHarness } from '../../helpers/service-harness';

function draft(
  overrides: Partial<ChannelInput<'workshop:create'>> = {},
): ChannelInput<'workshop:create'> {
  return {
    title: 'Payments platform',
    client: 'Acme Bank',
    team: 'Payments',
    date: '2026-03-02',
    facilitator: 'Ana Pérez',
    roleGroups: ['leadership', 'engineering'],
    ...overrides,
  };
}

describe('workshop service', () => {
  it('creates a draft workshop and reads it back', () => {
    const { call } = serviceHarness();
    const created = call('workshop:create', draft({ notes: 'Bring sticky notes' }));
    expect(created).toMatchObject({
      title: 'Payments platform',
      status: 'draft',
      participantCount: 0,
      notes: 'Bring sticky notes',
    });
    expect(call('workshop:get', { id: created.id })).toEqual(created);
  });

  it('lists newest first: by workshop date, then by creation time', () => {
    const { call } = serviceHarness();
    call('workshop:create', draft({ title: 'March, first', date: '2026-03-10' }));
    call('workshop:create', draft({ title: 'January', date: '2026-01-05' }));
    call('workshop:create', draft({ title: 'March, second', date: '2026-03-10' }));
    call('workshop:create', draft({ title: 'June', date: '2026-06-01' }));
    expect(call('workshop:list', {}).map((w) => w.title)).toEqual([
      'June',
      'March, second',
      'March, first',
      'January',
    ]);
  });

  it('searches title, client, team and facilitator, ignoring case and accents', () => {
    const { call } = serviceHarness();
    call(
      'workshop:create',
      draft({
        title: 'Ledger migration',
        client: 'Banco Andino',
        team: 'Core',
        facilitator: 'Ana Pérez',
      }),
    );
    call(
      'workshop:create',
      draft({ title: 'Mobile app', client: 'Acme', team: 'Checkout squad', facilitator: 'Tom' }),
    );
    call(
      'workshop:create',
      draft({
        title: 'Data platform',
        client: 'Bogotá Logistics',
        team: 'Data',
        facilitator: 'Tom',
      }),
    );
    const titles = (query: string) => call('workshop:list', { query }).map((w) => w.title);

    expect(titles('LEDGER')).toEqual(['Ledger migration']);
    expect(titles('andino')).toEqual(['Ledger migration']);
    expect(titles('checkout')).toEqual(['Mobile app']);
    expect(titles('perez')).toEqual(['Ledger migration']);
    expect(titles('bogota')).toEqual(['Data platform']);
    expect(titles('tom')).toEqual(['Data platform', 'Mobile app']);
    expect(titles('  ')).toHaveLength(3);
    expect(titles('nothing like this')).toEqual([]);
    expect(titles('%')).toEqual([]);
  });

  it('updates the set-up, keeping status and creation time', () => {
    const { call } = serviceHarness();
    const created = call('workshop:create', draft());
    const updated = call('workshop:update', {
      id: created.id,
      draft: draft({
        title: 'Payments, revisited',
        anonymityThreshold: 8,
        language: 'es',
        roleGroups: ['leadership', 'engineering', 'product'],
      }),
    });
    expect(updated).toMatchObject({
      id: created.id,
      title: 'Payments, revisited',
      anonymityThreshold: 8,
      language: 'es',
      roleGroups: ['leadership', 'engineering', 'product'],
      status: 'draft',
      createdAt: created.createdAt,
    });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
  });

  it('lets a role group go once nobody belongs to it', () => {
    const { call } = serviceHarness();
    const created = call('workshop:create', draft());
    const [person] = call('participant:add', {
      workshopId: created.id,
      participants: [{ role: 'leadership' }],
    });
    if (!person) throw new Error('no participant added');
    call('participant:update', { id: person.id, alias: person.alias, role: 'engineering' });
    const updated = call('workshop:update', {
      id: created.id,
      draft: draft({ roleGroups: ['engineering'] }),
    });
    expect(updated.roleGroups).toEqual(['engineering']);
  });

  it('duplicates set-up and participants, never answers or evidence', () => {
    const { call, db } = serviceHarness();
    const source = call('workshop:create', draft({ notes: 'Room 4B' }));
    const people = call('participant:add', {
      workshopId: source.id,
      participants: [
        { role: 'engineering', name: 'Ana' },
        { alias: 'Boss', role: 'leadership' },
      ],
    });
    const first = people[0];
    if (!first) throw new Error('no participant added');
    recordResponse(db, {
      workshopId: source.id,
      participantId: first.id,
      itemId: 'hd.load.1',
      round: 1,
      value: 4,
      now: 'now',
    });
    insertRealityCheckEntry(db, source.id, {
      title: 'Launch',
      reported: 'done',
      verified: 'partly',
      ownerClear: 'yes',
      decisionTraceable: true,
    });

    const copy = call('workshop:duplicate', { id: source.id });

    expect(copy.id).not.toBe(source.id);
    expect(copy).toMatchObject({
      title: 'Payments platform (copy)',
      client: 'Acme Bank',
      notes: 'Room 4B',
      roleGroups: ['leadership', 'engineering'],
      status: 'draft',
      participantCount: 2,
    });
    const copied = call('participant:list', { workshopId: copy.id });
    expect(copied.map((p) => [p.alias, p.role, p.name, p.position])).toEqual(
      people.map((p) => [p.alias, p.role, p.name, p.position]),
    );
    expect(copied.every((p) => !people.some((original) => original.id === p.id))).toBe(true);
    expect(rowCounts(db)).toMatchObject({
      workshops: 2,
      participants: 4,
      responses: 1,
      reality_check_entries: 1,
    });
    // The original keeps its answers.
    expect(call('participant:list', { workshopId: source.id })).toEqual(people);
  });

  it('keeps a duplicated long title within the 200-character limit', () => {
    expect(copyTitle('x'.repeat(200))).toHaveLength(200);
    expect(copyTitle('x'.repeat(200)).endsWith(' (copy)')).toBe(true);
    const { call } = serviceHarness();
    const source = call('workshop:create', draft({ title: 'y'.repeat(200) }));
    const copy = call('workshop:duplicate', { id: source.id });
    expect(copy.title).toHaveLength(200);
    // The copy can be saved again as is.
    expect(
      call('workshop:update', { id: copy.id, draft: { ...draft(), title: copy.title } }).title,
    ).toBe(copy.title);
  });

  it('refuses a date more than five years from today on create, naming the range, and saves nothing', () => {
    // The harness clock reads 2026-03-02.
    const { call, fail, db } = serviceHarness();
    for (const date of ['1900-01-01', '2021-03-01', '2031-03-03']) {
      const error = fail('workshop:create', draft({ date }));
      expect(error.code).toBe('invalid_input');
      expect(error.issues).toEqual([
        {
          path: 'date',
          message: 'must be between 2021-03-02 and 2031-03-02, within 5 years of today',
        },
      ]);
    }
    expect(rowCounts(db).workshops).toBe(0);
    expect(call('workshop:create', draft({ date: '2021-03-02' })).date).toBe('2021-03-02');
    expect(call('workshop:create', draft({ date: '2031-03-02' })).date).toBe('2031-03-02');
  });

  it("refuses moving a workshop's date out of range on update, but keeps an old date untouched", () => {
    const { call, fail, db } = serviceHarness();
    const created = call('workshop:create', draft());
    const error = fail('workshop:update', { id: created.id, draft: draft({ date: '1900-01-01' }) });
    expect(error.issues?.[0]?.path).toBe('draft.date');
    expect(call('workshop:get', { id: created.id }).date).toBe('2026-03-02');
    // A workshop stored long ago (an imported file) can still be retitled without re-dating it.
    db.prepare('UPDATE workshops SET date = ? WHERE id = ?').run('2015-06-01', created.id);
    const renamed = call('workshop:update', {
      id: created.id,
      draft: draft({ title: 'Renamed', date: '2015-06-01' }),
    });
    expect(renamed).toMatchObject({ title: 'Renamed', date: '2015-06-01' });
  });

  it('refuses a title beyond 200 characters, stating the limit', () => {
    const { fail, db } = serviceHarness();
    const error = fail('workshop:create', draft({ title: 'z'.repeat(201) }));
    expect(error.issues).toEqual([{ path: 'title', message: 'must be at most 200 characters' }]);
    expect(rowCounts(db).workshops).toBe(0);
  });

  it('deletes a workshop with everything it owns', () => {
    const { call, db } = serviceHarness();
    const kept = call('workshop:create', draft({ title: 'Kept' }));
    const doomed = call('workshop:create', draft({ title: 'Doomed' }));
    call('participant:add', {
      workshopId: doomed.id,
      participants: [{ role: 'engineering' }, { role: 'leadership' }],
    });
    call('participant:add', { workshopId: kept.id, participants: [{ role: 'engineering' }] });

    expect(call('workshop:delete', { id: doomed.id })).toEqual({ id: doomed.id });

    expect(call('workshop:list', {}).map((w) => w.title)).toEqual(['Kept']);
    expect(rowCounts(db)).toMatchObject({ workshops: 1, participants: 1 });
  });
});
