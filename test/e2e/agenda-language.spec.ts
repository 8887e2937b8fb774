import { test, expect } from './support/app-host';

test('the agenda names every section in the workshop language, not the UI language', async ({
  page,
  appHost,
}) => {
  const base = appHost.baseURL;
  const created = await page.request.post(`${base}/api/workshop:create`, {
    data: { title: 'Payments', date: new Date().toISOString().slice(0, 10), language: 'en' },
  });
  const { id } = (await created.json()) as { id: string };
  await page.goto(base);
  await page
    .getByRole('group', { name: 'Language' })
    .getByRole('button', { name: 'Español' })
    .click();
  await page.goto(`${base}/#/workshops/${id}/run`);
  const titles = page.locator('.agenda__title');
  await expect(titles.first()).toHaveText('Framing');
  const names = await titles.allTextContents();
  expect(names.slice(0, 5)).toEqual([
    'Framing',
    'Human Debt',
    'Technical Debt',
    'Decision Visibility',
    'Execution Reality',
  ]);
  expect(names.join(' ')).not.toMatch(/Encuadre|Deuda/);
  // The rest of the screen stays in the facilitator's language.
  await expect(page.getByRole('heading', { name: 'Agenda' })).toBeVisible();
  await expect(page.locator('.run__prompt')).toHaveAttribute('lang', 'en');
});
