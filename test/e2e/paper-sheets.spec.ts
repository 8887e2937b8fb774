import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INSTRUMENT_V2 } from '../../shared/instrument';
import { expect, test } from './support/app-host';
import { api, createWorkshop } from './support/api';

// Paper answer sheets end to end: the sheets downloaded from the screen, a code read off the
// printed sheet, a mistyped code refused, and a whole sheet keyed by keyboard alone, checked
// against what the store then holds.

const PEOPLE = [
  { alias: 'P1', name: 'Aino Virtanen' },
  { alias: 'P2', name: 'Bruno Costa' },
  { alias: 'P3', name: 'Chiara Rossi' },
];
/** The key typed for statement i: every answer the sheet offers, in turn. */
const KEYS = ['1', '2', '3', '4', '5', '0', 'n'];
const valueOf = (key: string) => (key === '0' ? null : key === 'n' ? 'na' : Number(key));
const CODE = /\b[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{3}\b/;

test('a whole 2.0.0 sheet keyed by keyboard is stored as keyed; a mistyped code is refused', async ({
  page,
  appHost,
}) => {
  const base = appHost.baseURL;
  const workshopId = await createWorkshop(page.request, base, { instrumentVersion: '2.0.0' });
  const people = await api<{ id: string; alias: string }[]>(page.request, base, 'participant:add', {
    workshopId,
    participants: PEOPLE.map((person) => ({ ...person, role: 'engineering' })),
  });
  const p2 = people.find((person) => person.alias === 'P2');
  if (!p2) throw new Error('no P2');
  const items = INSTRUMENT_V2.items;
  // An answer already stored (say, from the grid) shows on the sheet and is typed over.
  await api(page.request, base, 'response:record', {
    workshopId,
    participantId: p2.id,
    itemId: items[0]?.id,
    round: 1,
    value: 5,
  });

  await page.goto(`${base}/#/workshops/${workshopId}`);
  await page.getByRole('link', { name: 'Paper sheets' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Paper sheets');
  await expect(page.getByText('72 statements per sheet · 3 participants')).toBeVisible();

  // The sheets as printed: read the code off P2's sheet; no page carries a name.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download sheets (PDF)' }).click();
  const download = await downloading;
  const dir = mkdtempSync(join(tmpdir(), 'edw-paper-'));
  const file = join(dir, 'sheets.pdf');
  await download.saveAs(file);
  const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f');
  rmSync(dir, { recursive: true, force: true });
  for (const person of PEOPLE) expect(pages.join('\n')).not.toContain(person.name.split(' ')[1]);
  const p2Page = pages.find((text) => /^P2$/m.test(text));
  const printed = CODE.exec(p2Page ?? '')?.[0];
  if (!printed) throw new Error('no code on P2’s sheet');

  // Keyboard only from here. A swapped pair of characters is caught; nothing opens or is stored.
  await page.getByRole('button', { name: 'Start keying sheets' }).click();
  const codeBox = page.getByLabel('Sheet code');
  await expect(codeBox).toBeFocused();
  const swapped = `${printed[1]}${printed[0]}${printed.slice(2)}`;
  await page.keyboard.type(printed[0] === printed[1] ? 'ZZZZ-ZZZ' : swapped);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText(/typo|not used|7 characters/);
  await expect(page.locator('.paper-entry')).toHaveCount(0);

  await codeBox.fill('');
  await page.keyboard.type(printed.toLowerCase());
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Sheet of P2' })).toBeVisible();
  await expect(page.getByTestId('paper-count')).toHaveText(`1 of ${items.length}`);
  const row = (n: number) => page.locator(`[data-number="${n}"]`);
  await expect(row(1).locator('.is-ticked')).toHaveText('5');

  // Three keys, back one with Backspace, type it again differently, then the rest of the sheet.
  await page.keyboard.type('124');
  await page.keyboard.press('Backspace');
  await expect(row(3)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.type(
    items
      .slice(2)
      .map((_, index) => KEYS[(index + 2) % KEYS.length])
      .join(''),
  );
  await expect(page.getByTestId('paper-count')).toHaveText(`${items.length} of ${items.length}`);
  await expect(page.locator('[data-state="saving"]')).toHaveCount(0);
  await expect(page.locator('[data-state="saved"]')).toHaveCount(items.length);
  await expect(page.getByRole('button', { name: 'Next sheet' })).toBeFocused();

  const stored = await api<{ participantId: string; itemId: string; value: unknown }[]>(
    page.request,
    base,
    'responses:list',
    { workshopId, round: 1 },
  );
  expect(stored.every((answer) => answer.participantId === p2.id)).toBe(true);
  expect(Object.fromEntries(stored.map((answer) => [answer.itemId, answer.value]))).toEqual(
    Object.fromEntries(
      items.map((item, index) => [item.id, valueOf(KEYS[index % KEYS.length] ?? '')]),
    ),
  );

  // Enter on "Next sheet" goes back to the code for the next one.
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Sheet code')).toBeFocused();
});
