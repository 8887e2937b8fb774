// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FileResponse } from '../../shared/format/workshop-file';
import { instrumentHealth, type VersionHealth } from '../../shared/instrument-health';
import { INSTRUMENT_V2, itemById } from '../../shared/instrument';
import { healthFormat } from '../../src-renderer/features/instrument-health/health-format';
import { VersionHealthSection } from '../../src-renderer/features/instrument-health/VersionHealthSection';
import { hrefFor, parseHash } from '../../src-renderer/router/routes';
import { healthWorkshopFile, NOISY_STATEMENT } from '../helpers/health-workshops';
import { renderIn } from '../helpers/render-in';

/** Instrument 2.0.0's figures over workshops of the given sizes. */
function version(sizes: readonly number[]): VersionHealth {
  const workshops = sizes.map((people, index) => {
    const file = healthWorkshopFile({ title: `W${index}`, people, seed: index + 1 });
    return {
      id: `w${index}`,
      instrumentVersion: '2.0.0',
      anonymityThreshold: 5,
      demo: false,
      participants: file.participants.map((participant) => participant.id),
      responses: file.responses as FileResponse[],
    };
  });
  const found = instrumentHealth(workshops).versions.find((entry) => entry.version === '2.0.0');
  if (!found) throw new Error('no 2.0.0 figures');
  return found;
}

afterEach(cleanup);

describe('Instrument health page', () => {
  it('lives at #/instrument-health', () => {
    expect(parseHash('#/instrument-health')).toEqual({ name: 'instrument-health' });
    expect(hrefFor({ name: 'instrument-health' })).toBe('#/instrument-health');
  });

  it("shows each factor's alpha, reading and people, and flags a statement that does not move with its factor", () => {
    const figures = version([14, 12, 16, 11]);
    renderIn(
      'en',
      <VersionHealthSection version={figures} language="en" format={healthFormat('en')} />,
    );
    const load = figures.factors.find((factor) => factor.factor === 'load');
    const row = screen.getByRole('row', { name: /^Cognitive load & over-commitment/ });
    expect(within(row).getAllByRole('cell')[0]?.textContent).toBe(load?.alpha?.toFixed(2));
    expect(row.textContent).toContain('Consistent');
    expect(row.textContent).toContain(`of ${load?.answered} who answered`);

    const noisy = itemById(INSTRUMENT_V2, NOISY_STATEMENT)?.text.en ?? '';
    const flagged = screen.getByRole('row', { name: new RegExp(`^${noisy.slice(0, 30)}`) });
    expect(flagged.textContent).toContain('Does not move with the rest of its factor');
    // Health-keyed statements say they were reversed.
    expect(screen.getAllByText('reversed').length).toBeGreaterThan(10);
  });

  it('says how many more people a version and each factor need, in the UI language', () => {
    const figures = version([9]);
    renderIn(
      'de',
      <VersionHealthSection version={figures} language="de" format={healthFormat('de')} />,
    );
    expect(screen.getByRole('note').textContent).toBe(
      'Bisher haben 9 Personen mit dieser Version geantwortet. Werte für einen Faktor brauchen mindestens 30 Personen, die jede seiner Aussagen beantwortet haben; es fehlen also noch mindestens 21.',
    );
    const load = figures.factors.find((factor) => factor.factor === 'load');
    const row = screen.getByRole('row', { name: /^Mentale Belastung/ });
    expect(row.textContent).toContain(`Noch ${load?.morePeopleNeeded} Personen nötig`);
    // No statement rows under a factor without figures.
    const german = itemById(INSTRUMENT_V2, 'hd.load.1')?.text.de ?? '';
    expect(screen.queryByText(german)).toBeNull();
  });
});
