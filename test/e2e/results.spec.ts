import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './support/app-host';

const SAMPLE_PATH = 'docs/sample-workshop.json';
const sample = JSON.parse(readFileSync(SAMPLE_PATH, 'utf8')) as {
  responses: { value: number | null }[];
};

function figureTitled(page: Page, title: string) {
  return page.locator('figure').filter({ has: page.getByRole('heading', { name: title }) });
}

test.describe('results and workshop files in browser mode', () => {
  test('import the sample file, read its results, export it again, switch to Spanish', async ({
    page,
    appHost,
  }) => {
    await page.goto(appHost.baseURL);
    await page.getByTestId('import-workshop-file').setInputFiles(SAMPLE_PATH);

    await expect(
      page.getByRole('heading', { level: 1, name: 'Sample: Payments platform team' }),
    ).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'imported' })).toContainText(
      'Sample: Payments platform team',
    );

    await page.getByRole('link', { name: 'Results', exact: true }).click();
    await expect(page).toHaveURL(/#\/workshops\/[^/]+\/results$/);

    // The same headline `npx edw score docs/sample-workshop.json` prints.
    const index = page.getByTestId('results-index');
    await expect(index).toContainText('63.0');
    await expect(index).toContainText('95 % interval 49.5–78.8');
    await expect(index).toContainText('Band: Compounding');
    await expect(
      page.getByRole('heading', { name: 'Decisions cannot be replayed or audited' }),
    ).toBeVisible();
    await expect(page.getByText('6 of 6 participants answered')).toBeVisible();

    const map = figureTitled(page, 'Debt Interaction Map');
    await expect(map).toBeVisible();
    await expect(map.getByRole('slider')).toBeVisible();
    await expect(
      figureTitled(page, 'Links the model assumes between the factors at 50 or more'),
    ).toBeVisible();
    const heatmap = figureTitled(page, 'Factors by role group');
    await expect(heatmap).toBeVisible();
    const hidden = heatmap.locator('[data-kind="suppressed"]');
    expect(await hidden.count()).toBeGreaterThan(0);
    await expect(hidden.first()).toContainText('n<3');
    await expect(figureTitled(page, 'Reality funnel')).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Round 2: did the room converge?' }),
    ).toBeVisible();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export workshop file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('sample-payments-platform-team-2025-11-20.edw.json');
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      format: string;
      responses: unknown[];
    };
    expect(saved.format).toBe('edw-workshop');
    expect(saved.responses).toHaveLength(sample.responses.length);

    await page
      .getByRole('group', { name: 'Language' })
      .getByRole('button', { name: 'Español' })
      .click();
    await expect(index).toContainText('63,0');
    await expect(index).toContainText('Nivel: En escalada');
    await expect(page.getByRole('heading', { name: 'Hallazgos (12)' })).toBeVisible();
  });

  test('a broken file is refused by JSON path and adds no workshop', async ({ page, appHost }) => {
    await page.goto(appHost.baseURL);
    await expect(page.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();

    const broken = structuredClone(sample);
    broken.responses[0] = { ...broken.responses[0], value: 7 };
    await page.getByTestId('import-workshop-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const alert = page.getByRole('alert').filter({ hasText: 'broken.json' });
    await expect(alert).toContainText('is not a valid workshop file');
    await expect(alert).toContainText('responses[0].value: expected 1..5 or null, got 7');
    await expect(alert).toContainText('Nothing was imported.');

    await page.getByTestId('import-workshop-file').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ this is not JSON'),
    });
    await expect(page.getByRole('alert').filter({ hasText: 'notes.json' })).toContainText(
      'is not a JSON file',
    );

    await page.reload();
    await expect(page.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();
    const list = await page.request.post(`${appHost.baseURL}/api/workshop:list`, { data: {} });
    expect(await list.json()).toEqual([]);
  });

  test('a workshop without answers explains where results come from', async ({ page, appHost }) => {
    const created = await page.request.post(`${appHost.baseURL}/api/workshop:create`, {
      data: { title: 'Fresh workshop', date: '2026-05-04' },
    });
    const { id } = (await created.json()) as { id: string };
    await page.goto(`${appHost.baseURL}/#/workshops/${id}/results`);
    await expect(page.getByRole('heading', { name: 'No answers yet' })).toBeVisible();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import workshop file' }).click(),
    ]);
    expect(chooser.isMultiple()).toBe(false);
    await expect(page.getByText('63.0')).toHaveCount(0);
  });
});
