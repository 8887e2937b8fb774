import type { APIRequestContext, Page } from '@playwright/test';
import { getInstrument, INSTRUMENT, itemsOf, type Dimension } from '../../shared/instrument';
import { test, expect } from './support/app-host';

// Aliases nobody would write in a statement, so "the presenter never shows one" is a real check.
const ALIASES = ['Kestrel', 'Heron', 'Marten', 'Badger'];

async function setUpWorkshop(request: APIRequestContext, base: string, language: 'en' | 'es') {
  const workshop = (await (
    await request.post(`${base}/api/workshop:create`, {
      // Instrument 1.0.0: the counts and factor names below are its own (2.0.0 has its own test).
      data: {
        title: 'Payments diagnostic',
        date: '2026-05-04',
        language,
        anonymityThreshold: 3,
        instrumentVersion: '1.0.0',
      },
    })
  ).json()) as { id: string };
  const participants = (await (
    await request.post(`${base}/api/participant:add`, {
      data: {
        workshopId: workshop.id,
        participants: ALIASES.map((alias) => ({ alias, role: 'engineering' })),
      },
    })
  ).json()) as { id: string }[];
  return { id: workshop.id, participantIds: participants.map((p) => p.id) };
}

/** The digits a facilitator types to fill a dimension's grid row by row; some are "can't say". */
function answersFor(dimension: Dimension, shift = 0): string {
  const count = itemsOf(INSTRUMENT, { dimension }).length;
  let keys = '';
  for (let p = 0; p < ALIASES.length; p++) {
    for (let i = 0; i < count; i++)
      keys += (p + i + shift) % 7 === 6 ? '0' : String(((p + i + shift) % 5) + 1);
  }
  return keys;
}

async function press(page: Page, keys: string) {
  await page.keyboard.press(keys);
}

async function expectAllSaved(page: Page, dimension: Dimension) {
  const cells = ALIASES.length * itemsOf(INSTRUMENT, { dimension }).length;
  await expect(page.locator('[role="gridcell"][data-state="saved"]')).toHaveCount(cells);
  await expect(page.locator('[role="gridcell"]:not([data-state="saved"])')).toHaveCount(0);
}

async function expectPresenterAnonymous(
  presenter: Page,
  request: APIRequestContext,
  base: string,
  workshopId: string,
  participantIds: string[],
) {
  const text = await presenter.locator('body').innerText();
  for (const alias of ALIASES) expect(text).not.toContain(alias);
  const state = await (
    await request.post(`${base}/api/presenter:state`, { data: { workshopId } })
  ).text();
  for (const alias of ALIASES) expect(state).not.toContain(alias);
  for (const id of participantIds) expect(state).not.toContain(id);
}

test('a mini workshop of four, every section by keyboard, presenter live, re-vote, reload', async ({
  page,
  appHost,
}) => {
  test.setTimeout(180_000);
  const base = appHost.baseURL;
  const { id, participantIds } = await setUpWorkshop(page.request, base, 'en');
  const presenter = await page.context().newPage();

  await page.goto(`${base}/#/workshops/${id}`);
  await page.getByRole('link', { name: 'Run workshop' }).focus();
  await press(page, 'Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Framing');
  await presenter.goto(`${base}/#/present/${id}`);
  await expect(presenter.getByRole('heading', { level: 1 })).toContainText('Framing');

  // The four rounds of statements, typed into the grid.
  for (const [dimension, title] of [
    ['human', 'Human Debt'],
    ['technical', 'Technical Debt'],
    ['visibility', 'Decision Visibility'],
    ['execution', 'Execution Reality'],
  ] as const) {
    await press(page, 'Alt+ArrowRight');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
    // The projector follows without a reload.
    await expect(presenter.getByRole('heading', { level: 1 })).toContainText(title);
    await expect(presenter.getByText('0 of 4 answered')).toBeVisible();
    await press(page, 'Alt+g');
    await page.keyboard.type(answersFor(dimension));
    await expectAllSaved(page, dimension);
    await expect(presenter.getByText('4 of 4 answered')).toBeVisible();

    if (dimension === 'human') {
      // Undo: change the first cell, then take it back.
      const first = page.locator('[data-row="0"][data-col="0"]');
      await expect(first).toHaveText('1');
      await press(page, 'Control+Home');
      await first.focus();
      await press(page, '5');
      await expect(first).toHaveText('5');
      await expect(first).toHaveAttribute('data-state', 'saved');
      await press(page, 'Control+z');
      await expect(first).toHaveText('1');
      await expect(first).toHaveAttribute('data-state', 'saved');

      // Reveal: aggregates only, live on the projector.
      await press(page, 'Alt+r');
      await expect(presenter.getByRole('heading', { name: 'Factors' })).toBeVisible();
      await expect(presenter.getByText('(n = 4)').first()).toBeVisible();
      await expectPresenterAnonymous(presenter, page.request, base, id, participantIds);
      await press(page, 'Alt+r');
      await expect(presenter.getByRole('heading', { name: 'Factors' })).toHaveCount(0);
    }
  }

  // Reality Check at typing speed: Enter adds a row, keys pick statuses.
  await press(page, 'Alt+ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Reality Check');
  await press(page, 'Alt+g');
  await page.keyboard.type('Ledger migration');
  await press(page, 'Tab');
  await press(page, 'Tab');
  await press(page, '2');
  await press(page, 'Tab');
  await press(page, '1');
  await press(page, 'Tab');
  await press(page, 'y');
  await press(page, 'Enter');
  await page.keyboard.type('Card tokenisation');
  await press(page, 'Enter');
  const realityTable = page.getByRole('table', { name: 'Reality Check entries' });
  await expect(realityTable.locator('tbody tr[data-state="saved"]')).toHaveCount(2);

  // Reload mid-way: same section, timer still running, every input present.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Reality Check');
  await expect(page.getByRole('timer')).toContainText('running');
  await expect(realityTable.getByLabel('Work item, row 1')).toHaveValue('Ledger migration');
  await expect(realityTable.getByLabel('Verified?, row 1')).toHaveValue('partly');
  await expect(realityTable.getByLabel('Owner clear?, row 1')).toHaveValue('yes');
  await expect(realityTable.getByLabel('Decision traceable, row 1')).toHaveValue('yes');
  await expect(realityTable.getByLabel('Work item, row 2')).toHaveValue('Card tokenisation');
  // A row given only its title was not assessed: it says so, and adds no gap.
  await expect(realityTable.getByLabel('Verified?, row 2')).toHaveValue('');
  await expect(realityTable.getByLabel('Verified?, row 2').locator('option:checked')).toHaveText(
    /not assessed/,
  );

  // Decision Replay.
  await press(page, 'Alt+ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Decision Replay');
  await press(page, 'Alt+g');
  await page.keyboard.type('Move payouts to the event bus');
  await press(page, 'Tab');
  await press(page, 'y');
  await press(page, 'Tab');
  await press(page, 'n');
  await press(page, 'Tab');
  await press(page, '6');
  await press(page, 'Tab');
  await page.keyboard.type('ADR-12');
  await press(page, 'Tab');
  await press(page, '1');
  await press(page, 'Enter');
  const decisions = page.getByRole('table', { name: 'Decision Replay entries' });
  await expect(decisions.locator('tbody tr[data-state="saved"]')).toHaveCount(1);
  await expect(decisions.getByLabel('Same decision today?, row 1')).toHaveValue('yes');
  await expect(decisions.getByLabel('Where recorded, row 1')).toHaveValue('decision_log');
  await expect(decisions.getByLabel('Note (where exactly), row 1')).toHaveValue('ADR-12');

  // Reveal & discuss: every factor of round 1 on the projector.
  await press(page, 'Alt+ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Reveal & discuss');
  await press(page, 'Alt+r');
  await expect(presenter.getByRole('heading', { name: 'Debt Interaction Map' })).toBeVisible();
  // The factor list of the aggregates follows the two maps, each a page of its own.
  await presenter.keyboard.press('ArrowRight');
  await presenter.keyboard.press('ArrowRight');
  await expect(
    presenter
      .getByRole('region', { name: 'Factors' })
      .getByText('Pipeline brittleness', { exact: true }),
  ).toBeVisible();
  await expectPresenterAnonymous(presenter, page.request, base, id, participantIds);

  // Re-vote Human Debt: round 2 beside round 1, and how far the room converged.
  const agenda = page.getByRole('navigation', { name: 'Agenda' });
  await agenda.getByRole('button', { name: /^Human Debt/ }).focus();
  await press(page, 'Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Human Debt');
  await page.getByRole('button', { name: 'Re-vote this section' }).focus();
  await press(page, 'Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Re-vote');
  await expect(page.getByRole('grid', { name: 'Answers, round 2' })).toBeVisible();
  await expect(page.locator('[role="gridcell"][data-state="saved"]')).toHaveCount(0);
  await press(page, 'Alt+g');
  const humanCount = itemsOf(INSTRUMENT, { dimension: 'human' }).length;
  await page.keyboard.type('3'.repeat(humanCount * 2) + '4'.repeat(humanCount * 2));
  await expectAllSaved(page, 'human');
  await press(page, 'Alt+r');
  await expect(presenter.getByText(/The room converged/)).toBeVisible();
  await expect(presenter.getByText('R1').first()).toBeVisible();
  await expect(presenter.getByText('R2').first()).toBeVisible();
  await expectPresenterAnonymous(presenter, page.request, base, id, participantIds);

  // The default Re-vote section is skipped; on to Interventions and Close.
  await agenda.getByRole('button', { name: 'Skip Re-vote' }).focus();
  await press(page, 'Enter');
  await agenda.getByRole('button', { name: /^Interventions/ }).focus();
  await press(page, 'Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Interventions');
  await press(page, 'Alt+ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Close');
  await expect(presenter.getByRole('heading', { level: 1 })).toContainText('Close');
  await page.getByRole('button', { name: 'Close the workshop' }).focus();
  await press(page, 'Enter');
  await expect(page.getByText('This workshop is closed.')).toBeVisible();

  // Everything is in the store.
  const round1 = (await (
    await page.request.post(`${base}/api/responses:list`, { data: { workshopId: id, round: 1 } })
  ).json()) as unknown[];
  expect(round1).toHaveLength(ALIASES.length * INSTRUMENT.items.length);
  const workshop = (await (
    await page.request.post(`${base}/api/workshop:get`, { data: { id } })
  ).json()) as { status: string };
  expect(workshop.status).toBe('closed');
});

test('in Spanish: private mode hands the laptop round and needs the PIN to leave', async ({
  page,
  appHost,
}) => {
  const base = appHost.baseURL;
  await page.addInitScript(() => window.localStorage.setItem('edw.language', 'es'));
  const { id } = await setUpWorkshop(page.request, base, 'es');
  const presenter = await page.context().newPage();
  await presenter.goto(`${base}/#/present/${id}`);

  await page.goto(`${base}/#/workshops/${id}/run`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Encuadre');
  await press(page, 'Alt+ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Deuda Humana');
  await expect(presenter.getByText('0 de 4 han respondido')).toBeVisible();

  await page.getByRole('button', { name: 'Modo privado' }).focus();
  await press(page, 'Enter');
  await page.keyboard.type('4821');
  await press(page, 'Enter');
  const privateMode = page.getByRole('dialog', { name: 'Respuestas privadas' });
  await expect(privateMode.getByRole('heading', { name: '¿Quién responde?' })).toBeVisible();

  // A reload does not get anyone out of private mode.
  await page.reload();
  await expect(privateMode.getByRole('heading', { name: '¿Quién responde?' })).toBeVisible();

  await privateMode.getByRole('button', { name: 'Heron' }).focus();
  await press(page, 'Enter');
  const count = itemsOf(INSTRUMENT, { dimension: 'human' }).length;
  await expect(privateMode.getByText(`Afirmación 1 de ${count}`)).toBeVisible();
  for (let i = 0; i < count; i++) {
    await expect(privateMode.getByText(`Afirmación ${i + 1} de ${count}`)).toBeVisible();
    await press(page, i % 6 === 5 ? '0' : String((i % 5) + 1));
  }
  await expect(privateMode.getByRole('heading', { name: 'Listo, gracias' })).toBeVisible();
  // The hand-back screen reveals nothing of the answers.
  await expect(privateMode).not.toContainText('De acuerdo');
  await expect(presenter.getByText('1 de 4 han respondido')).toBeVisible();

  await privateMode.getByRole('button', { name: 'Facilitación' }).focus();
  await press(page, 'Enter');
  await page.keyboard.type('0000');
  await press(page, 'Enter');
  await expect(privateMode.getByRole('alert')).toContainText('Ese no es el PIN.');
  await page.keyboard.type('4821');
  await press(page, 'Enter');
  await expect(privateMode).toHaveCount(0);

  const grid = page.getByRole('grid', { name: 'Respuestas, votación 1' });
  await expect(grid.getByRole('row', { name: /Heron/ })).toContainText(`${count}/${count}`);
  await expect(grid.locator('[data-row="1"][data-state="saved"]')).toHaveCount(count);
});

/** Opens the run screen of a new workshop at Human Debt and starts private mode with `pin`. */
async function startPrivateMode(page: Page, base: string, pin: string) {
  const setUp = await setUpWorkshop(page.request, base, 'en');
  await page.request.post(`${base}/api/participant:update`, {
    data: { id: setUp.participantIds[0], alias: ALIASES[0], role: 'engineering', name: 'Ana Real' },
  });
  await page.goto(`${base}/#/workshops/${setUp.id}`);
  await page.getByRole('link', { name: 'Run workshop' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Framing');
  await press(page, 'Alt+ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Human Debt');
  await page.getByRole('button', { name: 'Private mode' }).click();
  await page.keyboard.type(pin);
  await press(page, 'Enter');
  const lock = page.getByRole('dialog', { name: 'Private answers' });
  await expect(lock.getByRole('heading', { name: 'Who is answering?' })).toBeVisible();
  return { ...setUp, lock };
}

/** The lock is all the page holds: no app bar, no run screen, no name behind it. */
async function expectOnlyTheLock(page: Page, id: string) {
  const lock = page.getByRole('dialog', { name: 'Private answers' });
  await expect(lock).toBeVisible();
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.locator('main, [role="grid"], .run')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('Ana Real');
  await expect(page).toHaveURL(new RegExp(`#/workshops/${id}/run$`));
}

test('private mode is a real lock: keys, a typed address, Back, reload and a new tab meet it', async ({
  page,
  appHost,
}) => {
  const base = appHost.baseURL;
  const { id, lock } = await startPrivateMode(page, base, '4821');
  await expectOnlyTheLock(page, id);
  // Back to the workshop's page, where the run was started from.
  await page.goBack();
  await expectOnlyTheLock(page, id);
  await page.goForward();
  await expectOnlyTheLock(page, id);

  // Tab and Shift+Tab go round the lock's own buttons; Enter acts inside it only.
  const focusInLock = () =>
    page.evaluate(
      () => !!document.querySelector('.private-mode')?.contains(document.activeElement),
    );
  for (let i = 0; i < 8; i++) {
    await press(page, 'Tab');
    expect(await focusInLock()).toBe(true);
  }
  for (let i = 0; i < 8; i++) {
    await press(page, 'Shift+Tab');
    expect(await focusInLock()).toBe(true);
  }
  await press(page, 'Enter');
  await expectOnlyTheLock(page, id);
  await press(page, 'Escape');
  await press(page, 'Alt+ArrowLeft');
  await expectOnlyTheLock(page, id);

  // A typed address, inside the app or out to its start page.
  for (const hash of [
    `#/workshops/${id}/results`,
    `#/workshops/${id}/edit`,
    '#/',
    `#/present/${id}`,
  ]) {
    await page.evaluate((next) => {
      window.location.hash = next;
    }, hash);
    await expectOnlyTheLock(page, id);
  }
  await page.goto(`${base}/#/workshops/${id}`);
  await expectOnlyTheLock(page, id);
  await page.reload();
  await expectOnlyTheLock(page, id);

  // A new tab lands on the lock too, and the host itself refuses the facilitator's data.
  const other = await page.context().newPage();
  await other.goto(`${base}/#/workshops/${id}/results`);
  await expectOnlyTheLock(other, id);
  const refused = await page.request.post(`${base}/api/workshop:results`, { data: { id } });
  expect(refused.status()).toBe(423);
  expect(((await refused.json()) as { code: string }).code).toBe('private_mode');
  await other.close();

  // Only the PIN opens it.
  await lock.getByRole('button', { name: 'Facilitator' }).click();
  await page.keyboard.type('1234');
  await press(page, 'Enter');
  await expect(lock.getByRole('alert')).toContainText('That is not the PIN.');
  await page.reload();
  await expectOnlyTheLock(page, id);
  await lock.getByRole('button', { name: 'Facilitator' }).click();
  await page.keyboard.type('4821');
  await press(page, 'Enter');
  await expect(lock).toHaveCount(0);
  await expect(page.getByRole('grid', { name: 'Answers, round 1' })).toBeVisible();
  await expect(page.getByRole('banner')).toBeVisible();
});

test('private mode records every key press, 30 ms apart or all at once, in order', async ({
  page,
  appHost,
}) => {
  const base = appHost.baseURL;
  const { id, lock, participantIds } = await startPrivateMode(page, base, '4821');
  const human = itemsOf(INSTRUMENT, { dimension: 'human' });
  const typed = [
    {
      alias: 'Heron',
      participantId: participantIds[1],
      keys: answersFor('human').slice(0, human.length),
      delay: 30,
    },
    {
      alias: 'Marten',
      participantId: participantIds[2],
      keys: answersFor('human', 3).slice(0, human.length),
      delay: 0,
    },
  ];
  for (const { alias, keys, delay } of typed) {
    await lock.getByRole('button', { name: alias }).click();
    await expect(lock.getByText(`Statement 1 of ${human.length}`)).toBeVisible();
    await page.keyboard.type(keys, { delay });
    await expect(lock.getByRole('heading', { name: 'Done, thank you' })).toBeVisible();
    await lock.getByRole('button', { name: 'Next person' }).click();
  }

  await lock.getByRole('button', { name: 'Facilitator' }).click();
  await page.keyboard.type('4821');
  await press(page, 'Enter');
  await expect(lock).toHaveCount(0);
  const saved = (await (
    await page.request.post(`${base}/api/responses:list`, { data: { workshopId: id, round: 1 } })
  ).json()) as { participantId: string; itemId: string; value: number | null }[];
  for (const { participantId, keys } of typed) {
    const mine = new Map(
      saved.filter((a) => a.participantId === participantId).map((a) => [a.itemId, a.value]),
    );
    expect(human.map((item) => mine.get(item.id))).toEqual(
      [...keys].map((key) => (key === '0' ? null : Number(key))),
    );
  }
});

test('a 2.0.0 workshop asks its own statements on the laptop and the projector, and flags a straight line', async ({
  page,
  appHost,
}) => {
  const base = appHost.baseURL;
  const workshop = (await (
    await page.request.post(`${base}/api/workshop:create`, {
      data: {
        title: 'Balanced',
        date: '2026-05-04',
        anonymityThreshold: 3,
        instrumentVersion: '2.0.0',
      },
    })
  ).json()) as { id: string };
  await page.request.post(`${base}/api/participant:add`, {
    data: {
      workshopId: workshop.id,
      participants: ALIASES.map((alias) => ({ alias, role: 'engineering' })),
    },
  });
  const v1 = INSTRUMENT.items.find((item) => item.id === 'hd.load.1')?.text.en ?? '';
  const v2 = getInstrument('2.0.0')?.items.find((item) => item.id === 'hd.load.1')?.text.en ?? '';
  expect(v2).not.toBe(v1);
  const humanStatements = itemsOf(getInstrument('2.0.0') ?? INSTRUMENT, { dimension: 'human' });

  await page.goto(`${base}/#/workshops/${workshop.id}/run`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Framing');
  await press(page, 'Alt+ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Human Debt');
  await expect(page.getByText(v2, { exact: true })).toBeVisible();
  await expect(page.getByText(v1, { exact: true })).toHaveCount(0);
  await expect(
    page.getByRole('columnheader', { name: `Statement 1 of ${humanStatements.length}` }),
  ).toBeVisible();

  // Kestrel agrees with every statement, healthy and indebted alike: the row says so.
  await press(page, 'Alt+g');
  await page.keyboard.type('5'.repeat(humanStatements.length));
  const kestrel = page.getByRole('row', { name: /Kestrel/ });
  await expect(kestrel.getByTestId('straight-lined')).toHaveText('same answer');

  const presenter = await page.context().newPage();
  await presenter.goto(`${base}/#/present/${workshop.id}`);
  await expect(presenter.getByRole('heading', { level: 1 })).toContainText('Human Debt');
});
