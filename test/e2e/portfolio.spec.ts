import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect } from './support/app-host';

const CLIENT = 'Fabrikam Insurance';

interface WorkshopFileShape {
  workshop: {
    title: string;
    client: string;
    team: string;
    date: string;
    anonymityThreshold: number;
  };
  participants: { id: string }[];
  responses: { participant: string; item: string; value: number | null }[];
  [key: string]: unknown;
}

async function call<T>(request: APIRequestContext, base: string, channel: string, data: unknown) {
  const response = await request.post(`${base}/api/${channel}`, { data });
  expect(response.ok(), `${channel}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/**
 * The demo room (12 people, instrument 2.0.0) as four teams of one client: each team answers a
 * little differently (a dimension moved up or down a step), every team at k = 5, Risk keeps only
 * three people (below k), in Checkout only three answered one factor (a cell below k), and
 * Payments ran twice, the second workshop linked as the first's follow-up.
 */
async function seedPortfolio(request: APIRequestContext, base: string) {
  const demo = await call<{ id: string }>(request, base, 'workshop:openDemo', { language: 'en' });
  const file = await call<WorkshopFileShape>(request, base, 'workshop:exportFile', {
    id: demo.id,
  });
  const variant = (
    title: string,
    team: string,
    date: string,
    shift: Record<string, number>,
    keep = file.participants.length,
  ): WorkshopFileShape => {
    const people = new Set(file.participants.slice(0, keep).map((person) => person.id));
    return {
      ...file,
      workshop: { ...file.workshop, title, team, client: CLIENT, date, anonymityThreshold: 5 },
      participants: file.participants.filter((person) => people.has(person.id)),
      responses: file.responses
        .filter((answer) => people.has(answer.participant))
        .map((answer) => {
          const step = shift[answer.item.split('.')[0] ?? ''] ?? 0;
          if (answer.value === null || answer.value < 1 || step === 0) return answer;
          return { ...answer, value: Math.min(5, Math.max(1, answer.value + step)) };
        }),
    };
  };
  const imported = async (shape: WorkshopFileShape) =>
    (await call<{ id: string }>(request, base, 'workshop:importFile', { file: shape })).id;
  const first = await imported(variant('Payments, spring', 'Payments', '2026-03-02', {}));
  const followUp = await imported(
    variant('Payments, autumn', 'Payments', '2026-09-14', { hd: -1, td: -1 }),
  );
  await call(request, base, 'workshop:linkFollowUp', { id: followUp, followsId: first });
  // In Checkout only three people answered the AI-speed statements: that cell is below k.
  const checkout = variant('Checkout', 'Checkout', '2026-05-11', { td: 1 });
  const aiAnswerers = new Set(file.participants.slice(0, 3).map((person) => person.id));
  checkout.responses = checkout.responses.filter(
    (answer) => !answer.item.startsWith('er.ai.') || aiAnswerers.has(answer.participant),
  );
  await imported(checkout);
  await imported(variant('Mobile apps', 'Mobile apps', '2026-06-08', { hd: -1, dv: 1 }));
  await imported(variant('Risk', 'Risk', '2026-07-06', {}, 3));
}

async function openByClient(page: Page, base: string) {
  await page.goto(base);
  await page.getByRole('link', { name: 'Portfolio' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();
  await page.getByLabel('Client', { exact: true }).selectOption(CLIENT);
  await expect(page.getByText('5 workshops ticked.')).toBeVisible();
  await page.getByRole('button', { name: 'Show portfolio' }).click();
  await expect(page.getByRole('heading', { name: '4 teams' })).toBeVisible();
}

/** Elements wider than their box, and whether the page itself scrolls sideways. */
async function horizontalOverflow(page: Page) {
  return page.evaluate(() => ({
    page: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    width: document.documentElement.scrollWidth,
  }));
}

test.describe('portfolio', () => {
  test('a client’s teams side by side: heatmap, patterns, map, trend and CSV, k kept', async ({
    page,
    appHost,
  }) => {
    const base = appHost.baseURL;
    await seedPortfolio(page.request, base);
    await openByClient(page, base);

    const heatmap = page.locator('figure.chart--portfolio-heatmap');
    await expect(heatmap).toBeVisible();
    // Three shown teams, a full row of cells each; Risk (3 people) is one withheld band.
    const columns = await heatmap.locator('[data-column]').count();
    expect(columns).toBeGreaterThan(20);
    await expect(heatmap.locator('[data-cell]')).toHaveCount(3 * columns);
    const withheld = heatmap.locator('[data-withheld]');
    await expect(withheld).toHaveCount(1);
    await expect(withheld).toContainText('Fewer than 5 answered');
    await expect(withheld).not.toContainText(/\d+[.,]\d/);
    await expect(heatmap.locator('[data-team-label="risk"]')).toContainText('Risk');
    // A shown cell carries its value and its n; the withheld team's cells are not drawn at all.
    const shown = heatmap.locator('[data-kind="value"]').first();
    await expect(shown).toContainText(/\d+\.\d/);
    await expect(shown).toContainText(/n=\d+/);
    await expect(heatmap.locator('[data-cell^="risk|"]')).toHaveCount(0);
    // A hidden cell shows no number: Checkout's AI-speed cell, answered by three people.
    const hidden = heatmap.locator('[data-cell^="checkout|"][data-kind="below_threshold"]');
    expect(await hidden.count()).toBeGreaterThan(0);
    for (const cell of await hidden.all()) {
      await expect(cell).toHaveText('<5');
      await expect(cell).not.toContainText(/\d+[.,]\d/);
    }

    // Focus on a cell says its interval in words under the chart.
    await shown.locator('rect').focus();
    await expect(heatmap.locator('.chart__detail')).toContainText(/n = \d+/);

    // Patterns: a short list for the executive, systemic first.
    const patterns = page.locator('.portfolio-patterns');
    await expect(
      patterns.getByRole('heading', { name: 'What the teams have in common' }),
    ).toBeVisible();
    const lines = patterns.locator('li');
    expect(await lines.count()).toBeGreaterThan(0);
    await expect(lines.first()).toContainText(/is high in \d of 3 teams/);

    // The map: one point per shown team, never one for the withheld team.
    const map = page.locator('figure.chart--map');
    await expect(map.locator('[data-map-team]')).toHaveCount(3);
    for (const team of ['Payments', 'Checkout', 'Mobile apps']) {
      await expect(map.locator(`[data-map-team="${team}"]`)).toContainText(team);
    }
    await expect(map.locator('[data-map-team="Risk"]')).toHaveCount(0);
    await expect(map).toContainText('Not drawn: Risk');

    // Payments ran twice: its trend shows both dates.
    const trend = page.locator('[data-trend-team="Payments"]');
    await expect(trend).toContainText('Mar 2, 2026');
    await expect(trend).toContainText('Sep 14, 2026');
    await expect(page.locator('[data-trend-team]')).toHaveCount(1);

    // The CSV is the portfolio, the withheld team without a figure.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv).toContain('Payments');
    expect(csv).toContain('Checkout');

    // Nothing serious for assistive technology on the whole screen.
    const axe = await new AxeBuilder({ page }).include('main').analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);

    // The PDF too: a real PDF whose text names the shown teams and not the withheld one's figures.
    const [pdfDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PDF' }).click(),
    ]);
    expect(pdfDownload.suggestedFilename()).toMatch(/\.pdf$/);
    const pdfPath = (await pdfDownload.path()) ?? '';
    expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    for (const team of ['Payments', 'Checkout', 'Mobile apps']) expect(pdfText).toContain(team);

    expect(await horizontalOverflow(page)).toMatchObject({ page: false });
    if (process.env.PORTFOLIO_SHOTS) {
      await page.screenshot({ path: `${process.env.PORTFOLIO_SHOTS}/en-1366.png`, fullPage: true });
      await heatmap.screenshot({ path: `${process.env.PORTFOLIO_SHOTS}/en-heatmap.png` });
      await map.screenshot({ path: `${process.env.PORTFOLIO_SHOTS}/en-map.png` });
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.screenshot({ path: `${process.env.PORTFOLIO_SHOTS}/en-1920.png`, fullPage: true });
    }

    // German: headers, notes and the withheld band follow the language.
    await page.setViewportSize({ width: 1366, height: 768 });
    await page
      .getByRole('group', { name: 'Language' })
      .getByRole('button', { name: 'Deutsch' })
      .click();
    await expect(withheld).toContainText('Weniger als 5 haben geantwortet');
    await expect(page.getByRole('heading', { name: '4 Teams' })).toBeVisible();
    expect(await horizontalOverflow(page)).toMatchObject({ page: false });
    if (process.env.PORTFOLIO_SHOTS) {
      await page.screenshot({ path: `${process.env.PORTFOLIO_SHOTS}/de-1366.png`, fullPage: true });
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.screenshot({ path: `${process.env.PORTFOLIO_SHOTS}/de-1920.png`, fullPage: true });
    }
  });

  test('the build says why it cannot run: nothing ticked', async ({ page, appHost }) => {
    const base = appHost.baseURL;
    await seedPortfolio(page.request, base);
    await page.goto(`${base}/#/portfolio`);
    await expect(page.getByText('Tick at least one workshop.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Show portfolio' })).toBeDisabled();
    // Ticking one workshop by hand is enough for a portfolio of one team.
    await page.getByLabel('Checkout').check();
    await expect(page.getByText('1 workshop ticked.')).toBeVisible();
    await page.getByRole('button', { name: 'Show portfolio' }).click();
    await expect(page.getByRole('heading', { name: '1 team', exact: true })).toBeVisible();
  });
});
