import { describe, expect, it, onTestFinished } from 'vitest';
import type { WorkshopFile } from '../../../shared/format/workshop-file';
import { instrumentHealth, type HealthWorkshop } from '../../../shared/instrument-health';
import { loadReportFonts } from '../../../src-main/report/fonts';
import { dispatchServed } from '../../../src-main/services/dispatch';
import { offloadHeavyWork } from '../../../src-main/services/heavy-work';
import { createHeavyPool } from '../../../src-main/workers/heavy-pool';
import { healthWorkshopFile } from '../../helpers/health-workshops';
import { serviceHarness, type Harness } from '../../helpers/service-harness';

/** A stored workshop as the pure function takes it, from the file the app exports for it. */
function asHealthWorkshop(id: string, file: WorkshopFile): HealthWorkshop {
  return {
    id,
    instrumentVersion: file.workshop.instrumentVersion ?? '',
    anonymityThreshold: file.workshop.anonymityThreshold,
    demo: false,
    participants: file.participants.map((participant) => participant.id),
    responses: file.responses,
  };
}

/** Two real workshops (16 and 18 people) and the demo workshop, stored through the API. */
function storeWorkshops(h: Harness) {
  const ids = [
    healthWorkshopFile({ title: 'Payments', people: 16, seed: 1 }),
    healthWorkshopFile({ title: 'Ledger', people: 18, seed: 2 }),
  ].map((file) => h.call('workshop:importFile', { file }).id);
  h.call('workshop:openDemo', { language: 'en' });
  return ids;
}

describe('instrument:health over the store', () => {
  it('gives the pure figures over the stored workshops’ pooled answers, the demo left out', () => {
    const h = serviceHarness();
    const ids = storeWorkshops(h);
    const health = h.call('instrument:health', {});
    // Participant ids as stored: read back through the workshop files the app exports.
    const pooled = ids.map((id) => asHealthWorkshop(id, h.call('workshop:exportFile', { id })));
    expect(health).toEqual({ ...instrumentHealth(pooled), demoWorkshopsLeftOut: 1 });

    const v2 = health.versions.find((version) => version.version === '2.0.0');
    expect(v2).toMatchObject({ workshops: 2, people: 34, minPeople: 30 });
    const shown = v2?.factors.filter((factor) => factor.alpha !== null) ?? [];
    expect(shown.length).toBeGreaterThan(0);
    for (const factor of shown) {
      expect(factor.n).toBeGreaterThanOrEqual(30);
      expect(factor.n).toBeLessThanOrEqual(34);
      expect(factor.workshops).toBe(2);
    }
    // The demo's 12 people are in no figure, on any version.
    expect(health.versions.reduce((sum, version) => sum + version.people, 0)).toBe(34);
  });

  it('says how many more people each factor needs on an empty store', () => {
    const h = serviceHarness();
    const health = h.call('instrument:health', {});
    expect(health.demoWorkshopsLeftOut).toBe(0);
    for (const version of health.versions) {
      expect(version).toMatchObject({ workshops: 0, people: 0 });
      for (const factor of version.factors) {
        expect(factor.alpha).toBeNull();
        if (factor.statements >= 2) {
          expect(factor).toMatchObject({ withheld: 'too_few_people', morePeopleNeeded: 30 });
        }
      }
    }
  });

  it('is served from the heavy-work thread with the same figures, and refused in private mode', async () => {
    const h = serviceHarness();
    storeWorkshops(h);
    const pool = createHeavyPool({ fonts: () => loadReportFonts() });
    onTestFinished(() => pool.close());
    const deps = {
      clock: () => new Date(),
      dataFile: h.file,
      version: 't',
      transport: 'http' as const,
    };
    const served = offloadHeavyWork(h.db, deps, h.handlers, pool);
    const fromWorker = await dispatchServed(served, 'instrument:health', {});
    expect(fromWorker).toEqual({ ok: true, value: h.call('instrument:health', {}) });

    const [workshop] = h.call('workshop:list', { query: 'Payments' });
    h.call('run:start', { workshopId: workshop?.id ?? '' });
    h.call('run:lock', { workshopId: workshop?.id ?? '', pin: '2468' });
    expect(h.fail('instrument:health', {})).toMatchObject({ code: 'private_mode' });
    const refused = await dispatchServed(served, 'instrument:health', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'private_mode' } });
  });
});
