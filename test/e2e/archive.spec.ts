import { readFileSync } from 'node:fs';
import { test, expect } from './support/app-host';

const SAMPLE_PATH = 'docs/sample-workshop.json';
const TITLE = 'Sample: Payments platform team';
const PASSPHRASE = 'a long shared secret';

test.describe('workshop archive (.edw) in browser mode', () => {
  test('export with a passphrase, import it back as a new workshop after the questions', async ({
    page,
    appHost,
  }) => {
    await page.goto(appHost.baseURL);
    await page.getByTestId('import-workshop-file').setInputFiles(SAMPLE_PATH);
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

    await page.getByRole('button', { name: 'Export archive (.edw)' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export this workshop as an archive' });
    await exportDialog.getByLabel('Passphrase (optional)').fill(PASSPHRASE);
    await exportDialog.getByLabel('Repeat the passphrase').fill('something else');
    await exportDialog.getByRole('button', { name: 'Export' }).click();
    await expect(exportDialog.getByRole('alert')).toContainText('not the same');

    await exportDialog.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exportDialog.getByRole('button', { name: 'Export' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('sample-payments-platform-team-2025-11-20.edw');
    await expect(exportDialog).toBeHidden();
    const archivePath = await download.path();

    await page.getByRole('link', { name: 'All workshops' }).click();
    await page.getByTestId('import-archive-file').setInputFiles({
      name: 'payments.edw',
      mimeType: 'application/octet-stream',
      buffer: readFileSync(archivePath),
    });

    const askPassphrase = page.getByRole('dialog', { name: 'This archive is protected' });
    await askPassphrase.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
    await askPassphrase.getByRole('button', { name: 'Import' }).click();
    await expect(askPassphrase.getByRole('alert')).toContainText('Wrong passphrase');

    await askPassphrase.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await askPassphrase.getByRole('button', { name: 'Import' }).click();

    const duplicate = page.getByRole('dialog', { name: 'This workshop is already here' });
    await expect(duplicate).toContainText('nothing is overwritten');
    await duplicate.getByRole('button', { name: 'Import as a new workshop' }).click();

    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'as a new workshop' })).toBeVisible();
    await page.getByRole('link', { name: 'All workshops' }).click();
    await expect(page.getByRole('link', { name: TITLE, exact: true })).toHaveCount(2);
  });

  test('a file that is not an archive is refused and adds nothing', async ({ page, appHost }) => {
    await page.goto(appHost.baseURL);
    await expect(page.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();
    await page.getByTestId('import-archive-file').setInputFiles({
      name: 'notes.edw',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('just some notes, not a workshop'),
    });
    const failed = page.getByRole('dialog', { name: 'The archive could not be imported' });
    await expect(failed).toContainText('not a workshop archive');
    await failed.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();
  });
});
