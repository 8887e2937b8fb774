import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './support/app-host';

const SAMPLE_PATH = 'docs/sample-workshop.json';
const sample = JSON.parse(readFileSync(SAMPLE_PATH, 'utf8')) as {
  responses: { value: number | null }[];
};

/** A statement code ("td.coupling.1"): the room reads statements, never their ids. */
const STATEMENT_CODE = /\b(hd|td|dv|er)\.[a-z]+\.\d\b/;

async function expectAxeClean(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).include('main').analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(serious.map((v) => `${where}: ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

function figureTitled(page: Page, title: string) {
  return page.locator('figure').filter({ has: page.getByRole('heading', { name: title }) });
}

test.describe('results and workshop files in browser mode', () => {
  test('import the sample file, read its results, export it again, switch to Spanish', async ({
    page,
    appHost,
  }) => {
    await page.goto(appHost.baseURL);
    await page.getByTestId('import-workshop-file').setInputFiles(SAMPLE_PATH);

    await expect(
      page.getByRole('heading', { level: 1, name: 'Sample: Payments platform team' }),
    ).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'imported' })).toContainText(
      'Sample: Payments platform team',
    );

    await page.getByRole('link', { name: 'Results', exact: true }).click();
    await expect(page).toHaveURL(/#\/workshops\/[^/]+\/results$/);

    // The same headline `npx edw score docs/sample-workshop.json` prints.
    const index = page.getByTestId('results-index');
    await expect(index).toContainText('63.0');
    await expect(index).toContainText('95 % interval 49.5–78.8');
    await expect(index).toContainText('Band: Compounding');
    await expect(
      page.getByRole('heading', { name: 'Decisions cannot be replayed or audited' }),
    ).toBeVisible();
    await expect(page.getByText('6 of 6 participants answered').first()).toBeVisible();

    // The detail is a tab away.
    const tab = (name: string) => page.getByRole('tab', { name, exact: true });
    await tab('Debt map').click();
    const map = figureTitled(page, 'Debt Interaction Map');
    await expect(map).toBeVisible();
    await expect(map.getByRole('slider')).toBeVisible();
    await tab('Factor web').click();
    await expect(
      figureTitled(page, 'Links the model assumes between the factors at 50 or more'),
    ).toBeVisible();
    await tab('Role groups').click();
    const heatmap = figureTitled(page, 'Factors by role group');
    await expect(heatmap).toBeVisible();
    const hidden = heatmap.locator('[data-kind="suppressed"]');
    expect(await hidden.count()).toBeGreaterThan(0);
    await expect(hidden.first()).toContainText('n<3');
    await tab('Evidence').click();
    await expect(figureTitled(page, 'Reality funnel')).toBeVisible();
    await tab('Round 2').click();
    await expect(
      page.getByRole('heading', { name: 'Round 2: did the room converge?' }),
    ).toBeVisible();
    await tab('All findings').click();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export workshop file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('sample-payments-platform-team-2025-11-20.edw.json');
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      format: string;
      responses: unknown[];
    };
    expect(saved.format).toBe('edw-workshop');
    expect(saved.responses).toHaveLength(sample.responses.length);

    await page
      .getByRole('group', { name: 'Language' })
      .getByRole('button', { name: 'Español' })
      .click();
    await expect(page.getByRole('heading', { name: 'Hallazgos (12)' })).toBeVisible();
    await page.getByRole('tab', { name: 'Resumen' }).click();
    await expect(index).toContainText('63,0');
    await expect(index).toContainText('Nivel: En escalada');
  });

  test('the summary answers how bad, why, what first and how sure; each detail is a tab away', async ({
    page,
    appHost,
  }) => {
    const post = async <T>(channel: string, data: unknown): Promise<T> => {
      const reply = await page.request.post(`${appHost.baseURL}/api/${channel}`, { data });
      expect(reply.ok(), await reply.text()).toBe(true);
      return (await reply.json()) as T;
    };
    const { id } = await post<{ id: string }>('workshop:importFile', { file: sample });
    const { recommendations } = await post<{
      recommendations: { rank: number; intervention: { title: { en: string } } }[];
    }>('interventions:recommend', { workshopId: id });
    expect(recommendations.length).toBeGreaterThanOrEqual(3);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${appHost.baseURL}/#/workshops/${id}/results`);

    // How bad: the headline with its band and interval.
    const index = page.getByTestId('results-index');
    await expect(index).toContainText('63.0');
    await expect(index).toContainText('95 % interval 49.5–78.8');
    await expect(index).toContainText('Band: Compounding');
    // Why: the three findings that matter most, each with what it costs delivery.
    const why = page.getByTestId('results-why');
    await expect(why.getByRole('heading', { level: 2 })).toHaveText(
      'Why: the 3 findings that matter most',
    );
    await expect(why.getByRole('listitem')).toHaveCount(3);
    await expect(why.getByText('What it costs delivery:')).toHaveCount(3);
    // What to do first: no plan agreed yet, so the three best-ranked recommendations.
    const todo = page.getByTestId('results-todo');
    const ranked = [...recommendations].sort((a, b) => a.rank - b.rank).slice(0, 3);
    await expect(todo.getByRole('heading', { level: 3 })).toHaveText(
      ranked.map((entry) => entry.intervention.title.en),
    );
    // How sure: the confidence statement.
    const sure = page.getByTestId('results-sure');
    await expect(sure).toContainText(/(Low|Medium|High) confidence/);
    await expect(sure).toContainText('6 of 6 participants answered');
    // The detail waits behind the tabs: no chart on the summary.
    await expect(page.locator('figure')).toHaveCount(0);
    await expectAxeClean(page, 'summary');

    // Every tab by keyboard (arrows move and open, one tab stop), its own address, axe-clean.
    const sections: [string, string, RegExp][] = [
      ['Debt map', 'maps', /Debt Interaction Map/],
      ['Factor web', 'web', /Links the model assumes/],
      ['Dimensions', 'dimensions', /^Dimensions$/],
      ['Evidence', 'evidence', /^Evidence$/],
      ['Role groups', 'groups', /Factors by role group/],
      ['Round 2', 'convergence', /Round 2: did the room converge\?/],
      ['All findings', 'findings', /^Findings \(12\)$/],
    ];
    await page.getByRole('tab', { name: 'Summary' }).focus();
    for (const [name, segment, heading] of sections) {
      await page.keyboard.press('ArrowRight');
      const tab = page.getByRole('tab', { name, exact: true });
      await expect(tab).toBeFocused();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      await expect(page).toHaveURL(new RegExp(`/results/${segment}$`));
      const panel = page.getByRole('tabpanel', { name });
      await expect(panel.getByRole('heading', { name: heading }).first()).toBeVisible();
      await expect(page.getByTestId('results-why')).toHaveCount(0);
      await expectAxeClean(page, name);
    }
    await expect(page.locator('[role="tab"][tabindex="0"]')).toHaveCount(1);
    await page.keyboard.press('Home');
    await expect(page.getByRole('tab', { name: 'Summary' })).toBeFocused();
    await expect(page).toHaveURL(/\/results$/);
    await page.keyboard.press('End');
    await expect(page).toHaveURL(/\/results\/findings$/);

    // The tabs stay in reach at the foot of a long tab, and the one opened there starts in view.
    await page.getByRole('tab', { name: 'Summary' }).click();
    await page.getByTestId('results-sure').scrollIntoViewIfNeeded();
    await expect(page.getByRole('tab', { name: 'Debt map' })).toBeInViewport();
    await page.getByRole('tab', { name: 'Debt map' }).click();
    await expect(page.getByRole('heading', { name: 'Debt maps' })).toBeInViewport();
    await page.keyboard.press('End');

    // A reload or a shared link opens the same tab; findings quote statements, never codes.
    await page.reload();
    await expect(page.getByRole('tab', { name: 'All findings' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const findings = page.locator('.findings');
    await expect(findings.getByRole('listitem')).toHaveCount(12);
    await expect(findings).toContainText('statement “');
    expect(await findings.innerText()).not.toMatch(STATEMENT_CODE);
    await page
      .getByRole('group', { name: 'Language' })
      .getByRole('button', { name: 'Español' })
      .click();
    await expect(findings).toContainText('la afirmación «');
    expect(await findings.innerText()).not.toMatch(STATEMENT_CODE);
    await page.getByRole('tab', { name: 'Resumen' }).click();
    expect(await page.getByTestId('results-why').innerText()).not.toMatch(STATEMENT_CODE);
    await expect(page.getByTestId('results-sure')).toContainText('Qué grado de certeza tenemos');
    await expect(page.getByTestId('results-todo')).toContainText('Qué hacer primero');
    await page
      .getByRole('group', { name: 'Idioma' })
      .getByRole('button', { name: 'English' })
      .click();

    // Once the room agrees a plan, the summary gives that plan instead, most voted first.
    const plan = await post<{ action: { id: string } }>('actions:save', {
      workshopId: id,
      interventionId: null,
      title: 'Weekly decision review',
      owner: 'Ana',
      dueDate: '2026-12-01',
      successSignal: 'Every decision has a record',
      selected: true,
    });
    // Two dots from each of k people, then the reveal: the plan reads the revealed totals.
    const { anonymityThreshold: k } = await post<{ anonymityThreshold: number }>('workshop:get', {
      id,
    });
    const people = await post<{ id: string }[]>('participant:list', { workshopId: id });
    for (const person of people.slice(0, k)) {
      await post('actions:vote', { actionId: plan.action.id, participantId: person.id, dots: 2 });
    }
    await post('actions:revealVote', { workshopId: id });
    await post('actions:save', {
      workshopId: id,
      interventionId: null,
      title: 'Limit work in progress',
      selected: true,
    });
    await page.reload();
    await expect(todo.getByText('The room’s action plan, most voted first.')).toBeVisible();
    await expect(todo.getByRole('heading', { level: 3 })).toHaveText([
      'Weekly decision review',
      'Limit work in progress',
    ]);
    await expect(todo).toContainText(
      'Owner: Ana · Due December 1, 2026 · Success signal: Every decision has a record',
    );
    await expect(todo).toContainText('No owner yet');
    await page
      .getByRole('group', { name: 'Language' })
      .getByRole('button', { name: 'Español' })
      .click();
    await expect(todo).toContainText('El plan de acción de la sala, el más votado primero.');
    await expect(todo).toContainText('Responsable: Ana · Para el 1 de diciembre de 2026');
    await expect(todo).toContainText('Sin responsable aún');
  });

  test('a broken file is refused by JSON path and adds no workshop', async ({ page, appHost }) => {
    await page.goto(appHost.baseURL);
    await expect(page.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();

    const broken = structuredClone(sample);
    broken.responses[0] = { ...broken.responses[0], value: 7 };
    await page.getByTestId('import-workshop-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const alert = page.getByRole('alert').filter({ hasText: 'broken.json' });
    await expect(alert).toContainText('is not a valid workshop file');
    await expect(alert).toContainText('responses[0].value: expected 1..5, null or "na", got 7');
    await expect(alert).toContainText('Nothing was imported.');

    await page.getByTestId('import-workshop-file').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ this is not JSON'),
    });
    await expect(page.getByRole('alert').filter({ hasText: 'notes.json' })).toContainText(
      'is not a JSON file',
    );

    await page.reload();
    await expect(page.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();
    const list = await page.request.post(`${appHost.baseURL}/api/workshop:list`, { data: {} });
    expect(await list.json()).toEqual([]);
  });

  test('a workshop without answers explains where results come from', async ({ page, appHost }) => {
    const created = await page.request.post(`${appHost.baseURL}/api/workshop:create`, {
      data: { title: 'Fresh workshop', date: '2026-05-04' },
    });
    const { id } = (await created.json()) as { id: string };
    await page.goto(`${appHost.baseURL}/#/workshops/${id}/results`);
    await expect(page.getByRole('heading', { name: 'No answers yet' })).toBeVisible();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import workshop file' }).click(),
    ]);
    expect(chooser.isMultiple()).toBe(false);
    await expect(page.getByText('63.0')).toHaveCount(0);
  });
});
