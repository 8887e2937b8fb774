import type { Locator } from '@playwright/test';
import { expect, test } from './support/app-host';

const LANGUAGES = [
  { button: 'English', instrument: 'Statements' },
  { button: 'Español', instrument: 'Afirmaciones' },
  { button: 'Deutsch', instrument: 'Aussagen' },
  { button: 'Français', instrument: 'Affirmations' },
] as const;

/**
 * How many pixels the select's chosen option overflows its box by (0 or less when it fits).
 * A closed <select> cuts its text without a scrollbar, so the text is measured in the select's
 * own font and set against the width left beside the padding and the arrow.
 */
async function selectOverflow(select: Locator): Promise<number> {
  return select.evaluate((element: HTMLSelectElement) => {
    const style = getComputedStyle(element);
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('no 2D canvas to measure text with');
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = element.options[element.selectedIndex]?.text ?? '';
    const arrow = 24;
    const room =
      element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow;
    return context.measureText(text).width - room;
  });
}

test.describe('text fits where it is shown', () => {
  for (const { button, instrument } of LANGUAGES) {
    test(`the workshop form's statements choice is whole: ${button}`, async ({ page, appHost }) => {
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(`${appHost.baseURL}/#/workshops/new`);
      await page.getByRole('button', { name: button, exact: true }).click();
      const select = page.getByLabel(instrument, { exact: true });
      for (const option of await select.locator('option').all()) {
        await select.selectOption((await option.getAttribute('value')) ?? '');
        expect(await selectOverflow(select)).toBeLessThanOrEqual(0);
      }
    });
  }
});

/**
 * The places inside `element`'s text where a line ends in the middle of a word with no hyphen
 * shown: each is the text around the break. A break is fine after a space, a dash or a soft
 * hyphen (which the browser then draws as "-").
 */
async function bareWordBreaks(element: Locator): Promise<string[]> {
  return element.evaluate((node) => {
    const text = node.textContent ?? '';
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    const bare: string[] = [];
    let lastTop: number | null = null;
    let mayBreak = false;
    for (let current = walker.nextNode(); current; current = walker.nextNode()) {
      const value = current.nodeValue ?? '';
      for (let i = 0; i < value.length; i += 1) {
        const char = value.charAt(i);
        // Spaces and soft hyphens are where a line may end; their own boxes say nothing useful.
        if (/[\s\u00ad]/.test(char)) {
          mayBreak = true;
          continue;
        }
        const range = document.createRange();
        range.setStart(current, i);
        range.setEnd(current, i + 1);
        // A letter right after a break can also report a box at the end of the line above (the
        // drawn hyphen's): its own is the last one.
        const box = [...range.getClientRects()].filter((rect) => rect.width > 0).pop();
        if (!box) continue;
        if (lastTop !== null && box.top - lastTop > 2 && !mayBreak) {
          bare.push(`${text} (before "${char}")`);
        }
        lastTop = box.top;
        mayBreak = /[-–]/.test(char);
      }
    }
    return bare;
  });
}

test('the run agenda in German breaks long section names only with a hyphen', async ({
  page,
  appHost,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const reply = await page.request.post(`${appHost.baseURL}/api/workshop:openDemo`, {
    data: { language: 'de' },
  });
  const demo = (await reply.json()) as { id: string };
  await page.goto(`${appHost.baseURL}/#/workshops/${demo.id}/run`);
  await page.getByRole('button', { name: 'Deutsch', exact: true }).click();
  const titles = page.locator('.agenda__title');
  await expect(titles.filter({ hasText: 'rückblick' })).toBeVisible();
  for (const title of await titles.all()) expect(await bareWordBreaks(title)).toEqual([]);
});

for (const { button } of LANGUAGES) {
  test(`the run screen's evidence tables show headers, statuses and titles whole: ${button}`, async ({
    page,
    appHost,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const reply = await page.request.post(`${appHost.baseURL}/api/workshop:openDemo`, {
      data: { language: 'en' },
    });
    const demo = (await reply.json()) as { id: string };
    await page.goto(`${appHost.baseURL}/#/workshops/${demo.id}/run`);
    await page.getByRole('button', { name: button, exact: true }).click();
    // The Reality Check and the Decision Replay, the sections that capture evidence in a table.
    for (const name of ['Reality Check', 'Decision Replay']) {
      await page.locator('.agenda__go').filter({ hasText: name }).click();
      const headers = page.locator('.evidence__table thead th');
      await expect(headers.first()).toBeVisible();
      for (const header of await headers.all()) expect(await bareWordBreaks(header)).toEqual([]);
      // The whole table fits at 1366 px: no sideways scroll hiding a row's remove button.
      const wrap = page.locator('.evidence .table-wrap');
      const fit = await wrap.evaluate((element) => element.scrollWidth - element.clientWidth);
      expect(fit, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
      // Every status shows its chosen words whole, "0 · nicht bewertet" included.
      const selects = page.locator('.evidence__table select');
      expect(await selects.count()).toBeGreaterThan(4);
      for (const select of await selects.all()) {
        const label = await select.getAttribute('aria-label');
        expect(await selectOverflow(select), `${name}: ${label} is cut`).toBeLessThanOrEqual(0);
      }
      // A title has a line of its own, wide enough to read a work item or a decision whole.
      const table = await page.locator('.evidence__table').boundingBox();
      const title = await page.locator('.evidence__table tbody input').first().boundingBox();
      expect((title?.width ?? 0) / (table?.width ?? 1), `${name}: title width`).toBeGreaterThan(
        0.6,
      );
    }
  });
}
