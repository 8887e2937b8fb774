import { readFileSync } from 'node:fs';
import { test, expect } from './support/app-host';

const sample: unknown = JSON.parse(readFileSync('docs/sample-workshop.json', 'utf8'));

test('client statements added and answered through the API show in their own results section, the score unchanged', async ({
  page,
  appHost,
}) => {
  const post = async <T>(channel: string, data: unknown): Promise<T> => {
    const reply = await page.request.post(`${appHost.baseURL}/api/${channel}`, { data });
    expect(reply.ok(), await reply.text()).toBe(true);
    return (await reply.json()) as T;
  };
  const { id } = await post<{ id: string }>('workshop:importFile', { file: sample });
  const before = await post<{ fingerprint: { value: string } }>('workshop:results', { id });
  const budget = await post<{ id: string }>('clientStatement:add', {
    workshopId: id,
    statement: { text: 'We know who decides the budget.' },
  });
  const rota = await post<{ id: string }>('clientStatement:add', {
    workshopId: id,
    statement: { text: 'The on-call rota is fair.' },
  });
  const people = await post<{ id: string }[]>('participant:list', { workshopId: id });
  for (const [index, person] of people.entries()) {
    await post('clientStatement:answer', {
      workshopId: id,
      statementId: budget.id,
      participantId: person.id,
      value: (index % 5) + 1,
    });
  }
  const [first] = people;
  if (!first) throw new Error('the sample has no participants');
  await post('clientStatement:answer', {
    workshopId: id,
    statementId: rota.id,
    participantId: first.id,
    value: 4,
  });
  const after = await post<{ fingerprint: { value: string } }>('workshop:results', { id });
  expect(after.fingerprint.value).toBe(before.fingerprint.value);

  await page.goto(`${appHost.baseURL}/#/workshops/${id}/results`);
  const section = page.locator('section', {
    has: page.getByRole('heading', { name: "The client's own statements" }),
  });
  await expect(section).toBeVisible();
  await expect(section.getByRole('row', { name: /We know who decides the budget/ })).toContainText(
    `${people.length} answered`,
  );
  await expect(section.getByRole('row', { name: /The on-call rota is fair/ })).toContainText(
    'Withheld',
  );
  await expect(page.locator('.results-fingerprint code')).toHaveText(before.fingerprint.value);
});
