import { test, expect } from './support/app-host';

test.describe('workshops in browser mode', () => {
  test('create a workshop with three participants; they survive a reload', async ({
    page,
    appHost,
  }) => {
    await page.goto(appHost.baseURL);
    await expect(page.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();
    await page.getByRole('link', { name: 'Create your first workshop' }).first().click();

    await page.getByLabel('Title').fill('Payments diagnostic');
    await page.getByLabel('Client organisation').fill('Acme Bank');
    await page.getByLabel('Team (optional)').fill('Payments');
    await page.getByRole('button', { name: 'Create workshop' }).click();
    await expect(page.getByRole('heading', { name: 'Payments diagnostic' })).toBeVisible();

    // One by one, with the keyboard: alias left empty gets a P-number drawn at random (never
    // simply "the next one", so an alias does not tell when someone was added).
    await page.getByLabel('Role group', { exact: true }).selectOption('engineering');
    await page.getByLabel('Name').first().press('Enter');
    const generated = page.getByRole('rowheader', { name: /^P[1-5]$/ });
    await expect(generated).toHaveCount(1);
    const first = (await generated.textContent())?.trim() ?? '';

    // Then two more, pasted as a list.
    await page.getByText('Paste a list', { exact: true }).click();
    await page.getByLabel('Participant list').fill('Lead, leadership, Ana Ruiz\n, product');
    await page.getByRole('button', { name: 'Add pasted participants' }).click();
    await expect(page.getByText('3 participants')).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Payments diagnostic' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: /^P\d+$/ })).toHaveCount(2);
    for (const alias of [first, 'Lead']) {
      await expect(page.getByRole('rowheader', { name: alias, exact: true })).toBeVisible();
    }

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Workshops' })
      .click();
    const row = page.getByRole('row', { name: /Payments diagnostic/ });
    await expect(row).toContainText('Acme Bank');
    await expect(row).toContainText('3');
  });

  test('edit, duplicate and delete a workshop, delete asking first', async ({ page, appHost }) => {
    await page.request.post(`${appHost.baseURL}/api/workshop:create`, {
      data: { title: 'Risk review', date: '2026-11-20', client: 'Acme' },
    });
    await page.goto(appHost.baseURL);
    await page.getByRole('link', { name: 'Edit Risk review' }).click();
    await page.getByLabel('Title').fill('Risk review, round two');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { name: 'Risk review, round two' })).toBeVisible();

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Workshops' })
      .click();
    await page.getByRole('button', { name: 'Duplicate Risk review, round two' }).click();
    await expect(page.getByRole('row', { name: /Risk review, round two \(copy\)/ })).toBeVisible();

    await page.getByRole('button', { name: 'Delete Risk review, round two (copy)' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('This cannot be undone.');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('row', { name: /\(copy\)/ })).toBeVisible();

    await page.getByRole('button', { name: 'Delete Risk review, round two (copy)' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete workshop' }).click();
    await expect(page.getByRole('row', { name: /\(copy\)/ })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('row', { name: /Risk review, round two/ })).toHaveCount(1);
  });

  test('switching to Spanish shows Spanish and is remembered', async ({ page, appHost }) => {
    await page.goto(appHost.baseURL);
    await page
      .getByRole('group', { name: 'Language' })
      .getByRole('button', { name: 'Español' })
      .click();
    await expect(page.getByRole('heading', { name: 'Todavía no hay talleres' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Todavía no hay talleres' })).toBeVisible();
    await page.getByRole('navigation').getByRole('link', { name: 'Acerca de' }).click();
    await expect(page.getByText('Duena Blomstrom')).toBeVisible();
  });

  test('invalid input shows the error beside the field and saves nothing', async ({
    page,
    appHost,
  }) => {
    await page.goto(`${appHost.baseURL}/#/workshops/new`);
    await page.getByLabel('Anonymity threshold (k)').fill('2');
    await page.getByRole('button', { name: 'Create workshop' }).click();
    await expect(
      page.getByText('Nothing was saved. Please check the fields marked below.'),
    ).toBeVisible();
    await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Anonymity threshold (k)')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    const listed = await page.request.post(`${appHost.baseURL}/api/workshop:list`, { data: {} });
    expect(await listed.json()).toEqual([]);
  });
});
