import { describe, expect, it } from 'vitest';
import { listAgenda } from '../../../src-main/store/repositories/agenda';
import { rowCounts } from '../../helpers/temp-db';
import { serviceHarness, type Harness } from '../../helpers/service-harness';

/** A workshop run and closed: two participants, one answer, a reordered and trimmed agenda. */
function closedWorkshop(h: Harness) {
  const workshop = h.call('workshop:create', {
    title: 'Payments platform',
    client: 'Acme Bank',
    team: 'Payments',
    date: '2026-03-02',
    facilitator: 'Ana Pérez',
    language: 'es',
    anonymityThreshold: 4,
    notes: 'Room 4B',
    roleGroups: ['leadership', 'engineering', 'ops people'],
  });
  const people = h.call('participant:add', {
    workshopId: workshop.id,
    participants: [
      { alias: 'Fox', role: 'leadership', name: 'Ana Ruiz' },
      { alias: 'Owl', role: 'ops people' },
    ],
  });
  const run = h.call('run:start', { workshopId: workshop.id });
  const [framing, human] = run.agenda;
  if (!framing || !human) throw new Error('no default agenda');
  h.call('agenda:move', { workshopId: workshop.id, sectionId: human.id, toIndex: 0 });
  h.call('agenda:skip', { workshopId: workshop.id, sectionId: framing.id, skipped: true });
  h.call('agenda:add', {
    workshopId: workshop.id,
    title: 'Coffee',
    prompt: 'Ten minutes',
    minutes: 10,
    afterSectionId: human.id,
  });
  h.call('response:record', {
    workshopId: workshop.id,
    participantId: people[0]?.id ?? '',
    itemId: 'hd.load.1',
    round: 1,
    value: 4,
  });
  h.call('run:close', { workshopId: workshop.id });
  return { workshop, people };
}

const plan = (section: { kind: string; title: string; prompt: string; dimensions: string[] }) => ({
  kind: section.kind,
  title: section.title,
  prompt: section.prompt,
  dimensions: section.dimensions,
});

describe('planning a follow-up', () => {
  it('creates a linked draft with the same team, groups, participants and agenda, and no answers', () => {
    const h = serviceHarness();
    const { workshop, people } = closedWorkshop(h);
    const followUp = h.call('workshop:planFollowUp', {
      id: workshop.id,
      title: 'Payments platform (seguimiento)',
    });

    expect(followUp).toMatchObject({
      title: 'Payments platform (seguimiento)',
      client: 'Acme Bank',
      team: 'Payments',
      facilitator: 'Ana Pérez',
      language: 'es',
      anonymityThreshold: 4,
      roleGroups: ['leadership', 'engineering', 'ops people'],
      instrumentVersion: workshop.instrumentVersion,
      status: 'draft',
      participantCount: 2,
      notes: '',
    });
    expect(followUp.id).not.toBe(workshop.id);
    // Dated the day it is planned (the harness clock reads 2026-03-02).
    expect(followUp.date).toBe('2026-03-02');

    // Participants as the duplicate copies them: alias, role group, name, order.
    const copied = h.call('participant:list', { workshopId: followUp.id });
    expect(copied.map(({ alias, role, name }) => ({ alias, role, name }))).toEqual(
      people.map(({ alias, role, name }) => ({ alias, role, name })),
    );

    // The agenda as the earlier workshop ran it, with fresh sections and timers at zero.
    const before = listAgenda(h.db, workshop.id);
    const after = listAgenda(h.db, followUp.id);
    expect(after.map(plan)).toEqual(before.map(plan));
    expect(after.map((section) => [section.timeboxMs, section.skipped])).toEqual(
      before.map((section) => [section.timeboxMs, section.skipped]),
    );
    expect(after.every((section) => section.timerElapsedMs === 0 && section.extraMs === 0)).toBe(
      true,
    );
    const beforeIds = new Set(before.map((section) => section.id));
    expect(after.some((section) => beforeIds.has(section.id))).toBe(false);

    // Linked, so its trend starts from the earlier workshop; and no answers came along.
    const trend = h.call('followup:trend', { workshopId: followUp.id });
    expect(trend.followsId).toBe(workshop.id);
    expect(h.call('responses:list', { workshopId: followUp.id, round: 1 })).toEqual([]);

    // Starting its run uses the planned agenda rather than the default one.
    const run = h.call('run:start', { workshopId: followUp.id });
    expect(run.agenda.map(plan)).toEqual(before.map(plan));
  });

  it('names the follow-up in English when no title is given, within the title limit', () => {
    const h = serviceHarness();
    const { workshop } = closedWorkshop(h);
    h.call('workshop:update', {
      id: workshop.id,
      draft: { ...workshop, title: 'p'.repeat(200) },
    });
    const followUp = h.call('workshop:planFollowUp', { id: workshop.id });
    expect(followUp.title).toHaveLength(200);
    expect(followUp.title.endsWith(' (follow-up)')).toBe(true);
  });

  it('refuses a workshop that is not closed, and an unknown one, changing nothing', () => {
    const h = serviceHarness();
    const open = h.call('workshop:create', { title: 'Still open', date: '2026-03-02' });
    const counts = rowCounts(h.db);
    const refused = h.fail('workshop:planFollowUp', { id: open.id });
    expect(refused.code).toBe('conflict');
    expect(refused.message).toBe(
      'A follow-up can be planned once the workshop is closed; "Still open" is a draft.',
    );
    expect(h.fail('workshop:planFollowUp', { id: 'nope' }).code).toBe('not_found');
    expect(rowCounts(h.db)).toEqual(counts);
  });
});
