import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/app-host';

const sample: unknown = JSON.parse(readFileSync('docs/sample-workshop.json', 'utf8'));

test.describe('debt maps', () => {
  test('every view renders with its text alternative and passes axe', async ({ page, appHost }) => {
    const imported = await page.request.post(`${appHost.baseURL}/api/workshop:importFile`, {
      data: { file: sample },
    });
    expect(imported.ok()).toBe(true);
    const { id } = (await imported.json()) as { id: string };
    // The charts live in the results' tabs: each tab's figures have a name and a table.
    let svgCount = 0;
    let tableCount = 0;
    for (const [tab, name] of [
      ['web', /Links the model assumes/i],
      ['dimensions', /room's answers spread/i],
      ['groups', /role group/i],
      ['evidence', /Reality/i],
      ['maps', /Debt Interaction Map/i],
    ] as const) {
      await page.goto(`${appHost.baseURL}/#/workshops/${id}/results/${tab}`);
      await expect(
        page
          .locator('figure')
          .filter({ has: page.getByRole('heading', { name }) })
          .first(),
      ).toBeVisible();
      // Every picture has an accessible name and a table alternative.
      const svgs = page.locator('figure svg[role="img"]');
      const count = await svgs.count();
      for (let index = 0; index < count; index++) {
        await expect(svgs.nth(index)).toHaveAttribute('aria-label', /\S/);
      }
      svgCount += count;
      tableCount += await page.locator('figure details table').count();
    }
    expect(svgCount).toBeGreaterThanOrEqual(5);
    expect(tableCount).toBeGreaterThanOrEqual(5);

    // The map's table lists the team, the room's spread and role groups: never one person.
    const map = page
      .locator('figure')
      .filter({ has: page.getByRole('heading', { name: /Debt Interaction Map/i }) })
      .first();
    const rows = await map.locator('details table tbody th').allTextContents();
    expect(rows[0]).toBe('This team');
    expect(rows[1]).toMatch(/^Room's spread/);
    for (const row of rows.slice(2)) expect(row).toMatch(/^Role group /);
    expect(rows.join(' ')).not.toMatch(/participant/i);
    if (process.env.MAP_SHOTS)
      await map.screenshot({ path: `${process.env.MAP_SHOTS}/results-map.png` });

    // Keyboard: focusing the team point explains it in words.
    const teamPoint = page.locator('figure svg [tabindex="0"]').first();
    await teamPoint.focus();
    await expect(page.locator('figure [aria-live]').first()).not.toBeEmpty();

    const results = await new AxeBuilder({ page }).include('main').analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });

  test('Reveal & discuss puts the maps on the projector, without names', async ({
    page,
    appHost,
  }) => {
    const post = async <T>(channel: string, data: unknown): Promise<T> => {
      const reply = await page.request.post(`${appHost.baseURL}/api/${channel}`, { data });
      expect(reply.ok(), await reply.text()).toBe(true);
      return (await reply.json()) as T;
    };
    const { id } = await post<{ id: string }>('workshop:importFile', { file: sample });
    const run = await post<{ agenda: { id: string; kind: string }[] }>('run:start', {
      workshopId: id,
    });
    const reveal = run.agenda.find((section) => section.kind === 'reveal');
    expect(reveal).toBeDefined();
    await post('run:goto', { workshopId: id, sectionId: reveal?.id });
    // The projector reads only `presenter:state`: the maps come with it, not from the results.
    const channels: string[] = [];
    page.on('request', (request) => {
      const match = /\/api\/([^/?]+)/.exec(request.url());
      if (match?.[1]) channels.push(decodeURIComponent(match[1]));
    });
    await page.goto(`${appHost.baseURL}/#/present/${id}`);
    await expect(page.getByRole('heading', { name: /Reveal/ }).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Debt Interaction Map' })).toHaveCount(0);

    // The facilitator reveals; the projector follows live, with no reload.
    await post('run:reveal', { workshopId: id, revealed: true });
    await expect(page.getByRole('heading', { name: 'Debt Interaction Map' })).toBeVisible();
    // Each map is a page of its own, as large as the screen: the factor web is the next one.
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { name: /Links the model assumes/ })).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('heading', { name: 'Debt Interaction Map' })).toBeVisible();
    const participants = (sample as { participants: { alias: string }[] }).participants;
    const text = await page.locator('body').innerText();
    for (const { alias } of participants) expect(text).not.toContain(alias);
    // The room as a spread and role groups, no mark per person.
    const map = page
      .locator('figure')
      .filter({ has: page.getByRole('heading', { name: 'Debt Interaction Map' }) });
    await expect(
      map.locator('svg path title').filter({ hasText: /^The room's spread/ }),
    ).toHaveCount(1);
    expect(await map.locator('svg circle').count()).toBeLessThan(participants.length);
    expect(channels).toContain('presenter:state');
    expect(channels).not.toContain('workshop:results');
    if (process.env.MAP_SHOTS)
      await page.screenshot({ path: `${process.env.MAP_SHOTS}/present-maps.png` });
  });
});
