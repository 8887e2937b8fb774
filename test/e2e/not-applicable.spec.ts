import type { APIRequestContext } from '@playwright/test';
import { INSTRUMENT, itemsOf } from '../../shared/instrument';
import { expect, test } from './support/app-host';
import { api, createWorkshop, openRoom, PHONE, runAt } from './support/api';

// "Not applicable to my role", entered by keyboard in the facilitator's grid and on a phone.

const human = itemsOf(INSTRUMENT, { dimension: 'human' });

async function workshopOnHumanDebt(request: APIRequestContext, base: string) {
  const workshopId = await createWorkshop(request, base, {
    anonymityThreshold: 3,
    instrumentVersion: '1.0.0',
  });
  const people = await api<{ id: string }[]>(request, base, 'participant:add', {
    workshopId,
    participants: ['P1', 'P2', 'P3'].map((alias) => ({ alias, role: 'engineering' })),
  });
  await runAt(request, base, workshopId, 'statements');
  return { workshopId, participantIds: people.map((p) => p.id) };
}

async function answersOf(request: APIRequestContext, base: string, workshopId: string) {
  return api<{ participantId: string; itemId: string; value: unknown }[]>(
    request,
    base,
    'responses:list',
    { workshopId, round: 1 },
  );
}

test('the grid takes N as "not applicable", shows it apart from "can\'t say" and counts it as answered', async ({
  page,
  appHost,
}) => {
  const base = appHost.baseURL;
  const { workshopId, participantIds } = await workshopOnHumanDebt(page.request, base);
  await page.goto(`${base}/#/workshops/${workshopId}/run`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Human Debt');
  await expect(page.getByText(/N not applicable/)).toBeVisible();

  await page.keyboard.press('Alt+g');
  await page.keyboard.type('n04N');
  const cell = (col: number) => page.locator(`td[data-row="0"][data-col="${col}"]`);
  await expect(cell(0)).toHaveText('n/a');
  await expect(cell(0)).toHaveAttribute('data-answer', 'notApplicable');
  await expect(cell(0)).toHaveAttribute('data-state', 'saved');
  await expect(cell(0)).toHaveAttribute('aria-label', /not applicable to this role, saved/);
  await expect(cell(1)).toHaveText('?');
  await expect(cell(1)).toHaveAttribute('data-answer', 'cantSay');
  await expect(cell(2)).toHaveText('4');
  await expect(cell(3)).toHaveText('n/a');
  await expect(cell(3)).toHaveAttribute('data-state', 'saved');
  // Every key is an answer: four of the row's statements are done.
  await expect(page.getByRole('row', { name: /P1/ })).toContainText(`4/${human.length}`);

  const stored = await answersOf(page.request, base, workshopId);
  const values = Object.fromEntries(stored.map((answer) => [answer.itemId, answer.value]));
  expect(stored.every((answer) => answer.participantId === participantIds[0])).toBe(true);
  expect(values).toEqual({
    [human[0]?.id ?? '']: 'na',
    [human[1]?.id ?? '']: null,
    [human[2]?.id ?? '']: 4,
    [human[3]?.id ?? '']: 'na',
  });

  // Undo takes the last one back; a number typed over "n/a" replaces it.
  await page.keyboard.press('Control+z');
  await expect(cell(3)).toHaveText('');
  await cell(0).click();
  await page.keyboard.type('2');
  await expect(cell(0)).toHaveText('2');
  await expect(cell(0)).toHaveAttribute('data-state', 'saved');
});

test('a phone answers "Not applicable to my role", sees it in its review and the grid shows it', async ({
  browser,
  page,
  appHost,
}) => {
  const base = appHost.baseURL;
  const { workshopId } = await workshopOnHumanDebt(page.request, base);
  const status = await openRoom(page.request, base, workshopId);
  await page.goto(`${base}/#/workshops/${workshopId}/run`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Human Debt');

  const context = await browser.newContext(PHONE);
  try {
    const phone = await context.newPage();
    await phone.goto(status.url);
    await phone.getByLabel('Join code').fill(status.joinCode);
    await phone.getByRole('button', { name: 'Continue' }).click();
    await phone.getByRole('button', { name: 'P2', exact: true }).click();
    await expect(phone.getByText('You are P2')).toBeVisible();

    await expect(phone.getByText(`Statement 1 of ${human.length}`)).toBeVisible();
    const notApplicable = phone.getByRole('button', { name: 'Not applicable to my role' });
    await expect(notApplicable).toBeVisible();
    await notApplicable.click();
    await expect(phone.getByText(`Statement 2 of ${human.length}`)).toBeVisible();
    await phone.getByRole('button', { name: "Can't say" }).click();
    await expect(phone.getByText('All your answers are saved')).toBeVisible();

    // Back on the first statement the choice is pressed; the review names it.
    await phone.getByRole('button', { name: 'Previous' }).click();
    await phone.getByRole('button', { name: 'Previous' }).click();
    await expect(notApplicable).toHaveAttribute('aria-pressed', 'true');
    await expect(phone.getByRole('button', { name: "Can't say" })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await phone.getByRole('button', { name: 'See all statements' }).click();
    const review = phone.locator('.room-list__answer');
    await expect(review.nth(0)).toContainText('Not applicable to my role');
    await expect(review.nth(1)).toContainText("Can't say");

    // P2 is row 1 of the facilitator's grid, live.
    await expect(page.locator('td[data-row="1"][data-col="0"]')).toHaveText('n/a');
    await expect(page.locator('td[data-row="1"][data-col="1"]')).toHaveText('?');
    const stored = await answersOf(page.request, base, workshopId);
    expect(stored.map((answer) => answer.value).sort()).toEqual(['na', null].sort());
  } finally {
    await context.close();
  }
});

test('in private mode a participant answers "not applicable" with N or its button', async ({
  page,
  appHost,
}) => {
  const base = appHost.baseURL;
  const { workshopId, participantIds } = await workshopOnHumanDebt(page.request, base);
  await page.goto(`${base}/#/workshops/${workshopId}/run`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Human Debt');
  await page.getByRole('button', { name: 'Private mode' }).click();
  await page.keyboard.type('4821');
  await page.keyboard.press('Enter');
  const lock = page.getByRole('dialog', { name: 'Private answers' });
  await lock.getByRole('button', { name: 'P3' }).click();
  await expect(lock.getByText(`Statement 1 of ${human.length}`)).toBeVisible();
  await page.keyboard.type('n0');
  await expect(lock.getByText(`Statement 3 of ${human.length}`)).toBeVisible();
  await lock.getByRole('button', { name: /Not applicable to my role/ }).click();
  await expect(lock.getByText(`Statement 4 of ${human.length}`)).toBeVisible();

  await lock.getByRole('button', { name: 'Facilitator' }).click();
  await page.keyboard.type('4821');
  await page.keyboard.press('Enter');
  await expect(lock).toHaveCount(0);
  const stored = await answersOf(page.request, base, workshopId);
  const mine = new Map(
    stored.filter((a) => a.participantId === participantIds[2]).map((a) => [a.itemId, a.value]),
  );
  expect(human.slice(0, 3).map((item) => mine.get(item.id))).toEqual(['na', null, 'na']);
});
