import { describe, expect, it } from 'vitest';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';
import { NEW_WORKSHOP_INSTRUMENT } from '../../../shared/instrument';
import { serviceHarness } from '../../helpers/service-harness';

describe('the demo workshop in the app', () => {
  it('is created in the language asked for, whole, and marked as demonstration data', () => {
    const h = serviceHarness();
    const demo = h.call('workshop:openDemo', { language: 'es' });
    const file = demoWorkshopFile({ language: 'es' });
    expect(demo).toMatchObject({
      title: file.workshop.title,
      language: 'es',
      demo: true,
      participantCount: file.participants.length,
      // The instrument a new workshop asks, as the demo file names it.
      instrumentVersion: NEW_WORKSHOP_INSTRUMENT.version,
    });
    expect(file.workshop.instrumentVersion).toBe(NEW_WORKSHOP_INSTRUMENT.version);
    expect(h.call('responses:list', { workshopId: demo.id, round: 1 }).length).toBeGreaterThan(0);
    expect(h.call('evidence:list', { workshopId: demo.id }).realityCheck).toHaveLength(
      file.realityCheck.length,
    );
    // The list and a reload carry the mark.
    expect(h.call('workshop:list', {}).map((w) => [w.id, w.demo])).toEqual([[demo.id, true]]);
    expect(h.call('workshop:get', { id: demo.id }).demo).toBe(true);
  });

  it('opens the same demo again instead of adding another; English gets its own', () => {
    const h = serviceHarness();
    const first = h.call('workshop:openDemo', { language: 'en' });
    expect(h.call('workshop:openDemo', { language: 'en' }).id).toBe(first.id);
    const spanish = h.call('workshop:openDemo', { language: 'es' });
    expect(spanish.id).not.toBe(first.id);
    expect(h.call('workshop:list', {})).toHaveLength(2);
  });

  it('leaves workshops the facilitator creates unmarked; a copy of the demo stays marked', () => {
    const h = serviceHarness();
    const real = h.call('workshop:create', { title: 'Real one', date: '2026-03-02' });
    expect(real.demo).toBe(false);
    const demo = h.call('workshop:openDemo', { language: 'en' });
    expect(h.call('workshop:duplicate', { id: demo.id }).demo).toBe(true);
    expect(
      h.call('workshop:update', { id: real.id, draft: { ...real, title: 'Renamed' } }).demo,
    ).toBe(false);
  });

  it('refuses a language the app does not speak, adding nothing', () => {
    const h = serviceHarness();
    expect(h.fail('workshop:openDemo', { language: 'it' }).code).toBe('invalid_input');
    expect(h.call('workshop:list', {})).toEqual([]);
  });
});
