import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { INSTRUMENT_V1 } from '../../shared/instrument';
import { test, expect } from './support/app-host';

interface SampleFile {
  workshop: { title: string; date: string };
  responses: { item: string; value: number | null }[];
}

const sample = JSON.parse(readFileSync('docs/sample-workshop.json', 'utf8')) as SampleFile;

async function importFile(request: APIRequestContext, baseURL: string, file: unknown) {
  const response = await request.post(`${baseURL}/api/workshop:importFile`, { data: { file } });
  expect(response.ok()).toBe(true);
  return (await response.json()) as { id: string; title: string };
}

/** The sample three months later, after the decision log took hold: replay rated healthy by all. */
function followUpFile(): SampleFile {
  const healthKeyed =
    INSTRUMENT_V1.items.find((item) => item.id === 'dv.replay.1')?.keyed === 'health';
  return {
    ...sample,
    workshop: { ...sample.workshop, title: 'Payments follow-up', date: '2026-02-20' },
    responses: sample.responses.map((r) =>
      r.item === 'dv.replay.1' && r.value !== null ? { ...r, value: healthKeyed ? 5 : 1 } : r,
    ),
  };
}

function actionRow(page: Page, index: number) {
  return page.locator('li.action-row').nth(index);
}

async function pdfText(request: APIRequestContext, baseURL: string, id: string): Promise<string> {
  const response = await request.post(`${baseURL}/api/report:pdf`, {
    data: { id, flavour: 'full' },
  });
  expect(response.ok()).toBe(true);
  const { base64 } = (await response.json()) as { base64: string };
  const dir = mkdtempSync(join(tmpdir(), 'edw-report-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, Buffer.from(base64, 'base64'));
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test.describe('interventions and follow-up', () => {
  test('the room agrees a plan, it survives a reload and reaches the report; a follow-up shows the movement', async ({
    page,
    appHost,
  }) => {
    const first = await importFile(page.request, appHost.baseURL, sample);
    await page.goto(`${appHost.baseURL}/#/workshops/${first.id}`);
    await page.getByRole('link', { name: 'Interventions and action plan' }).click();
    await expect(
      page.getByRole('heading', { name: `Interventions: ${first.title}` }),
    ).toBeVisible();

    // Recommended, with the findings that called for it.
    const log = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: 'Five-line decision log' }),
    });
    await expect(log.first()).toContainText('Decisions cannot be replayed or audited');

    await page.getByRole('button', { name: 'Choose Five-line decision log' }).click();
    await page.getByRole('button', { name: 'Choose Done means shown' }).click();
    await page.getByLabel("Add the room's own action").fill('Risk coffee on Fridays');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.locator('li.action-row')).toHaveCount(3);
    await expect(
      page.getByRole('button', { name: 'Chosen Five-line decision log' }),
    ).toHaveAttribute('aria-pressed', 'true');

    // Dot votes, 3 per person: nobody here has a phone, so the facilitator's grid takes them.
    const vote = page.getByRole('region', { name: 'Dot vote' });
    await expect(vote.getByText('0 of 6 participants have voted.')).toBeVisible();
    await vote.getByText('Dots for participants without a phone').click();
    await vote.getByLabel('Dots from Ash on Five-line decision log').selectOption('1');
    await vote.getByLabel('Dots from Birch on Five-line decision log').selectOption('1');
    await vote.getByLabel('Dots from Cedar on Risk coffee on Fridays').selectOption('1');
    await expect(vote.getByText('3 of 6 participants have voted.')).toBeVisible();
    // Secret until the reveal: no action shows its dots.
    await expect(page.locator('.action-row__count')).toHaveCount(0);

    // Owners, dates and signals, saved as typed.
    const rows = [
      { owner: 'Ana Ruiz', due: '2026-03-31' },
      { owner: 'Luis Mora', due: '2026-04-15' },
      { owner: 'Kim Lee', due: '2026-05-01' },
    ];
    for (const [index, row] of rows.entries()) {
      await actionRow(page, index).getByLabel('Owner').fill(row.owner);
      await actionRow(page, index).getByLabel('Due date').fill(row.due);
    }
    await actionRow(page, 2).getByLabel('Success signal').fill('Two risks raised each week');
    for (const index of [0, 1, 2]) {
      await expect(actionRow(page, index).getByRole('status')).toHaveText('Saved');
    }

    await page.reload();
    await expect(page.locator('li.action-row')).toHaveCount(3);
    for (const [index, row] of rows.entries()) {
      await expect(actionRow(page, index).getByLabel('Owner')).toHaveValue(row.owner);
      await expect(actionRow(page, index).getByLabel('Due date')).toHaveValue(row.due);
    }
    await expect(actionRow(page, 2).getByLabel('Action')).toHaveValue('Risk coffee on Fridays');
    await expect(vote.getByText('3 of 6 participants have voted.')).toBeVisible();
    await vote.getByRole('button', { name: 'Reveal the vote' }).click();
    await page
      .getByRole('dialog', { name: 'Reveal the vote?' })
      .getByRole('button', { name: 'Reveal the vote' })
      .click();
    await expect(actionRow(page, 0)).toContainText('2 votes');
    await expect(actionRow(page, 2)).toContainText('1 vote');

    // The report carries the agreed plan.
    const text = (await pdfText(page.request, appHost.baseURL, first.id)).replace(/\s+/g, ' ');
    for (const expected of [
      'Five-line decision log',
      'Risk coffee on Fridays',
      'Ana Ruiz',
      // Due dates print in the report's language; each action is a card with its pieces.
      'Due 31 March 2026.',
      'Agreed by the room · 2 votes',
      'Create the log this week',
      'Success signal',
    ]) {
      expect(text).toContain(expected);
    }

    // A follow-up three months later, linked to the first.
    const second = await importFile(page.request, appHost.baseURL, followUpFile());
    await page.goto(`${appHost.baseURL}/#/workshops/${second.id}`);
    await page.getByRole('link', { name: 'Follow-up and trend' }).click();
    await expect(page.getByText('does not follow up an earlier one yet')).toBeVisible();
    const picker = page.getByLabel('Follow-up of');
    await expect(picker.locator('optgroup[label="Same team"] option')).toHaveCount(1);
    await picker.selectOption(first.id);

    await expect(
      page.getByRole('heading', {
        name: `Did the actions agreed in ${first.title} move their factors?`,
      }),
    ).toBeVisible();
    const moved = page.locator('li.movement-item').filter({ hasText: 'Five-line decision log' });
    await expect(moved).toContainText('better');
    await expect(moved).toContainText('n = 6');
    await expect(moved).toContainText('Ana Ruiz');
    const replayRow = page.getByRole('row', { name: /Replayability/ });
    await expect(replayRow).toContainText('better');

    await page.reload();
    await expect(page.getByLabel('Follow-up of')).toHaveValue(first.id);
  });
});
