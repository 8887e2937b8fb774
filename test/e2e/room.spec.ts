import type { APIRequestContext, Browser, BrowserContext, Page } from '@playwright/test';
import { INSTRUMENT, itemsOf } from '../../shared/instrument';
import { expect, test } from './support/app-host';
import { api, PHONE, roomOnStatements } from './support/api';

const human = itemsOf(INSTRUMENT, { dimension: 'human' });
const SHOTS = process.env.ROOM_SHOTS; // a folder: screenshots of the phone pages are saved there

/** The room on the first section of statements, after checking loopback is offered to open it on. */
async function runningRoom(request: APIRequestContext, base: string) {
  const interfaces = await api<{ address: string; kind: string }[]>(
    request,
    base,
    'room:interfaces',
    {},
  );
  expect(interfaces.find((i) => i.kind === 'loopback')?.address).toBe('127.0.0.1');
  return roomOnStatements(request, base);
}

async function phone(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(PHONE);
  return { context, page: await context.newPage() };
}

async function joinAs(page: Page, url: string, code: string, alias: string) {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Join the workshop' })).toBeVisible();
  await page.getByLabel('Join code').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Which one are you?' })).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/phone-2-alias.png` });
  await page.getByRole('button', { name: alias, exact: true }).click();
  await expect(page.getByText(`You are ${alias}`)).toBeVisible();
}

test.describe('room mode: phones answer over the room network', () => {
  test('two phones join, answer, one goes offline and catches up; the facilitator sees it live', async ({
    browser,
    page,
    appHost,
  }) => {
    const room = await runningRoom(page.request, appHost.baseURL);
    await page.goto(`${appHost.baseURL}/#/workshops/${room.workshopId}/run`);
    await expect(page.getByRole('heading', { name: 'Room mode' })).toBeVisible();
    await expect(page.getByTestId('room-code')).toHaveText(room.joinCode);

    const ana = await phone(browser);
    const ben = await phone(browser);
    try {
      // A wrong code is refused, and says so.
      await ana.page.goto(room.url);
      if (SHOTS) await ana.page.screenshot({ path: `${SHOTS}/phone-1-join.png` });
      await ana.page.getByLabel('Join code').fill('ZZZZZZ');
      await ana.page.getByRole('button', { name: 'Continue' }).click();
      await expect(ana.page.getByRole('alert')).toContainText('not the code on the screen');
      // The facilitator is told, and told that it keeps nobody with the right code out.
      await expect(page.getByTestId('room-failed-joins')).toContainText('1 wrong code tried');
      await expect(page.getByTestId('room-failed-joins')).toContainText('still joins');

      await joinAs(ana.page, room.url, room.joinCode, 'P1');
      await joinAs(ben.page, room.url, room.joinCode, 'P2');

      // One statement per screen, with progress; answering moves to the next.
      await expect(ana.page.getByText(`Statement 1 of ${human.length}`)).toBeVisible();
      await expect(ana.page.getByText(human[0]?.text.en ?? '?')).toBeVisible();
      await ana.page
        .getByRole('button', { name: /Agree$/ })
        .first()
        .click();
      await expect(ana.page.getByText(`Statement 2 of ${human.length}`)).toBeVisible();
      await expect(ana.page.getByText('All your answers are saved')).toBeVisible();
      if (SHOTS) await ana.page.screenshot({ path: `${SHOTS}/phone-3-statement.png` });

      // The facilitator's grid shows it without a reload: P1 is row 0, statement 1 column 0.
      await expect(page.locator('td[data-row="0"][data-col="0"]')).toHaveText('4');

      // Ben loses the Wi-Fi: his answers wait on the phone, shown as waiting.
      await ben.context.setOffline(true);
      await ben.page.getByRole('button', { name: /Strongly disagree$/ }).click();
      await ben.page.getByRole('button', { name: /Neither$/ }).click();
      await expect(ben.page.getByText('2 answers waiting to send')).toBeVisible();
      await expect(ben.page.getByText(/No connection to the room/)).toBeVisible();
      if (SHOTS) await ben.page.screenshot({ path: `${SHOTS}/phone-4-offline.png` });
      await ben.page.getByRole('button', { name: 'See all statements' }).click();
      await expect(ben.page.getByText('Waiting to send', { exact: true })).toHaveCount(2);
      await expect(page.locator('td[data-row="1"][data-col="0"]')).toHaveText('');

      await ben.context.setOffline(false);
      await expect(ben.page.getByText('All your answers are saved')).toBeVisible({
        timeout: 15_000,
      });
      await expect(ben.page.getByText('Saved', { exact: true })).toHaveCount(2);
      await expect(page.locator('td[data-row="1"][data-col="0"]')).toHaveText('1');
      await expect(page.locator('td[data-row="1"][data-col="1"]')).toHaveText('3');
      if (SHOTS) {
        await ben.page.evaluate(() => window.scrollTo(0, 0));
        await ben.page.screenshot({ path: `${SHOTS}/phone-5-list.png` });
        await page.getByRole('heading', { name: 'Room mode' }).scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${SHOTS}/facilitator-run.png`, fullPage: true });
      }

      // The projector shows where to go and the code, with a QR code of the address.
      const presenter = await page.context().newPage();
      await presenter.goto(`${appHost.baseURL}/#/present/${room.workshopId}`);
      await expect(presenter.getByText(room.joinCode, { exact: true })).toBeVisible();
      await expect(presenter.getByRole('img', { name: `QR code of ${room.url}` })).toBeVisible();
      if (SHOTS) await presenter.screenshot({ path: `${SHOTS}/presenter.png` });
      await presenter.close();

      const stored = await api<{ participantId: string; itemId: string; value: number | null }[]>(
        page.request,
        appHost.baseURL,
        'responses:list',
        { workshopId: room.workshopId, round: 1 },
      );
      expect(stored).toHaveLength(3);

      // The facilitator reveals: phones stop taking answers and wait, following the room.
      await api(page.request, appHost.baseURL, 'run:reveal', {
        workshopId: room.workshopId,
        revealed: true,
      });
      await expect(ana.page.getByRole('heading', { name: 'This section is closed' })).toBeVisible();
      const agenda = await api<{ agenda: { id: string; kind: string }[] }>(
        page.request,
        appHost.baseURL,
        'run:get',
        { workshopId: room.workshopId },
      );
      const next = agenda.agenda.find((s) => s.kind === 'reality_check');
      await api(page.request, appHost.baseURL, 'run:goto', {
        workshopId: room.workshopId,
        sectionId: next?.id,
      });
      await expect(
        ana.page.getByRole('heading', { name: 'Waiting for the facilitator' }),
      ).toBeVisible();
      await expect(ana.page.getByText('Now: Reality Check')).toBeVisible();
      if (SHOTS) await ana.page.screenshot({ path: `${SHOTS}/phone-6-waiting.png` });
    } finally {
      await ana.context.close();
      await ben.context.close();
      await api(page.request, appHost.baseURL, 'room:close', {});
    }
  });

  test('a phone asking for an alias that has answers waits for the facilitator, then sees none of them', async ({
    browser,
    page,
    appHost,
  }) => {
    const room = await runningRoom(page.request, appHost.baseURL);
    const people = await api<{ id: string; alias: string }[]>(
      page.request,
      appHost.baseURL,
      'participant:list',
      { workshopId: room.workshopId },
    );
    const p3 = people.find((p) => p.alias === 'P3');
    if (!p3 || !human[0]) throw new Error('no P3 or no statement');
    // P3 answered on the facilitator's grid before picking up a phone.
    await api(page.request, appHost.baseURL, 'response:record', {
      workshopId: room.workshopId,
      participantId: p3.id,
      itemId: human[0].id,
      round: 1,
      value: 2,
    });
    await page.goto(`${appHost.baseURL}/#/workshops/${room.workshopId}/run`);
    await expect(page.getByRole('heading', { name: 'Room mode' })).toBeVisible();

    const ana = await phone(browser);
    try {
      await ana.page.goto(room.url);
      await ana.page.getByLabel('Join code').fill(room.joinCode);
      await ana.page.getByRole('button', { name: 'Continue' }).click();
      // Every alias without a phone is listed, answered or not.
      for (const alias of ['P1', 'P2', 'P3']) {
        await expect(ana.page.getByRole('button', { name: alias, exact: true })).toBeVisible();
      }
      await ana.page.getByRole('button', { name: 'P3', exact: true }).click();
      await expect(ana.page.getByRole('alert')).toContainText(
        "needs the facilitator's OK to be P3",
      );
      if (SHOTS) await ana.page.screenshot({ path: `${SHOTS}/phone-7-ask.png` });

      // The facilitator sees the request and allows one phone for P3.
      await page.getByRole('button', { name: 'Allow a phone for P3' }).click();
      await expect(page.getByText(/allowed until/)).toBeVisible();
      if (SHOTS) {
        await page.getByRole('heading', { name: 'Room mode' }).scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${SHOTS}/facilitator-allow.png`, fullPage: true });
      }

      await ana.page.getByRole('button', { name: 'P3', exact: true }).click();
      await expect(ana.page.getByText('You are P3')).toBeVisible();
      // The grid's answer is not the phone's: it shows nothing answered.
      await expect(ana.page.getByText(`0 of ${human.length} answered`)).toBeVisible();
      await expect(page.getByText(/allowed until/)).toHaveCount(0);

      // Its own answer replaces the stored one, and is the only one it sees.
      await ana.page.getByRole('button', { name: /Strongly agree$/ }).click();
      await expect(ana.page.getByText('All your answers are saved')).toBeVisible();
      await expect(ana.page.getByText(`1 of ${human.length} answered`)).toBeVisible();
      const stored = await api<{ participantId: string; itemId: string; value: number | null }[]>(
        page.request,
        appHost.baseURL,
        'responses:list',
        { workshopId: room.workshopId, round: 1 },
      );
      expect(stored.filter((r) => r.participantId === p3.id)).toEqual([
        expect.objectContaining({ itemId: human[0].id, value: 5 }),
      ]);
    } finally {
      await ana.context.close();
      await api(page.request, appHost.baseURL, 'room:close', {});
    }
  });

  test('a phone can reach neither a facilitator route nor anyone else’s answers', async ({
    browser,
    page,
    appHost,
  }) => {
    const room = await runningRoom(page.request, appHost.baseURL);
    const ana = await phone(browser);
    const ben = await phone(browser);
    try {
      await joinAs(ana.page, room.url, room.joinCode, 'P1');
      await ana.page.getByRole('button', { name: /Strongly agree$/ }).click();
      await expect(ana.page.getByText('All your answers are saved')).toBeVisible();
      await joinAs(ben.page, room.url, room.joinCode, 'P2');

      const probe = await ben.page.evaluate(async (workshopId) => {
        const post = (path: string, body: unknown) =>
          fetch(path, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          }).then((r) => r.status);
        return {
          responses: await post('/api/responses:list', { workshopId, round: 1 }),
          presenter: await post('/api/presenter:state', { workshopId }),
          room: await post('/api/room:status', {}),
          events: await fetch(`/api/events?workshop=${workshopId}`).then((r) => r.status),
          state: await fetch('/room/state').then((r) => r.text()),
          cookieVisible: document.cookie.includes('edw_device'),
        };
      }, room.workshopId);
      expect(probe).toMatchObject({ responses: 404, presenter: 404, room: 404, events: 404 });
      expect(probe.cookieVisible).toBe(false);
      const state = JSON.parse(probe.state) as { alias: string; answers: Record<string, unknown> };
      expect(state.alias).toBe('P2');
      expect(state.answers).toEqual({});
      expect(probe.state).not.toContain('P1');
    } finally {
      await ana.context.close();
      await ben.context.close();
      await api(page.request, appHost.baseURL, 'room:close', {});
    }
  });
});
