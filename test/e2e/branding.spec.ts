import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import type { Page } from '@playwright/test';
import { checkAccent } from '../../shared/branding/contrast';
import { INSTRUMENT, itemsOf, SCALE_LABELS } from '../../shared/instrument';
import { pngBytes } from '../shared/branding/png-bytes';
import { runEdw } from '../helpers/run-edw';
import { expect, test } from './support/app-host';
import { api, joinedPhone, roomOnStatements } from './support/api';

const human = itemsOf(INSTRUMENT, { dimension: 'human' });
/** A folder: screenshots of the branding screen, projector and phones are saved there. */
const SHOTS = process.env.BRANDING_SHOTS;
const FIRM = 'Harbourline Consulting';
const FOOTER = 'Prepared by Harbourline Consulting for the client only';

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test.describe('branding', () => {
  test('set in its screen, it shows on the projector, a phone and the report; a low-contrast accent is refused', async ({
    page,
    appHost,
    browser,
  }) => {
    const base = appHost.baseURL;
    await page.goto(`${base}/#/branding`);
    await page.getByLabel('Firm name (optional)').fill(FIRM);
    await page.getByLabel('Logo (optional)').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: pngBytes(240, 80, [200, 30, 60]),
    });
    await expect(page.getByRole('img', { name: 'The logo as stored' })).toBeVisible();
    await page.getByLabel('Footer line (optional)').fill(FOOTER);

    // A mid grey: neither white nor dark text reads on it at 4.5:1. Measured as typed, refused on save.
    const grey = checkAccent('#777777');
    expect(grey.ok).toBe(false);
    const ratio = (Math.floor(grey.ratio * 100) / 100).toFixed(2);
    const accent = page.getByLabel('Accent colour (optional)');
    await accent.fill('#777777');
    await expect(page.getByText(`Too little contrast: ${ratio}:1 (needs 4.5:1)`)).toBeVisible();
    await page.getByRole('button', { name: 'Save branding' }).click();
    await expect(
      page.getByText(`Neither white nor dark text reaches 4.5:1 on this colour (best ${ratio}:1)`),
    ).toBeVisible();
    await shot(page, 'branding-refused');
    // Nothing was stored.
    expect(await api(page.request, base, 'branding:get', {})).toEqual({ installation: null });

    await accent.fill('#2d6a4f');
    await expect(page.getByText(/Text reads on it: \d+\.\d\d:1/)).toBeVisible();
    await page.getByRole('button', { name: 'Save branding' }).click();
    await expect(page.getByText('Branding saved.')).toBeVisible();
    await shot(page, 'branding-saved');

    // The projector and a phone show the brand strip: the logo and the firm's name.
    const room = await roomOnStatements(page.request, base);
    const presenter = await page.context().newPage();
    await presenter.goto(`${base}/#/present/${room.workshopId}`);
    const strip = presenter.getByTestId('brand-strip');
    await expect(strip).toContainText(FIRM);
    await expect(strip.getByRole('img')).toBeVisible();
    await shot(presenter, 'branding-projector');
    const phone = await joinedPhone(browser, room, 'P1', (joining) =>
      shot(joining, 'phone-join-P1'),
    );
    try {
      const phoneStrip = phone.getByTestId('brand-strip');
      await expect(phoneStrip).toContainText(FIRM);
      await expect(phoneStrip.getByRole('img')).toBeVisible();
      await shot(phone, 'branding-phone');
    } finally {
      await phone.context().close();
      await api(page.request, base, 'room:close', {});
    }

    // The report carries the firm's name and the footer line.
    const demo = await api<{ id: string }>(page.request, base, 'workshop:openDemo', {
      language: 'en',
    });
    await page.goto(`${base}/#/workshops/${demo.id}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export report (brief)' }).click(),
    ]);
    const text = execFileSync('pdftotext', ['-l', '1', await download.path(), '-'], {
      encoding: 'utf8',
    });
    expect(text).toContain(FIRM);
    expect(text).toContain(FOOTER);
    // The framework's attribution stays whatever the branding.
    expect(text).toMatch(/Duena\s+Blomstrom/);
    // The app's branded report verifies against the stored workshop and its branding.
    const checked = await runEdw({ cwd: tmpdir() }, [
      'verify',
      await download.path(),
      demo.id,
      '--data',
      appHost.dataFile,
    ]);
    expect(checked.err).toBe('');
    expect(checked.code).toBe(0);
  });
});

test.describe('a phone in its own language', () => {
  test('switches to German, answers, and the facilitator sees the answer on the same statement', async ({
    page,
    appHost,
    browser,
  }) => {
    const base = appHost.baseURL;
    const room = await roomOnStatements(page.request, base);
    await page.goto(`${base}/#/workshops/${room.workshopId}/run`);
    await expect(page.getByTestId('room-code')).toHaveText(room.joinCode);
    const phone = await joinedPhone(browser, room, 'P1', (joining) =>
      shot(joining, 'phone-join-P1'),
    );
    try {
      const picker = phone.getByLabel('Language');
      // The workshop's language until the phone picks another.
      await expect(picker).toHaveValue('en');
      await expect(phone.getByText(human[0]?.text.en ?? '?')).toBeVisible();
      await picker.selectOption({ label: 'Deutsch' });
      await expect(phone.getByText(human[0]?.text.de ?? '?')).toBeVisible();
      await expect(phone.getByText('Sie sind P1')).toBeVisible();
      await shot(phone, 'phone-german');
      await phone
        .getByRole('button', { name: new RegExp(`${SCALE_LABELS.de[4]}$`) })
        .first()
        .click();
      await expect(phone.getByText(`Aussage 2 von ${human.length}`)).toBeVisible();

      // The facilitator's grid, in English: P1 (row 0) on the first statement (column 0).
      await expect(page.locator('td[data-row="0"][data-col="0"]')).toHaveText('4');
      const stored = await api<{ itemId: string; value: number }[]>(
        page.request,
        base,
        'responses:list',
        { workshopId: room.workshopId, round: 1 },
      );
      expect(stored).toEqual([expect.objectContaining({ itemId: human[0]?.id, value: 4 })]);

      // The phone remembers its language.
      await phone.reload();
      await expect(phone.getByLabel('Sprache')).toHaveValue('de');
      await expect(phone.getByText(human[0]?.text.de ?? '?')).toBeVisible();
    } finally {
      await phone.context().close();
      await api(page.request, base, 'room:close', {});
    }
  });
});
