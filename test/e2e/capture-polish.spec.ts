import type { Page } from '@playwright/test';
import { isoDay, workshopDateRange } from '../../shared/domain/workshop-date';
import { test, expect } from './support/app-host';

const LONG_WORD = 'Payments'.repeat(25); // 200 characters, no space to break at

async function createWorkshop(page: Page, base: string, data: Record<string, unknown>) {
  const response = await page.request.post(`${base}/api/workshop:create`, {
    data: { date: isoDay(new Date()), ...data },
  });
  expect(response.ok()).toBe(true);
  return (await response.json()) as { id: string };
}

/** Widths that a long word must not push past: the page and every scrolling table. */
async function expectNothingWidened(page: Page) {
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    const wide = [root, ...document.querySelectorAll<HTMLElement>('.table-wrap, main, h1')]
      .filter((element) => element.scrollWidth > element.clientWidth + 1)
      .map((element) => `${element.tagName}.${element.className}: ${element.scrollWidth}`);
    return wide;
  });
  expect(overflow).toEqual([]);
}

test.describe('capture polish', () => {
  test('a pasted list with bad lines names each one and adds the good ones once confirmed', async ({
    page,
    appHost,
  }) => {
    const { id } = await createWorkshop(page, appHost.baseURL, { title: 'Paste check' });
    await page.goto(`${appHost.baseURL}/#/workshops/${id}`);
    await page.getByText('Paste a list', { exact: true }).click();
    await page
      .getByLabel('Participant list')
      .fill('Fox, engineering\nOwl, marketing\n, product\nHeron, leadership, a, b');
    await expect(
      page.getByText('2 participants ready to add. 2 lines cannot be added'),
    ).toBeVisible();
    const problems = page.locator('.paste__errors li');
    await expect(problems).toHaveText([
      'Line 2: “marketing” is not a role group of this workshop.',
      'Line 4: too many values; write alias, role group, name.',
    ]);

    await page.getByRole('button', { name: 'Add pasted participants' }).click();
    const confirm = page.getByRole('alert').filter({ hasText: 'Add the 2 participants' });
    await expect(confirm).toContainText('2 lines listed below cannot be added');
    // Nothing is added until the facilitator says yes.
    await expect(page.getByRole('rowheader')).toHaveCount(0);
    await confirm.getByRole('button', { name: 'Add 2 participants' }).click();

    await expect(page.getByRole('rowheader', { name: 'Fox', exact: true })).toBeVisible();
    await expect(page.getByRole('rowheader')).toHaveCount(2);
    // The lines still to fix stay in the box, with their reasons, and the focus is back there.
    await expect(page.getByLabel('Participant list')).toBeFocused();
    await expect(page.getByLabel('Participant list')).toHaveValue(
      'Owl, marketing\nHeron, leadership, a, b',
    );
    await expect(problems).toHaveCount(2);

    // Fixed, they go in without a question.
    await page.getByLabel('Participant list').fill('Owl, operations');
    await page.getByRole('button', { name: 'Add pasted participants' }).click();
    await expect(page.getByRole('rowheader')).toHaveCount(3);
    await expect(page.getByLabel('Participant list')).toHaveValue('');
  });

  test('a list with no good line says so and adds nothing', async ({ page, appHost }) => {
    const { id } = await createWorkshop(page, appHost.baseURL, { title: 'Paste check' });
    await page.goto(`${appHost.baseURL}/#/workshops/${id}`);
    await page.getByText('Paste a list', { exact: true }).click();
    await page.getByLabel('Participant list').fill('Owl, marketing');
    await page.getByRole('button', { name: 'Add pasted participants' }).click();
    await expect(page.getByText('No line can be added yet')).toBeVisible();
    await expect(page.getByRole('rowheader')).toHaveCount(0);
  });

  test('a date beyond five years and a title beyond 200 characters are refused, the limit stated', async ({
    page,
    appHost,
  }) => {
    const { earliest, latest } = workshopDateRange(isoDay(new Date()));
    await page.goto(`${appHost.baseURL}/#/workshops/new`);
    await expect(page.getByText('Up to 200 characters.')).toBeVisible();
    await page.getByLabel('Title').fill('x'.repeat(230));
    // Nothing is cut as it is typed: the whole title stays for the facilitator to shorten.
    await expect(page.getByLabel('Title')).toHaveValue('x'.repeat(230));
    await page.getByLabel('Date').fill('1900-01-01');
    await page.getByRole('button', { name: 'Create workshop' }).click();
    await expect(page.getByText('Use at most 200 characters.')).toBeVisible();
    await page.getByLabel('Title').fill('Dated far away');
    await page.getByRole('button', { name: 'Create workshop' }).click();
    await expect(
      page.getByText(`Choose a date within 5 years of today, from ${earliest} to ${latest}.`),
    ).toBeVisible();
    await expect(page.getByLabel('Date')).toHaveAttribute('aria-invalid', 'true');
    const listed = await page.request.post(`${appHost.baseURL}/api/workshop:list`, { data: {} });
    expect(await listed.json()).toEqual([]);

    // The host refuses it too, in Spanish on a Spanish screen.
    const refused = await page.request.post(`${appHost.baseURL}/api/workshop:create`, {
      data: { title: 'Old', date: '1900-01-01' },
    });
    expect(refused.status()).toBe(400);
    await page
      .getByRole('group', { name: 'Language' })
      .getByRole('button', { name: 'Español' })
      .click();
    await page.getByRole('button', { name: 'Crear taller' }).click();
    await expect(page.getByText(`Elige una fecha a menos de 5 años de hoy`)).toBeVisible();
  });

  test('one long unbroken title widens no screen', async ({ page, appHost }) => {
    const { id } = await createWorkshop(page, appHost.baseURL, {
      title: LONG_WORD,
      client: `Client${'x'.repeat(120)}`,
      team: `Team${'y'.repeat(120)}`,
    });
    await page.request.post(`${appHost.baseURL}/api/participant:add`, {
      data: { workshopId: id, participants: [{ alias: 'a'.repeat(40), role: 'engineering' }] },
    });
    await createWorkshop(page, appHost.baseURL, { title: 'Short one', client: 'Acme' });
    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: 768 });
      await page.goto(appHost.baseURL);
      await expect(page.getByRole('link', { name: 'Short one', exact: true })).toBeVisible();
      await expectNothingWidened(page);
      // The short client's name is not squeezed into one letter per line by the long one.
      const acme = page.getByRole('cell', { name: 'Acme', exact: true });
      const lines = await acme.evaluate((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return range.getClientRects().length;
      });
      expect(lines).toBe(1);
      for (const hash of [
        `#/workshops/${id}`,
        `#/workshops/${id}/edit`,
        `#/workshops/${id}/run`,
        `#/workshops/${id}/results`,
        `#/workshops/${id}/actions`,
        `#/workshops/${id}/trend`,
      ]) {
        await page.goto(`${appHost.baseURL}/${hash}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNothingWidened(page);
      }
    }
  });

  test('the participant column stays in view while a wide section scrolls', async ({
    page,
    appHost,
  }) => {
    await page.setViewportSize({ width: 900, height: 700 });
    const { id } = await createWorkshop(page, appHost.baseURL, {
      title: 'Grid check',
      anonymityThreshold: 3,
    });
    await page.request.post(`${appHost.baseURL}/api/participant:add`, {
      data: {
        workshopId: id,
        participants: ['Kestrel', 'Heron', 'Marten'].map((alias) => ({
          alias,
          role: 'engineering',
        })),
      },
    });
    await page.goto(`${appHost.baseURL}/#/workshops/${id}`);
    await page.getByRole('link', { name: 'Run workshop' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Framing');
    await page.keyboard.press('Alt+ArrowRight');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Human Debt');
    await page.keyboard.press('Alt+g');

    const scroller = page.locator('.capture__scroll');
    const alias = page.getByRole('rowheader', { name: 'Kestrel' });
    const scrollerBox = await scroller.boundingBox();
    expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);

    await page.keyboard.press('End');
    await expect(page.locator('[data-row="0"]').last()).toBeFocused();
    expect(await scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    const aliasBox = await alias.boundingBox();
    expect(Math.abs((aliasBox?.x ?? -1) - (scrollerBox?.x ?? 0))).toBeLessThan(2);

    // Moving back, a cell is never hidden under the alias column.
    await page.keyboard.press('Home');
    for (let step = 0; step < 4; step++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    for (let step = 0; step < 18; step++) {
      await page.keyboard.press('ArrowLeft');
      const cell = await page.locator('[role="gridcell"]:focus').boundingBox();
      const edge = await alias.boundingBox();
      expect(cell?.x ?? 0).toBeGreaterThanOrEqual((edge?.x ?? 0) + (edge?.width ?? 0) - 1);
    }
  });
});
