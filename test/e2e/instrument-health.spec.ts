import { alphaReading, type InstrumentHealth } from '../../shared/instrument-health';
import { healthWorkshopFile } from '../helpers/health-workshops';
import { test, expect } from './support/app-host';

const READINGS = {
  consistent: 'Consistent',
  borderline: 'Borderline',
  inconsistent: 'Statements may measure different things',
} as const;

test.describe('instrument health in browser mode', () => {
  test('opened from About, it shows a factor’s alpha with its people and workshops, the demo left out', async ({
    page,
    appHost,
  }) => {
    const post = (channel: string, data: unknown) =>
      page.request.post(`${appHost.baseURL}/api/${channel}`, { data });
    // Three real workshops of 15 people each, and the demo, which must count for nothing.
    for (const [index, title] of ['Payments', 'Ledger', 'Onboarding'].entries()) {
      const file = healthWorkshopFile({ title, people: 15, seed: index + 1 });
      expect((await post('workshop:importFile', { file })).ok()).toBe(true);
    }
    expect((await post('workshop:openDemo', { language: 'en' })).ok()).toBe(true);
    const health = (await (await post('instrument:health', {})).json()) as InstrumentHealth;
    const load = health.versions
      .find((version) => version.version === '2.0.0')
      ?.factors.find((factor) => factor.factor === 'load');
    expect(load?.alpha).not.toBeNull();

    await page.goto(`${appHost.baseURL}/#/about`);
    await page.getByRole('link', { name: 'Instrument health' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Instrument health' })).toBeVisible();
    await expect(
      page.getByText(/Demonstration workshops are left out \(in this app: 1\)/),
    ).toBeVisible();
    const version = page.getByRole('region', { name: 'Instrument 2.0.0' });
    await expect(version).toContainText('People: 45 · Workshops: 3');

    const row = version.getByRole('row', { name: /^Cognitive load & over-commitment/ });
    const cells = row.getByRole('cell');
    await expect(cells.nth(0)).toHaveText((load?.alpha ?? 0).toFixed(2));
    await expect(cells.nth(1)).toHaveText(READINGS[alphaReading(load?.alpha ?? 0)]);
    await expect(cells.nth(2)).toContainText(String(load?.n));
    await expect(cells.nth(3)).toHaveText('3');
    // Each of its statements follows, in the UI language, with its own n and item–rest r.
    const statement = version.getByRole('row', {
      name: /^Our team has taken on more work than it can finish at a sustainable pace\./,
    });
    const first = load?.items[0];
    await expect(statement.getByRole('cell').nth(3)).toHaveText(String(first?.n));
    await expect(statement.getByRole('cell').nth(5)).toHaveText((first?.itemRest ?? 0).toFixed(2));
  });

  test('an empty store says how many people a factor needs', async ({ page, appHost }) => {
    await page.goto(`${appHost.baseURL}/#/instrument-health`);
    await expect(page.getByRole('heading', { level: 1, name: 'Instrument health' })).toBeVisible();
    const version = page.getByRole('region', { name: 'Instrument 2.0.0' });
    await expect(version).toContainText(
      "No workshop on this version has answers yet. A factor's figures need at least 30 people",
    );
    await expect(version.getByRole('table')).toHaveCount(0);
    await expect(
      page.getByText(/Demonstration workshops are left out \(in this app: 0\)/),
    ).toBeVisible();
  });
});
