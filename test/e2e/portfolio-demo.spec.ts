import { expect, test } from './support/app-host';
import { api } from './support/api';

test('the portfolio chooser marks a client whose workshops are all demonstration data', async ({
  page,
  appHost,
}) => {
  const demo = await api<{ client: string; title: string }>(
    page.request,
    appHost.baseURL,
    'workshop:openDemo',
    { language: 'en' },
  );
  await api(page.request, appHost.baseURL, 'workshop:create', {
    title: 'Checkout diagnostic',
    client: 'Acme Retail',
    date: '2026-03-12',
  });
  await page.goto(`${appHost.baseURL}/#/portfolio`);
  const client = page.getByLabel('Client', { exact: true });
  await expect(client.locator('option')).toHaveText([
    '— Choose a client —',
    'Acme Retail (1 workshop)',
    `${demo.client} (1 workshop) · demonstration data`,
  ]);
  // The workshop list marks the demo as the home list does, and only the demo.
  await expect(page.getByRole('row', { name: demo.title }).getByText('Demo')).toBeVisible();
  await expect(
    page.getByRole('row', { name: 'Checkout diagnostic' }).getByText('Demo'),
  ).toHaveCount(0);

  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await expect(client.locator('option').last()).toHaveText(
    `${demo.client} (1 atelier) · données de démonstration`,
  );
});
