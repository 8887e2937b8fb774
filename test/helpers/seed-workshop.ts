import type { Handlers } from '../../shared/api/contract';
import { INSTRUMENT } from '../../shared/instrument';
import { dispatch } from '../../src-main/services/dispatch';

/** Creates a workshop with participants and answers through the real handlers; returns its id. */
export function seedWorkshop(
  handlers: Handlers,
  {
    title,
    participants = 2,
    answers = 3,
  }: { title: string; participants?: number; answers?: number },
): string {
  const run = (channel: string, input: unknown): unknown => {
    const result = dispatch(handlers, channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  const workshop = run('workshop:create', {
    title,
    date: '2026-03-02',
    roleGroups: ['leadership', 'engineering'],
    // The answers below are the first statements of INSTRUMENT, so the workshop asks that one.
    instrumentVersion: INSTRUMENT.version,
  }) as { id: string };
  const people = run('participant:add', {
    workshopId: workshop.id,
    participants: Array.from({ length: participants }, () => ({ role: 'engineering' })),
  }) as { id: string }[];
  for (const person of people) {
    for (const item of INSTRUMENT.items.slice(0, answers)) {
      run('response:record', {
        workshopId: workshop.id,
        participantId: person.id,
        itemId: item.id,
        round: 1,
        value: 4,
      });
    }
  }
  return workshop.id;
}
