import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './support/app-host';
import { api, createWorkshop, joinedPhone, openRoom } from './support/api';

const SHOTS = process.env.VOTE_SHOTS; // a folder: screenshots of the vote are saved there

/** k = 3, three people, two chosen actions, 3 dots each, the run on Interventions, room open. */
async function votingRoom(request: APIRequestContext, base: string) {
  const workshopId = await createWorkshop(request, base, { anonymityThreshold: 3 });
  await api(request, base, 'participant:add', {
    workshopId,
    participants: [
      { alias: 'P1', role: 'engineering' },
      { alias: 'P2', role: 'product' },
      { alias: 'P3', role: 'leadership' },
    ],
  });
  const view = await api<{ agenda: { id: string; kind: string }[] }>(request, base, 'run:start', {
    workshopId,
  });
  await api(request, base, 'actions:save', { workshopId, title: 'Five-line decision log' });
  await api(request, base, 'actions:save', { workshopId, title: 'Limit work in progress' });
  await api(request, base, 'actions:configure', { workshopId, votesPerPerson: 3 });
  const section = view.agenda.find((s) => s.kind === 'interventions');
  await api(request, base, 'run:goto', { workshopId, sectionId: section?.id });
  return { workshopId, ...(await openRoom(request, base, workshopId)) };
}

test.describe('dot voting by the room', () => {
  test('two phones and the facilitator’s grid vote in secret; the tally shows only after the reveal', async ({
    browser,
    page,
    appHost,
  }) => {
    const room = await votingRoom(page.request, appHost.baseURL);
    await page.goto(`${appHost.baseURL}/#/workshops/${room.workshopId}/run`);
    const vote = page.getByRole('region', { name: 'Dot vote' });
    await expect(vote.getByText('0 of 3 participants have voted.')).toBeVisible();

    const ana = await joinedPhone(browser, room, 'P1');
    const ben = await joinedPhone(browser, room, 'P2');
    try {
      await expect(ana.getByRole('heading', { name: 'Dot vote' })).toBeVisible();
      await expect(ana.getByText('3 of your 3 dots left')).toBeVisible();
      if (SHOTS) await ana.screenshot({ path: `${SHOTS}/phone-vote-1-open.png` });
      const addLog = ana.getByRole('button', { name: 'Add a dot to Five-line decision log' });
      await addLog.click();
      await expect(ana.getByText('2 of your 3 dots left')).toBeVisible();
      await addLog.click();
      await expect(ana.getByText('1 of your 3 dots left')).toBeVisible();
      await ana.getByRole('button', { name: 'Add a dot to Limit work in progress' }).click();
      await expect(ana.getByText('0 of your 3 dots left')).toBeVisible();
      // No dot left: + is off everywhere until one is taken back.
      await expect(addLog).toBeDisabled();
      if (SHOTS) await ana.screenshot({ path: `${SHOTS}/phone-vote-2-spent.png` });

      await ben.getByRole('button', { name: 'Add a dot to Limit work in progress' }).click();
      await expect(ben.getByText('2 of your 3 dots left')).toBeVisible();
      // Ben's phone shows only Ben's dot: none of Ana's.
      await expect(ben.getByText('0 dots')).toBeVisible();
      await expect(ben.getByText('1 dot', { exact: true })).toBeVisible();

      // P3 has no phone: the facilitator places P3's dots in the grid.
      await vote.getByText('Dots for participants without a phone').click();
      await expect(vote.getByRole('row', { name: /P1/ })).toContainText('Votes on their phone');
      await vote.getByLabel('Dots from P3 on Five-line decision log').selectOption('3');
      await expect(vote.getByText('3 of 3 participants have voted.')).toBeVisible();

      // Secret until the reveal: the facilitator's screen and the projector show no tally.
      await expect(vote).toContainText('The tally stays secret until you reveal it.');
      await expect(page.locator('.action-row__count')).toHaveCount(0);
      const presenter = () =>
        api<{ votes: unknown }>(page.request, appHost.baseURL, 'presenter:state', {
          workshopId: room.workshopId,
        });
      expect((await presenter()).votes).toEqual({
        participants: 3,
        voters: 3,
        status: 'secret',
        dots: null,
      });
      // The projector: how many voted, the dots hidden.
      const wall = await page.context().newPage();
      await wall.setViewportSize({ width: 1920, height: 1080 });
      await wall.goto(`${appHost.baseURL}/#/present/${room.workshopId}`);
      await expect(wall.getByText('3 of 3 have voted')).toBeVisible();
      await expect(wall.getByText(/dots stay hidden until the facilitator reveals/)).toBeVisible();
      await expect(wall.locator('.present-candidate__tally')).toHaveText(['', '']);
      if (SHOTS) await wall.screenshot({ path: `${SHOTS}/projector-vote-secret.png` });
      if (SHOTS)
        await page.screenshot({ path: `${SHOTS}/facilitator-vote-secret.png`, fullPage: true });

      await vote.getByRole('button', { name: 'Reveal the vote' }).click();
      const dialog = page.getByRole('dialog', { name: 'Reveal the vote?' });
      await dialog.getByRole('button', { name: 'Reveal the vote' }).click();
      await expect(vote).toContainText('Revealed: each action shows its dots.');
      await expect(page.locator('.action-row__count')).toHaveText(['5 votes', '2 votes']);
      expect((await presenter()).votes).toMatchObject({ status: 'shown', voters: 3 });
      // The projector follows the reveal: each chosen candidate's dots, nothing else changed.
      await expect(wall.locator('.present-candidate__tally')).toHaveText(['5 dots', '2 dots']);
      await expect(wall.getByText('Dots per candidate, as revealed')).toBeVisible();
      for (const size of [
        { width: 1920, height: 1080 },
        { width: 1366, height: 768 },
      ]) {
        await wall.setViewportSize(size);
        const clipped = await wall
          .locator('.present-candidate .present-row__title, .present-vote-status')
          .evaluateAll((nodes) => nodes.filter((n) => n.scrollWidth > n.clientWidth).length);
        expect(clipped).toBe(0);
        if (SHOTS) {
          await wall.screenshot({ path: `${SHOTS}/projector-vote-${size.width}.png` });
        }
      }

      // The phones are told the vote has closed, and keep only their own dots.
      await expect(ana.getByRole('heading', { name: 'The vote is closed' })).toBeVisible();
      await expect(
        ana.getByRole('button', { name: 'Take a dot from Five-line decision log' }),
      ).toBeDisabled();
      if (SHOTS) await ana.screenshot({ path: `${SHOTS}/phone-vote-3-closed.png` });
    } finally {
      await ana.context().close();
      await ben.context().close();
      await api(page.request, appHost.baseURL, 'room:close', {});
    }
  });
});
