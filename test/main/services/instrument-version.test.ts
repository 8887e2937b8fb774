import { describe, expect, it } from 'vitest';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';
import { INSTRUMENT_V1, INSTRUMENT_V2 } from '../../../shared/instrument';
import { serviceHarness } from '../../helpers/service-harness';

// Statement ids mean different sentences in different instrument versions, so a workshop carries
// its version to every screen that shows a statement.
describe("a workshop's own instrument version", () => {
  it('travels with the workshop, its scores and the projector', () => {
    const h = serviceHarness();
    const v2 = h.call('workshop:importFile', {
      file: demoWorkshopFile({ instrument: INSTRUMENT_V2 }),
    });
    const v1 = h.call('workshop:importFile', {
      file: demoWorkshopFile({ instrument: INSTRUMENT_V1 }),
      // The same demo under another instrument: same title and date, so a copy on purpose.
      confirmDuplicate: true,
    });
    expect(h.call('workshop:get', { id: v2.id }).instrumentVersion).toBe('2.0.0');
    expect(h.call('workshop:get', { id: v1.id }).instrumentVersion).toBe('1.0.0');
    expect(h.call('workshop:results', { id: v2.id }).instrumentVersion).toBe('2.0.0');

    h.call('run:start', { workshopId: v2.id });
    expect(h.call('presenter:state', { workshopId: v2.id }).instrumentVersion).toBe('2.0.0');
    // A new workshop asks instrument 2.0.0 unless told otherwise.
    const fresh = h.call('workshop:create', {
      title: 'Fresh',
      date: '2026-03-02',
      roleGroups: ['engineering'],
    });
    expect(fresh.instrumentVersion).toBe(INSTRUMENT_V2.version);
    // Or the one the facilitator chooses; an unknown version is refused and nothing is stored.
    const chosen = h.call('workshop:create', {
      title: 'Balanced',
      date: '2026-03-02',
      roleGroups: ['engineering'],
      instrumentVersion: '2.0.0',
    });
    expect(chosen.instrumentVersion).toBe('2.0.0');
    const before = h.call('workshop:list', {}).length;
    const refused = h.fail('workshop:create', {
      title: 'Unknown',
      date: '2026-03-02',
      instrumentVersion: '9.9.9',
    });
    expect(refused.code).toBe('invalid_input');
    expect(refused.issues?.[0]?.path).toBe('instrumentVersion');
    expect(h.call('workshop:list', {})).toHaveLength(before);
  });
});
