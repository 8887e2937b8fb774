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
