import { describe, expect, it } from 'vitest';
import { drawAliases } from '../../../src-main/services/alias-draw';
import { serviceHarness } from '../../helpers/service-harness';

function withWorkshop(options: { randomAliases?: boolean } = {}) {
  const harness = serviceHarness(options);
  const workshop = harness.call('workshop:create', {
    title: 'Payments platform',
    date: '2026-03-02',
    roleGroups: ['leadership', 'product', 'engineering'],
  });
  return { ...harness, workshopId: workshop.id };
}

describe('participant service', () => {
  it('gives participants without an alias the free P-numbers', () => {
    const { call, workshopId } = withWorkshop();
    const added = call('participant:add', {
      workshopId,
      participants: [{ role: 'engineering' }, { role: 'product' }, { role: 'leadership' }],
    });
    expect(added.map((p) => [p.alias, p.role, p.position])).toEqual([
      ['P1', 'engineering', 0],
      ['P2', 'product', 1],
      ['P3', 'leadership', 2],
    ]);
    expect(call('participant:list', { workshopId })).toEqual(added);
    expect(call('workshop:get', { id: workshopId }).participantCount).toBe(3);
  });

  it('skips aliases already taken, in the workshop or typed in the same batch', () => {
    const { call, workshopId } = withWorkshop();
    call('participant:add', {
      workshopId,
      participants: [
        { alias: 'P1', role: 'engineering' },
        { alias: 'P3', role: 'product' },
      ],
    });
    const added = call('participant:add', {
      workshopId,
      participants: [
        { role: 'engineering' },
        { role: 'engineering' },
        { alias: 'P4', role: 'product' },
        { role: 'product' },
      ],
    });
    expect(added.map((p) => p.alias)).toEqual(['P2', 'P5', 'P4', 'P6']);
    expect(call('participant:list', { workshopId }).map((p) => p.alias)).toEqual([
      'P1',
      'P3',
      'P2',
      'P5',
      'P4',
      'P6',
    ]);
  });

  it('reuses the number of a removed participant for the next one without an alias', () => {
    const { call, workshopId } = withWorkshop();
    const [, second] = call('participant:add', {
      workshopId,
      participants: [{ role: 'product' }, { role: 'product' }, { role: 'product' }],
    });
    if (!second) throw new Error('no participant added');
    expect(call('participant:remove', { id: second.id })).toEqual({ id: second.id });
    const [next] = call('participant:add', { workshopId, participants: [{ role: 'engineering' }] });
    expect(next).toMatchObject({ alias: 'P2', position: 3 });
  });

  it('stores optional names trimmed, and a blank name as no name', () => {
    const { call, workshopId } = withWorkshop();
    const added = call('participant:add', {
      workshopId,
      participants: [
        { role: 'product', name: '  María José ' },
        { role: 'product', name: '   ' },
      ],
    });
    expect(added.map((p) => p.name)).toEqual(['María José', null]);
  });

  it('adds 200 participants in one go', () => {
    const { call, workshopId } = withWorkshop();
    const added = call('participant:add', {
      workshopId,
      participants: Array.from({ length: 200 }, () => ({ role: 'engineering' })),
    });
    expect(added).toHaveLength(200);
    expect(added.at(-1)?.alias).toBe('P200');
  });

  it('updates alias and role, keeps the name when none is sent and clears it when blank', () => {
    const { call, workshopId } = withWorkshop();
    const [person] = call('participant:add', {
      workshopId,
      participants: [{ role: 'product', name: 'Ana' }],
    });
    if (!person) throw new Error('no participant added');
    const renamed = call('participant:update', { id: person.id, alias: 'Owl', role: 'leadership' });
    expect(renamed).toEqual({ ...person, alias: 'Owl', role: 'leadership', name: 'Ana' });
    expect(
      call('participant:update', { id: person.id, alias: 'Owl', role: 'leadership', name: '' })
        .name,
    ).toBeNull();
    // Keeping one's own alias is not a clash.
    expect(call('participant:update', { id: person.id, alias: 'Owl', role: 'product' }).role).toBe(
      'product',
    );
  });

  it('removes a participant from the list', () => {
    const { call, workshopId } = withWorkshop();
    const [first, second] = call('participant:add', {
      workshopId,
      participants: [{ role: 'product' }, { role: 'product' }],
    });
    if (!first || !second) throw new Error('no participants added');
    call('participant:remove', { id: first.id });
    expect(call('participant:list', { workshopId })).toEqual([second]);
  });

  it('draws generated aliases from the free numbers up to the room size, at random', () => {
    // A fixed "random" that always takes the last candidate: the draw is reversed, not in order.
    const last = (max: number) => max - 1;
    expect(drawAliases(new Set(), 4, last)).toEqual(['P5', 'P4', 'P3', 'P2']);
    expect(drawAliases(new Set(), 12, last)).toEqual(
      Array.from({ length: 12 }, (_, i) => `P${12 - i}`),
    );
    // One person added alone still has five numbers to be drawn from.
    expect(drawAliases(new Set(['P1', 'P2', 'P4']), 1, last)).toEqual(['P8']);
    expect(drawAliases(new Set(['P1', 'P2', 'P4']), 1, () => 0)).toEqual(['P3']);
  });

  it('does not number a pasted list in the order it was pasted', () => {
    // A list sorted by role: numbered in order, P1–P3 would be the leaders.
    const orders = new Set<string>();
    for (let run = 0; run < 20; run += 1) {
      const { call, workshopId } = withWorkshop({ randomAliases: true });
      const added = call('participant:add', {
        workshopId,
        participants: Array.from({ length: 12 }, (_, i) => ({
          role: i < 3 ? 'leadership' : 'engineering',
        })),
      });
      expect(new Set(added.map((p) => p.alias))).toEqual(
        new Set(Array.from({ length: 12 }, (_, i) => `P${i + 1}`)),
      );
      orders.add(added.map((p) => p.alias).join(','));
    }
    // 20 draws of 12! orders: all equal would mean the aliases are not drawn at all.
    expect(orders.size).toBeGreaterThan(1);
  });
});
