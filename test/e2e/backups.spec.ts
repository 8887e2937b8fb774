import { test, expect } from './support/app-host';

test.describe('backups in browser mode', () => {
  test('back up now, change the data, restore the backup and see the old data again', async ({
    page,
    appHost,
  }) => {
    const create = (title: string) =>
      page.request.post(`${appHost.baseURL}/api/workshop:create`, {
        data: { title, date: '2026-03-02', roleGroups: ['engineering'] },
      });
    expect((await create('Original workshop')).ok()).toBe(true);

    await page.goto(`${appHost.baseURL}/#/about`);
    await page.getByRole('link', { name: 'Backups and restoring' }).click();
    await expect(page.getByRole('heading', { name: 'Restore from backup' })).toBeVisible();
    await expect(page.getByText('No backups yet.')).toBeVisible();

    await page.getByRole('button', { name: 'Back up now' }).click();
    const manual = page.getByRole('row', { name: /Backed up by hand/ });
    await expect(manual).toContainText('Workshops: 1 · Participants: 0 · Answers: 0');
    await expect(manual).toContainText('Original workshop');

    // The data moves on after the backup.
    expect((await create('Later workshop')).ok()).toBe(true);
    await page.goto(`${appHost.baseURL}/#/`);
    await expect(page.getByRole('link', { name: 'Later workshop', exact: true })).toBeVisible();

    await page.goto(`${appHost.baseURL}/#/backups`);
    await manual.getByRole('button', { name: /Restore the backup saved/ }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('saved as a new backup');
    // Nothing happens until the facilitator confirms.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await manual.getByRole('button', { name: /Restore the backup saved/ }).click();
    await dialog.getByRole('button', { name: 'Restore this backup' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(/was restored/)).toBeVisible();

    // What the app held just before is now a backup of its own, listed first.
    const before = page.getByRole('row', { name: /Before a restore/ });
    await expect(before).toContainText('Workshops: 2');
    await expect(page.getByRole('row').nth(1)).toContainText('Before a restore');

    await page.goto(`${appHost.baseURL}/#/`);
    await expect(page.getByRole('link', { name: 'Original workshop', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Later workshop', exact: true })).toHaveCount(0);
  });
});
