import { demoWorkshopFile } from '../../shared/demo/demo-workshop';
import { test, expect } from './support/app-host';

test.describe('the demo workshop in the app', () => {
  test('a newcomer opens it from the first screen and sees it marked as demonstration data', async ({
    page,
    appHost,
  }) => {
    const { workshop } = demoWorkshopFile({ language: 'en' });
    await page.goto(appHost.baseURL);
    await expect(page.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();
    await expect(page.getByText('To see a finished workshop first, open the demo')).toBeVisible();
    await page.getByRole('button', { name: 'Open the demo workshop' }).click();

    await expect(page.getByRole('heading', { level: 1, name: workshop.title })).toBeVisible();
    await expect(page.getByTestId('demo-marker')).toHaveText(
      'Demonstration data: fictitious people and answers',
    );
    await expect(page.getByText('12 participants')).toBeVisible();

    // Every screen of it says so, the results too.
    await page.getByRole('link', { name: 'Results' }).click();
    await expect(page.getByTestId('demo-marker')).toBeVisible();

    // In the list, beside its title; opening it again does not add a second one.
    await page.goto(appHost.baseURL);
    const row = page.getByRole('row', { name: new RegExp(workshop.title) });
    await expect(row.locator('.badge--demo')).toHaveText('Demo');
    await page.getByRole('button', { name: 'Open the demo workshop' }).click();
    await expect(page.getByRole('heading', { level: 1, name: workshop.title })).toBeVisible();
    await page.goto(appHost.baseURL);
    await expect(page.getByRole('row', { name: new RegExp(workshop.title) })).toHaveCount(1);

    // A workshop the facilitator sets up is not marked.
    await page.getByRole('link', { name: 'New workshop' }).click();
    await page.getByLabel('Title').fill('Real workshop');
    await page.getByRole('button', { name: 'Create workshop' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Real workshop' })).toBeVisible();
    await expect(page.getByTestId('demo-marker')).toHaveCount(0);

    // Offered as an earlier workshop to follow up, it still says it is the demo.
    await page.getByRole('link', { name: 'Follow-up and trend' }).click();
    await expect(page.getByLabel('Follow-up of').locator('option')).toContainText([
      `${workshop.title} · Nov 20, 2026 · ${workshop.team} · Demo`,
    ]);
  });

  test('in the Spanish UI the demo is made in Spanish', async ({ page, appHost }) => {
    const { workshop } = demoWorkshopFile({ language: 'es' });
    await page.goto(appHost.baseURL);
    await page
      .getByRole('group', { name: 'Language' })
      .getByRole('button', { name: 'Español' })
      .click();
    await page.getByRole('button', { name: 'Abrir el taller de demostración' }).click();
    await expect(page.getByRole('heading', { level: 1, name: workshop.title })).toBeVisible();
    await expect(page.getByTestId('demo-marker')).toHaveText(
      'Datos de demostración: personas y respuestas ficticias',
    );
    // The participants' role groups are the Spanish ones the demo file carries.
    await expect(page.getByRole('cell', { name: 'ingeniería' }).first()).toBeVisible();
    await page.goto(appHost.baseURL);
    await expect(
      page.getByRole('row', { name: new RegExp(workshop.title) }).locator('.badge--demo'),
    ).toHaveText('Demostración');
  });

  for (const [language, button, open, marker, role] of [
    ['de', 'Deutsch', 'Demo öffnen', 'Fiktive Demodaten', 'entwicklung'],
    ['fr', 'Français', 'Ouvrir la démo', 'Données de démo fictives', 'ingénierie'],
  ] as const) {
    test(`in the ${button} UI the demo is made in that language`, async ({ page, appHost }) => {
      const { workshop } = demoWorkshopFile({ language });
      await page.goto(appHost.baseURL);
      await page
        .getByRole('group', { name: 'Language' })
        .getByRole('button', { name: button })
        .click();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await page.getByRole('button', { name: open }).click();
      await expect(page.getByRole('heading', { level: 1, name: workshop.title })).toBeVisible();
      await expect(page.getByTestId('demo-marker')).toHaveText(marker);
      await expect(page.getByRole('cell', { name: role }).first()).toBeVisible();
    });
  }
});
