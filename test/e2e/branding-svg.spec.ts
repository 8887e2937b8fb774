import type { Branding } from '../../shared/branding/branding';
import { api } from './support/api';
import { expect, test } from './support/app-host';

// An SVG logo is drawn to a PNG in the branding screen (the report cannot draw SVG), and one the
// engine cannot draw is refused beside the field with nothing stored.

const SVG_LOGO = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80" viewBox="0 0 240 80">
  <rect width="240" height="80" fill="#1b4965"/>
  <circle cx="40" cy="40" r="24" fill="#f4d35e"/>
  <image href="http://127.0.0.1:9/never-fetched.png" width="10" height="10"/>
</svg>`;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

test.describe('branding: an SVG logo', () => {
  test('is drawn to a PNG, previewed and stored as a PNG; a broken SVG is refused', async ({
    page,
    appHost,
  }) => {
    const base = appHost.baseURL;
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await page.goto(`${base}/#/branding`);
    const logo = page.getByLabel('Logo (optional)');

    await logo.setInputFiles({
      name: 'broken.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect'),
    });
    await expect(page.getByText('This SVG could not be drawn.')).toBeVisible();
    await expect(page.getByRole('img', { name: 'The logo as stored' })).toHaveCount(0);

    await logo.setInputFiles({
      name: 'logo.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from(SVG_LOGO),
    });
    await expect(page.getByRole('img', { name: 'The logo as stored' })).toBeVisible();
    await expect(page.getByText('This SVG could not be drawn.')).toHaveCount(0);
    await page.getByLabel('Firm name (optional)').fill('Harbourline Consulting');
    await page.getByRole('button', { name: 'Save branding' }).click();
    await expect(page.getByText('Branding saved.')).toBeVisible();
    // The SVG's external image was never asked for.
    expect(fetched.filter((url) => url.includes('never-fetched'))).toEqual([]);

    const { installation } = await api<{ installation: Branding | null }>(
      page.request,
      base,
      'branding:get',
      {},
    );
    const stored = installation?.logo;
    expect(stored).toBeTruthy();
    const bytes = Buffer.from(stored?.base64 ?? '', 'base64');
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // Drawn at 1000 px on its longer side, keeping the SVG's 3:1 shape.
    expect(stored?.width).toBe(1000);
    expect(stored?.height).toBe(333);
  });
});
