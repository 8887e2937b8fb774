import { expect, test } from './support/app-host';

/** A folder: screenshots of the workshop form's date field are saved there. */
const SHOTS = process.env.DATE_SHOTS;

// Chromium writes <input type=date> in the browser's locale (mm/dd/yyyy here) whatever the page's
// language, so the form also writes the chosen date out in the UI language beside the field.
const CASES = [
  { language: 'English', label: 'Date', written: 'Thursday, November 26, 2026' },
  { language: 'Español', label: 'Fecha', written: 'jueves, 26 de noviembre de 2026' },
  { language: 'Deutsch', label: 'Datum', written: 'Donnerstag, 26. November 2026' },
  { language: 'Français', label: 'Date', written: 'jeudi 26 novembre 2026' },
] as const;

test.describe('the workshop form’s date', () => {
  for (const { language, label, written } of CASES) {
    test(`is written out in the UI language: ${language}`, async ({ page, appHost }) => {
      await page.goto(`${appHost.baseURL}/#/workshops/new`);
      await page.getByRole('button', { name: language, exact: true }).click();
      const field = page.getByLabel(label, { exact: true });
      await field.fill('2026-11-26');
      await expect(page.getByText(written, { exact: true })).toBeVisible();
      // The field names the written date to a screen reader too.
      const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
      const hint = page.locator(`[id="${describedBy.split(' ').pop() ?? ''}"]`);
      await expect(hint).toHaveText(written);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/date-${language}.png` });
    });
  }
});
