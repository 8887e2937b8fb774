import { readFileSync } from 'node:fs';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadReportFonts } from '../../../src-main/report/fonts';
import { dispatchServed } from '../../../src-main/services/dispatch';
import { largeBodyReader, offloadHeavyWork } from '../../../src-main/services/heavy-work';
import type { ServiceDeps } from '../../../src-main/services/service-deps';
import { createHeavyPool } from '../../../src-main/workers/heavy-pool';
import { serviceHarness } from '../../helpers/service-harness';

const sample = JSON.parse(readFileSync('docs/sample-workshop.json', 'utf8')) as {
  workshop: { title: string; date: string };
};

function workshopCount(h: ReturnType<typeof serviceHarness>): number {
  return h.call('workshop:list', {}).length;
}

describe('importing a workshop file that is already there', () => {
  it('is refused as a conflict until confirmed, in process', () => {
    const h = serviceHarness();
    h.call('workshop:importFile', { file: sample });
    const refused = h.fail('workshop:importFile', { file: sample });
    expect(refused.code).toBe('conflict');
    expect(refused.message).toBe(
      `A workshop "${sample.workshop.title}" of ${sample.workshop.date} already exists. Importing adds a second one beside it; nothing is overwritten.`,
    );
    expect(workshopCount(h)).toBe(1);

    h.call('workshop:importFile', { file: sample, confirmDuplicate: true });
    expect(workshopCount(h)).toBe(2);
    // Another day of the same workshop is a different one: no question.
    const nextDay = { ...sample, workshop: { ...sample.workshop, date: '2026-01-15' } };
    h.call('workshop:importFile', { file: nextDay });
    expect(workshopCount(h)).toBe(3);
  });

  it('is refused the same way when the file is checked on the worker', async () => {
    const h = serviceHarness();
    const deps: ServiceDeps = {
      clock: () => new Date('2026-05-04T10:00:00Z'),
      dataFile: h.file,
      version: 'test',
      transport: 'http',
    };
    const pool = createHeavyPool({ fonts: () => loadReportFonts() });
    onTestFinished(() => pool.close());
    const served = offloadHeavyWork(h.db, deps, h.handlers, pool);

    const first = await dispatchServed(served, 'workshop:importFile', { file: sample });
    expect(first.ok).toBe(true);
    const again = await dispatchServed(served, 'workshop:importFile', { file: sample });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(workshopCount(h)).toBe(1);
    const copy = await dispatchServed(served, 'workshop:importFile', {
      file: sample,
      confirmDuplicate: true,
    });
    expect(copy.ok).toBe(true);
    expect(workshopCount(h)).toBe(2);
  });

  it('keeps the go-ahead of a large body read on the worker', async () => {
    const h = serviceHarness();
    const deps: ServiceDeps = {
      clock: () => new Date('2026-05-04T10:00:00Z'),
      dataFile: h.file,
      version: 'test',
      transport: 'http',
    };
    const pool = createHeavyPool({ fonts: () => loadReportFonts() });
    onTestFinished(() => pool.close());
    const served = offloadHeavyWork(h.db, deps, h.handlers, pool);
    const readLarge = largeBodyReader(deps, pool);
    h.call('workshop:importFile', { file: sample });

    const bodyOf = async (payload: unknown) => {
      const reading = await readLarge('workshop:importFile', Buffer.from(JSON.stringify(payload)));
      if (!reading.ok) throw new Error(JSON.stringify(reading.problem));
      return reading;
    };
    const asked = await bodyOf({ file: sample });
    const refused = await dispatchServed(served, 'workshop:importFile', asked.body);
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const confirmed = await bodyOf({ file: sample, confirmDuplicate: true });
    const copy = await dispatchServed(served, 'workshop:importFile', confirmed.body);
    expect(copy.ok).toBe(true);
    expect(workshopCount(h)).toBe(2);
  });
});
