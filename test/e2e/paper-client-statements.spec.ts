import { expect, test } from './support/app-host';
import { api } from './support/api';

// The client's own statements on a paper sheet, end to end: the preparation panel offers their
// section, the keyer reaches the sheet's last row (the client statement), a stored answer shows
// and is typed over, and the host then holds it as a client answer, not as a scored response.

const STATEMENT = 'Our quarterly plan survives its first month';

test('a client statement on a sheet is keyed through the client statement channel', async ({
  page,
  appHost,
}) => {
  const base = appHost.baseURL;
  const workshop = await api<{ id: string }>(page.request, base, 'workshop:create', {
    title: 'Payments diagnostic',
    date: '2026-05-04',
    language: 'en',
    instrumentVersion: '2.0.0',
  });
  const [person] = await api<{ id: string; alias: string }[]>(
    page.request,
    base,
    'participant:add',
    { workshopId: workshop.id, participants: [{ alias: 'P1', role: 'engineering' }] },
  );
  if (!person) throw new Error('no participant');
  const statement = await api<{ id: string }>(page.request, base, 'clientStatement:add', {
    workshopId: workshop.id,
    statement: { text: STATEMENT },
  });
  // An answer already given (say, in the grid) shows on the sheet and is typed over.
  await api(page.request, base, 'clientStatement:answer', {
    workshopId: workshop.id,
    statementId: statement.id,
    participantId: person.id,
    value: 5,
  });
  const sheet = await api<{ code: string }>(page.request, base, 'paper:layout', {
    workshopId: workshop.id,
    participantId: person.id,
  });

  await page.goto(`${base}/#/workshops/${workshop.id}`);
  await page.getByRole('link', { name: 'Paper sheets' }).click();
  await expect(page.getByLabel(/Your organisation’s own statements/)).toBeChecked();
  await expect(page.getByText('73 statements per sheet · 1 participant')).toBeVisible();

  await page.getByRole('button', { name: 'Start keying sheets' }).click();
  await expect(page.getByLabel('Sheet code')).toBeFocused();
  await page.keyboard.type(sheet.code);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Sheet of P1' })).toBeVisible();
  await expect(page.getByTestId('paper-count')).toHaveText('1 of 73');
  const last = page.locator('[data-number="73"]');
  await expect(last).toContainText(STATEMENT);
  await expect(last.locator('.is-ticked')).toHaveText('5');

  await page.keyboard.press('End');
  await expect(last).toHaveAttribute('aria-current', 'true');
  await page.keyboard.type('2');
  await expect(last).toHaveAttribute('data-state', 'saved');
  await expect(last.locator('.is-ticked')).toHaveText('2');

  const answers = await api<unknown[]>(page.request, base, 'clientStatement:answers', {
    workshopId: workshop.id,
  });
  expect(answers).toEqual([{ statementId: statement.id, participantId: person.id, value: 2 }]);
  const responses = await api<unknown[]>(page.request, base, 'responses:list', {
    workshopId: workshop.id,
    round: 1,
  });
  expect(responses).toEqual([]);
});
