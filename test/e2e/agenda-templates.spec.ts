import type { APIRequestContext } from '@playwright/test';
import { test, expect } from './support/app-host';

interface Section {
  kind: string;
  title: string;
  prompt: string;
  dimensions: string[];
  timeboxMs: number;
  skipped: boolean;
}

async function call<T>(request: APIRequestContext, base: string, channel: string, data: unknown) {
  const response = await request.post(`${base}/api/${channel}`, { data });
  expect(response.ok(), `${channel}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

const plan = (agenda: Section[]) =>
  agenda.map(({ kind, title, prompt, dimensions, timeboxMs, skipped }) => ({
    kind,
    title,
    prompt,
    dimensions,
    timeboxMs,
    skipped,
  }));

test('an agenda saved as a template is the agenda of a workshop started from it', async ({
  page,
  appHost,
}) => {
  const base = appHost.baseURL;
  const source = await call<{ id: string }>(page.request, base, 'workshop:create', {
    title: 'Payments diagnostic',
    client: 'Acme Bank',
    date: new Date().toISOString().slice(0, 10),
    language: 'en',
  });
  const run = await call<{ agenda: (Section & { id: string })[] }>(
    page.request,
    base,
    'run:start',
    { workshopId: source.id },
  );
  const [framing, human] = run.agenda;
  if (!framing || !human) throw new Error('no default agenda');
  await call(page.request, base, 'agenda:configure', {
    workshopId: source.id,
    sectionId: human.id,
    minutes: 17,
  });
  await call(page.request, base, 'agenda:skip', {
    workshopId: source.id,
    sectionId: framing.id,
    skipped: true,
  });
  const shaped = await call<{ agenda: Section[] }>(page.request, base, 'agenda:add', {
    workshopId: source.id,
    title: 'Coffee break',
    prompt: 'Back at eleven',
    minutes: 7,
    afterSectionId: human.id,
  });

  // Saved from the run screen's agenda.
  await page.goto(`${base}/#/workshops/${source.id}/run`);
  await page.getByText('Save agenda as template').click();
  await page.getByLabel('Template name').fill('Half day with a break');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  // Said where it was asked for, once.
  await expect(page.getByRole('navigation', { name: 'Agenda' }).getByRole('status')).toHaveText(
    'Template “Half day with a break” saved.',
  );

  // Listed on the home screen.
  await page.goto(base);
  const panel = page.getByRole('region', { name: 'Agenda templates' });
  await expect(panel.getByText('Half day with a break')).toBeVisible();
  await expect(panel.getByText('12 sections')).toBeVisible();

  // A new workshop started from it.
  await page.goto(`${base}/#/workshops/new`);
  await page.getByLabel('Title').fill('Cards diagnostic');
  await page.getByLabel('Agenda').selectOption({ label: 'Half day with a break' });
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cards diagnostic' })).toBeVisible();
  const newId = decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '');
  expect(newId).not.toBe(source.id);

  const started = await call<{ agenda: Section[] }>(page.request, base, 'run:start', {
    workshopId: newId,
  });
  expect(plan(started.agenda)).toEqual(plan(shaped.agenda));
  await page.goto(`${base}/#/workshops/${newId}/run`);
  await expect(page.getByText('Coffee break')).toBeVisible();
});
