import { readFileSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { test, expect } from './support/app-host';

interface SampleFile {
  workshop: { title: string };
  participants: { id: string; alias: string }[];
  responses: { participant: string; item: string; round: number; value: number | null }[];
}

const sample = JSON.parse(readFileSync('docs/sample-workshop.json', 'utf8')) as SampleFile;

async function call<T>(request: APIRequestContext, base: string, channel: string, data: unknown) {
  const response = await request.post(`${base}/api/${channel}`, { data });
  expect(response.ok(), `${channel}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** The sample (answers, a Reality Check and a Decision Replay), run and closed. */
async function closedSample(request: APIRequestContext, base: string) {
  const workshop = await call<{ id: string }>(request, base, 'workshop:importFile', {
    file: sample,
  });
  await call(request, base, 'run:start', { workshopId: workshop.id });
  await call(request, base, 'run:close', { workshopId: workshop.id });
  return workshop.id;
}

test.describe('follow-up', () => {
  test('"Plan a follow-up" makes the linked workshop, and its trend compares like with like', async ({
    page,
    appHost,
  }) => {
    const base = appHost.baseURL;
    const firstId = await closedSample(page.request, base);

    await page.goto(`${base}/#/workshops/${firstId}`);
    await page.getByRole('button', { name: 'Plan a follow-up' }).click();
    const title = `${sample.workshop.title} (follow-up)`;
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const followUpId = decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '');
    expect(followUpId).not.toBe(firstId);
    // The same people, by alias and role group.
    for (const person of sample.participants) {
      await expect(page.getByRole('rowheader', { name: person.alias, exact: true })).toBeVisible();
    }

    // The follow-up room answers exactly as before, but runs no Reality Check or Decision Replay.
    const people = await call<{ id: string; alias: string }[]>(
      page.request,
      base,
      'participant:list',
      { workshopId: followUpId },
    );
    const idOf = new Map(
      sample.participants.map((p) => [p.id, people.find((q) => q.alias === p.alias)?.id ?? '']),
    );
    await call(page.request, base, 'run:start', { workshopId: followUpId });
    for (const answer of sample.responses) {
      await call(page.request, base, 'response:record', {
        workshopId: followUpId,
        participantId: idOf.get(answer.participant),
        itemId: answer.item,
        round: answer.round,
        value: answer.value,
      });
    }

    await page.goto(`${base}/#/workshops/${followUpId}/trend`);
    const headline = page.locator('[data-series="executionDebtIndex"]');
    await expect(headline).toContainText('not compared: evidence on one side only');
    // Not "better": the fall would be the evidence missing, not the team moving.
    await expect(headline).not.toContainText('better');
    await expect(page.getByTestId('headline-note')).toContainText(`“${title}” had neither`);
    // The perceived structural index is compared: the same answers, no clear change.
    await expect(page.locator('[data-series="executionDebt"]')).toContainText('no clear change');

    await page
      .getByRole('group', { name: 'Language' })
      .getByRole('button', { name: 'Español' })
      .click();
    await expect(headline).toContainText('no se compara: hay evidencia solo en un taller');
    await expect(page.getByTestId('headline-note')).toContainText('no tuvo ninguno');
  });

  test('a workshop that is not closed offers no follow-up, and the host refuses one', async ({
    page,
    appHost,
  }) => {
    const base = appHost.baseURL;
    const workshop = await call<{ id: string }>(page.request, base, 'workshop:importFile', {
      file: sample,
    });
    await page.goto(`${base}/#/workshops/${workshop.id}`);
    await expect(page.getByRole('link', { name: 'Run workshop' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Plan a follow-up' })).toHaveCount(0);
    const refused = await page.request.post(`${base}/api/workshop:planFollowUp`, {
      data: { id: workshop.id },
    });
    expect(refused.status()).toBe(409);
    const listed = await call<unknown[]>(page.request, base, 'workshop:list', {});
    expect(listed).toHaveLength(1);
  });
});
