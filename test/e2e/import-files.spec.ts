import { readFileSync } from 'node:fs';
import { test, expect } from './support/app-host';

const SAMPLE_PATH = 'docs/sample-workshop.json';
const sample = JSON.parse(readFileSync(SAMPLE_PATH, 'utf8')) as {
  participants: Record<string, unknown>[];
  responses: Record<string, unknown>[];
};
/** A folder: when set, screenshots of the import messages are saved there to be looked at. */
const SHOTS = process.env.IMPORT_SHOTS;

function jsonFile(name: string, data: unknown) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) };
}

test.describe('importing workshop files', () => {
  test('in the Spanish UI, a refused file’s problems read in Spanish', async ({
    page,
    appHost,
  }) => {
    await page.goto(appHost.baseURL);
    await page
      .getByRole('group', { name: 'Language' })
      .getByRole('button', { name: 'Español' })
      .click();

    const outOfRange = structuredClone(sample);
    outOfRange.responses[0] = { ...outOfRange.responses[0], value: 7 };
    await page
      .getByTestId('import-workshop-file')
      .setInputFiles(jsonFile('fuera.json', outOfRange));
    const first = page.getByRole('alert').filter({ hasText: 'fuera.json' });
    await expect(first).toContainText('no es un archivo de taller válido');
    await expect(first).toContainText(
      'responses[0].value: se esperaba una respuesta de 1 a 5, null o "na"; llegó 7',
    );
    await expect(first).not.toContainText('expected');

    const crossed = structuredClone(sample);
    const alias = String(crossed.participants[0]?.alias);
    crossed.participants[1] = { ...crossed.participants[1], alias };
    crossed.responses[2] = { ...crossed.responses[2], participant: 'nadie' };
    await page.getByTestId('import-workshop-file').setInputFiles(jsonFile('cruzado.json', crossed));
    const second = page.getByRole('alert').filter({ hasText: 'cruzado.json' });
    await expect(second).toContainText(
      `participants[1].alias: el alias «${alias}» aparece dos veces`,
    );
    await expect(second).toContainText(
      'responses[2].participant: no hay ningún participante «nadie» en este archivo',
    );
    await expect(second).toContainText('No se ha importado nada.');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/import-problems-es.png` });

    const list = await page.request.post(`${appHost.baseURL}/api/workshop:list`, { data: {} });
    expect(await list.json()).toEqual([]);
  });

  test('importing the same file again asks first, and Cancel stores nothing', async ({
    page,
    appHost,
  }) => {
    const count = async () => {
      const list = await page.request.post(`${appHost.baseURL}/api/workshop:list`, { data: {} });
      return ((await list.json()) as unknown[]).length;
    };
    await page.goto(appHost.baseURL);
    const picker = page.getByTestId('import-workshop-file');
    await picker.setInputFiles(SAMPLE_PATH);
    const heading = page.getByRole('heading', { level: 1, name: 'Sample: Payments platform team' });
    await expect(heading).toBeVisible();
    await page.getByRole('link', { name: 'Workshops', exact: true }).click();

    await picker.setInputFiles(SAMPLE_PATH);
    const question = page.getByRole('dialog', { name: 'This workshop seems to be here already' });
    await expect(question).toContainText(
      'A workshop “Sample: Payments platform team” of Nov 20, 2025, like the one in “sample-workshop.json”, is already in the app.',
    );
    await expect(question).toContainText('Import a copy anyway?');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/import-duplicate-en.png` });
    await question.getByRole('button', { name: 'Cancel' }).click();
    await expect(question).toBeHidden();
    expect(await count()).toBe(1);

    await page
      .getByRole('group', { name: 'Language' })
      .getByRole('button', { name: 'Español' })
      .click();
    await picker.setInputFiles(SAMPLE_PATH);
    const pregunta = page.getByRole('dialog', { name: 'Este taller parece estar ya aquí' });
    await expect(pregunta).toContainText('¿Importar una copia de todos modos?');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/import-duplicate-es.png` });
    await pregunta.getByRole('button', { name: 'Importar una copia' }).click();
    await expect(heading).toBeVisible();
    expect(await count()).toBe(2);
  });
});
