import { expect, test } from './support/app-host';
import { getInstrument, INSTRUMENT } from '../../shared/instrument';
import { api, createWorkshop, joinedPhone, openRoom } from './support/api';

// The client's own statements from set-up to results: added on the workshop screen, answered in
// the facilitator's grid, in private mode and on a phone, counted in the results' own section.

const SHOTS = process.env.EDW_SHOTS;
const FIRST_ITEM = (getInstrument('1.0.0') ?? INSTRUMENT).items[0]?.id ?? '';
const BUDGET = 'We know who decides the budget.';
const PRIORITIES = 'Priorities change every week.';

test('a client statement added on the workshop screen is answered in the grid, in private mode and on a phone, and counted in the results', async ({
  browser,
  page,
  appHost,
}) => {
  const base = appHost.baseURL;
  const workshopId = await createWorkshop(page.request, base, {
    anonymityThreshold: 3,
    instrumentVersion: '1.0.0',
  });
  await api(page.request, base, 'participant:add', {
    workshopId,
    participants: ['P1', 'P2', 'P3', 'P4', 'P5'].map((alias) => ({ alias, role: 'engineering' })),
  });

  // Set-up: two statements, the second keyed as a problem.
  await page.goto(`${base}/#/workshops/${workshopId}`);
  const panel = page.locator('section', {
    has: page.getByRole('heading', { name: "The client's own statements" }),
  });
  const add = panel.getByRole('button', { name: 'Add statement' });
  await expect(add).toBeDisabled();
  await panel.getByLabel('New statement').fill(BUDGET);
  await add.click();
  await panel.getByLabel('New statement').fill(PRIORITIES);
  await panel.getByLabel('Agreeing describes a problem').check();
  await add.click();
  await expect(panel.getByRole('listitem')).toHaveText([
    new RegExp(BUDGET.replace('.', '\\.')),
    /Priorities change every week\. \(agreeing describes a problem\)/,
  ]);
  await expect(panel).toContainText('2 of 10');

  // The run has a section for them; the room is open for phones.
  const view = await api<{ agenda: { id: string; kind: string }[] }>(
    page.request,
    base,
    'run:start',
    {
      workshopId,
    },
  );
  const section = view.agenda.find((s) => s.kind === 'client_statements');
  if (!section) throw new Error('no client statements section');
  await api(page.request, base, 'run:goto', { workshopId, sectionId: section.id });
  const room = await openRoom(page.request, base, workshopId);

  await page.goto(`${base}/#/workshops/${workshopId}/run`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    "The client's own statements",
  );
  const grid = page.getByRole('grid', { name: "Answers to the client's own statements" });
  await expect(grid).toBeVisible();
  await expect(page.locator('.capture__statement')).toContainText(BUDGET);

  // The grid: P1 answers 4 and 5, P2 3 and N, with the keys the instrument's grid takes.
  await page.keyboard.press('Alt+g');
  await page.keyboard.type('453N');
  const cell = (row: number, col: number) =>
    page.locator(`td[data-row="${row}"][data-col="${col}"]`);
  await expect(cell(0, 0)).toHaveText('4');
  await expect(cell(0, 1)).toHaveText('5');
  await expect(cell(1, 0)).toHaveText('3');
  await expect(cell(1, 1)).toHaveText('n/a');
  await expect(cell(1, 1)).toHaveAttribute('data-state', 'saved');
  // The grid moved on to P3's first cell; the second statement says how it is keyed.
  await cell(0, 1).click();
  await expect(page.locator('.capture__statement')).toContainText(
    "The client's own statement (agreeing describes a problem)",
  );
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/grid.png`, fullPage: true });

  // A phone, as P3: sees the client's statements and answers them.
  const phone = await joinedPhone(browser, room, 'P3');
  try {
    await expect(phone.getByText(BUDGET)).toBeVisible();
    await expect(phone.getByText('Statement 1 of 2')).toBeVisible();
    if (SHOTS) await phone.screenshot({ path: `${SHOTS}/phone.png`, fullPage: true });
    await phone.getByRole('button', { name: /^4\s*Agree$/ }).click();
    await expect(phone.getByText(PRIORITIES)).toBeVisible();
    await phone.getByRole('button', { name: /^2\s*Disagree$/ }).click();
    await expect(phone.getByText('All your answers are saved')).toBeVisible();
    // The grid follows live: P3 is row 2.
    await expect(cell(2, 0)).toHaveText('4');
    await expect(cell(2, 1)).toHaveText('2');
  } finally {
    await phone.context().close();
  }

  // Private mode, as P4: 2 and "can't say".
  await page.getByRole('button', { name: 'Private mode' }).click();
  await page.keyboard.type('4821');
  await page.keyboard.press('Enter');
  const lock = page.getByRole('dialog', { name: 'Private answers' });
  await lock.getByRole('button', { name: 'P4' }).click();
  await expect(lock.getByText('Statement 1 of 2')).toBeVisible();
  await expect(lock.getByRole('heading', { name: BUDGET })).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/private.png`, fullPage: true });
  await page.keyboard.type('2');
  await expect(lock.getByRole('heading', { name: PRIORITIES })).toBeVisible();
  await page.keyboard.type('0');
  await expect(lock.getByRole('heading', { name: 'Done, thank you' })).toBeVisible();
  await lock.getByRole('button', { name: 'Facilitator' }).click();
  await page.keyboard.type('4821');
  await page.keyboard.press('Enter');
  await expect(lock).toHaveCount(0);

  // The grid shows P4's answers only once the lock is gone; P5 answers the first in the grid.
  await expect(cell(3, 0)).toHaveText('2');
  await expect(cell(3, 1)).toHaveText('?');
  await cell(4, 0).click();
  await page.keyboard.type('5');
  await expect(cell(4, 0)).toHaveAttribute('data-state', 'saved');
  await expect(page.getByRole('row', { name: /^Answered/ })).toContainText('5/5');

  // The results show them even before the instrument has any answer.
  await page.goto(`${base}/#/workshops/${workshopId}/results`);
  await expect(page.getByRole('heading', { name: 'No answers yet' })).toBeVisible();
  await expect(
    page
      .locator('section', {
        has: page.getByRole('heading', { name: "The client's own statements" }),
      })
      .getByRole('row', { name: /We know who decides the budget/ }),
  ).toContainText('5 answered');

  // None of those answers is an answer to the instrument. The results screen opens once the
  // instrument has answers, so the room gives one each.
  const people = await api<{ id: string }[]>(page.request, base, 'participant:list', {
    workshopId,
  });
  const before = await api<{ responses: unknown[] }>(page.request, base, 'workshop:exportFile', {
    id: workshopId,
  });
  expect(before.responses).toEqual([]);
  for (const person of people) {
    await api(page.request, base, 'response:record', {
      workshopId,
      participantId: person.id,
      itemId: FIRST_ITEM,
      round: 1,
      value: 3,
    });
  }
  // Results: the budget statement from five people; the other had only two values (k = 3).
  await page.goto(`${base}/#/workshops/${workshopId}/results`);
  const results = page.locator('section', {
    has: page.getByRole('heading', { name: "The client's own statements" }),
  });
  await expect(results.getByRole('row', { name: /We know who decides the budget/ })).toContainText(
    '5 answered',
  );
  await expect(results.getByRole('row', { name: /Priorities change every week/ })).toContainText(
    'Withheld',
  );
});

test('removing a client statement that has answers asks first; one without answers goes at once', async ({
  page,
  appHost,
}) => {
  const base = appHost.baseURL;
  const workshopId = await createWorkshop(page.request, base);
  const [person] = await api<{ id: string }[]>(page.request, base, 'participant:add', {
    workshopId,
    participants: [{ alias: 'P1', role: 'engineering' }],
  });
  const answered = await api<{ id: string }>(page.request, base, 'clientStatement:add', {
    workshopId,
    statement: { text: BUDGET },
  });
  await api(page.request, base, 'clientStatement:add', {
    workshopId,
    statement: { text: PRIORITIES, reversed: true },
  });
  await api(page.request, base, 'clientStatement:answer', {
    workshopId,
    statementId: answered.id,
    participantId: person?.id,
    value: 4,
  });

  await page.goto(`${base}/#/workshops/${workshopId}`);
  const panel = page.locator('section', {
    has: page.getByRole('heading', { name: "The client's own statements" }),
  });
  await expect(panel.getByRole('listitem').first()).toContainText('1 answer stored');

  // Without answers: removed at once.
  await panel.getByRole('button', { name: `Remove “${PRIORITIES}”` }).click();
  await expect(panel.getByRole('listitem')).toHaveCount(1);

  // With answers: asked first; keeping it changes nothing.
  await panel.getByRole('button', { name: `Remove “${BUDGET}”` }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove this statement and its answers?' });
  await expect(dialog).toContainText('1 answer to it is stored');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/confirm.png` });
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await panel.getByRole('button', { name: `Remove “${BUDGET}”` }).click();
  await dialog.getByRole('button', { name: 'Remove statement and answers' }).click();
  await expect(panel.getByRole('listitem')).toHaveCount(0);
  await expect(panel).toContainText('0 of 10');
  expect(
    await api<unknown[]>(page.request, base, 'clientStatement:answers', {
      workshopId,
    }),
  ).toEqual([]);
});

test('removing every client statement leaves their agenda section waiting in its place; adding one brings it back', async ({
  page,
  appHost,
}) => {
  const base = appHost.baseURL;
  const workshopId = await createWorkshop(page.request, base);
  await api(page.request, base, 'clientStatement:add', { workshopId, statement: { text: BUDGET } });
  const started = await api<{ agenda: { id: string; kind: string }[] }>(
    page.request,
    base,
    'run:start',
    { workshopId },
  );
  const at = started.agenda.findIndex((s) => s.kind === 'client_statements');
  const panel = page.locator('section', {
    has: page.getByRole('heading', { name: "The client's own statements" }),
  });
  const sectionRow = page.getByRole('navigation', { name: 'Agenda' }).getByRole('listitem').nth(at);

  await page.goto(`${base}/#/workshops/${workshopId}`);
  await panel.getByRole('button', { name: `Remove “${BUDGET}”` }).click();
  await expect(panel).toContainText('0 of 10');
  await page.goto(`${base}/#/workshops/${workshopId}/run`);
  await expect(sectionRow).toContainText("The client's own statements");
  await expect(sectionRow).toContainText('back when statements are added');
  await expect(sectionRow).toHaveClass(/is-skipped/);
  await expect(sectionRow.getByRole('button', { name: /^Bring back/ })).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/agenda-waiting.png` });

  await page.goto(`${base}/#/workshops/${workshopId}`);
  await panel.getByLabel('New statement').fill(PRIORITIES);
  await panel.getByRole('button', { name: 'Add statement' }).click();
  await expect(panel).toContainText('1 of 10');
  await page.goto(`${base}/#/workshops/${workshopId}/run`);
  await expect(sectionRow).toContainText("The client's own statements");
  await expect(sectionRow).toContainText('8 min');
  await expect(sectionRow).not.toHaveClass(/is-skipped/);
  await expect(sectionRow.getByRole('button', { name: /^Skip/ })).toBeVisible();
});
