import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsPDF } from 'jspdf';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readPdfText } from '../../../src-main/report/pdf-text';
import { createHandlers } from '../../../src-main/services/create-handlers';
import { dispatch } from '../../../src-main/services/dispatch';
import { closeStore, openStore } from '../../../src-main/store/open-store';
import { editContentStreams, glyphHex } from '../../helpers/pdf-streams';
import { writeClientPortfolioStore } from '../../helpers/portfolio-store';
import { reportViolations } from '../../helpers/report-layout';
import { runEdw } from '../../helpers/run-edw';
import { steppingClock } from '../../helpers/temp-db';

// `edw verify <portfolio.pdf>` over a real SQLite store and the real PDF `edw portfolio` writes:
// the PDF names its workshops, so the portfolio is rebuilt from the store and checked.

let storeDir: string;
let pristine: string;
let ids: Record<string, string>;
let dir: string;
let store: string;

beforeAll(() => {
  storeDir = mkdtempSync(join(tmpdir(), 'edw-verify-portfolio-store-'));
  pristine = join(storeDir, 'store.sqlite');
  ids = writeClientPortfolioStore(pristine);
}, 120_000);
afterAll(() => rmSync(storeDir, { recursive: true, force: true }));
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'edw-verify-portfolio-'));
  // Each test changes its own copy of the store.
  store = join(dir, 'store.sqlite');
  copyFileSync(pristine, store);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function edw(...argv: string[]) {
  return runEdw({ cwd: dir, env: { XDG_DATA_HOME: join(dir, 'xdg') } }, [...argv, '--data', store]);
}

/** One channel call on the store, as the app makes it, then the store closed again. */
function call(channel: string, input: unknown): unknown {
  const db = openStore(store);
  try {
    const handlers = createHandlers(db, {
      clock: steppingClock(),
      dataFile: store,
      version: '0.1.0-test',
      transport: 'http',
      randomIndex: () => 0,
    });
    const result = dispatch(handlers, channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
    return result.value;
  } finally {
    closeStore(db);
  }
}

async function portfolio(...selection: string[]): Promise<string> {
  const run = await edw('portfolio', ...selection, '-o', 'p.pdf');
  expect(run.code).toBe(0);
  return join(dir, 'p.pdf');
}

/** The PDF's bytes as latin-1 text, so an edit of its metadata keeps every other byte as it is. */
function editPdf(file: string, edit: (text: string) => string): void {
  const before = readFileSync(file).toString('latin1');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(file, Buffer.from(after, 'latin1'));
}

/** A key as it stands in the XMP packet: UTF-8 bytes read as latin-1, quotes escaped. */
const packetKey = (key: string) => `&quot;${Buffer.from(key, 'utf8').toString('latin1')}&quot;:`;

describe('edw verify <portfolio.pdf>', () => {
  it.each(['en', 'es'])(
    'passes on a fresh portfolio PDF in %s, with no second argument',
    async (lang) => {
      await portfolio('--client', 'Northwind Bank', '--lang', lang);
      const verify = await edw('verify', 'p.pdf');
      expect(verify.err).toBe('');
      expect(verify.code).toBe(0);
      expect(verify.out).toMatch(
        /all \d+ figures of the portfolio match, and all \d+ figures printed on its 6 pages; its 5 workshops are unchanged/,
      );
      expect(verify.out).toContain('workshop "Mobile banking, spring" of 2026-04-14: unchanged');
    },
  );

  it.each(['en', 'es', 'de', 'fr'])(
    'lays the fingerprints out cleanly in %s: nothing cut, overlapping or off the page',
    async (lang) => {
      const file = await portfolio('--client', 'Northwind Bank', '--lang', lang);
      const pages = await readPdfText(new Uint8Array(readFileSync(file)));
      expect(reportViolations(pages)).toEqual([]);
      const method = pages.at(-1)?.runs.map((entry) => entry.text) ?? [];
      // Each fingerprint is one run, whole: never broken over two lines.
      expect(method.filter((text) => /^edw:2\.0\.0:[\d.]+:[0-9a-f]{12}…$/.test(text))).toHaveLength(
        4,
      );
    },
  );

  it('checks a branded portfolio with the branding it was printed with', async () => {
    const branding = {
      firmName: 'Harbourline Consulting',
      footer: 'Harbourline Consulting · harbourline.example · 020 7946 0018',
      accent: '#7a1f5c',
      logoBase64: null,
    };
    call('branding:save', branding);
    const file = await portfolio(ids.cards ?? '', ids.onboarding ?? '');
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('020 7946 0018');
    // A branding changed since changes no figure: the pages are printed again with the old one.
    call('branding:save', { ...branding, footer: 'Northlight Advisory · 0161 496 0000' });
    const verify = await edw('verify', file);
    expect(verify.err).toBe('');
    expect(verify.code).toBe(0);
  });

  it('prints each team’s fingerprint on the method page, as its own report does', async () => {
    const file = await portfolio(ids.cards ?? '', ids.onboarding ?? '', ids.risk ?? '');
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const method =
      text
        .split('\f')
        .filter((page) => page.trim() !== '')
        .at(-1) ?? '';
    expect(method).toContain('Fingerprint');
    const prints = method.match(/edw:2\.0\.0:[\d.]+:[0-9a-f]{12}…/g) ?? [];
    // One a team, the team of three included: a fingerprint is a hash, not a figure.
    expect(prints).toHaveLength(3);
    // The team's own report prints the same at the foot of its pages.
    const report = await edw('report', ids.cards ?? '', '-o', 'r.pdf');
    expect(report.code).toBe(0);
    const own = execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], {
      encoding: 'utf8',
    });
    const cards = method
      .split('\n')
      .find((line) => line.trim().startsWith('Card issuing') && line.includes('edw:'));
    const cardsPrint = cards?.match(/edw:\S+…/)?.[0] ?? 'none';
    expect(own).toContain(cardsPrint);
  });

  it('names the workshop whose answers changed since, and the figures that moved', async () => {
    const file = await portfolio('--client', 'Northwind Bank');
    const db = openStore(store);
    const answer = db
      .prepare(
        'SELECT participant_id, item_id, value FROM responses WHERE workshop_id = ? ORDER BY item_id LIMIT 1',
      )
      .get(ids.cards) as { participant_id: string; item_id: string; value: number };
    closeStore(db);
    call('response:record', {
      workshopId: ids.cards,
      participantId: answer.participant_id,
      itemId: answer.item_id,
      round: 1,
      value: answer.value === 1 ? 5 : 1,
    });
    const verify = await edw('verify', file);
    expect(verify.code).toBe(1);
    expect(verify.err).toContain('the portfolio does not match the store');
    expect(verify.err).toContain(
      'workshop "Card issuing" of 2026-06-02 has changed since the PDF was made',
    );
    expect(verify.err).toMatch(/Card issuing · \S+ · value: printed [\d.]+, recomputed [\d.]+/);
    expect(verify.err).not.toContain('Mobile banking, spring');
  });

  it('names a workshop no longer in the store', async () => {
    const file = await portfolio(ids.cards ?? '', ids.onboarding ?? '');
    call('workshop:delete', { id: ids.onboarding });
    const verify = await edw('verify', file);
    expect(verify.code).toBe(1);
    expect(verify.err).toContain(
      `workshop "Customer onboarding" of 2026-07-21 is no longer in the store (id ${ids.onboarding})`,
    );
    expect(verify.err).toMatch(
      /Customer onboarding: \d+ figures printed, none in the rebuilt portfolio/,
    );
  });

  it('names, for a client, a workshop gone from it and one added to it since', async () => {
    const file = await portfolio('--client', 'Northwind Bank');
    call('workshop:delete', { id: ids.onboarding });
    call('workshop:create', {
      title: 'Payments',
      client: 'Northwind Bank',
      team: 'Payments',
      date: '2026-11-02',
      roleGroups: ['engineering'],
    });
    const verify = await edw('verify', file);
    expect(verify.code).toBe(1);
    expect(verify.err).toContain(
      `workshop "Customer onboarding" of 2026-07-21 is no longer a stored workshop of client "Northwind Bank" (id ${ids.onboarding})`,
    );
    expect(verify.err).toMatch(
      /workshop "Payments" of 2026-11-02 has been added to client "Northwind Bank" since the PDF was made/,
    );
    expect(verify.err).toMatch(/Payments: \d+ figures in the rebuilt portfolio, none printed/);
    expect(verify.err).toMatch(/Customer onboarding: \d+ figures printed, none in the rebuilt/);
  });

  it('fails naming the figure when the embedded data was altered', async () => {
    const file = await portfolio('--client', 'Northwind Bank');
    const key = packetKey('Card issuing · headline · value');
    editPdf(file, (text) => text.replace(new RegExp(`${key}[\\d.]+`), `${key}12.5`));
    const verify = await edw('verify', file);
    expect(verify.code).toBe(1);
    expect(verify.err).toMatch(/Card issuing · headline · value: printed 12\.5, recomputed [\d.]+/);
    expect(verify.err).toMatch(/0 printed figures differ; 1 of \d+ embedded figures differ/);
    // The workshops themselves are as they were.
    expect(verify.err).not.toContain('has changed since');
  });

  it('fails naming the page when a printed figure was edited and the embedded data was not', async () => {
    const file = await portfolio('--client', 'Northwind Bank');
    const page = 2;
    const text = execFileSync('pdftotext', ['-f', '2', '-l', '2', file, '-'], { encoding: 'utf8' });
    const figure = text.match(/\b\d{2}\.\d\b/)?.[0] ?? '';
    expect(figure).not.toBe('');
    const forged = `${figure.slice(0, 3)}${figure.endsWith('9') ? '0' : '9'}`;
    let edited = false;
    const bytes = editContentStreams(readFileSync(file), (content, index) => {
      const shown = `<${glyphHex(figure)}>`;
      if (edited || index !== page - 1 || !content.includes(shown)) return content;
      edited = true;
      return content.replace(shown, `<${glyphHex(forged)}>`);
    });
    expect(edited).toBe(true);
    writeFileSync(file, bytes);
    const verify = await edw('verify', file);
    expect(verify.code).toBe(1);
    expect(verify.err).toContain(`page 2 prints ${forged}; recomputed: ${figure}`);
    expect(verify.err).toMatch(/1 printed figures differ; 0 of \d+ embedded figures differ/);
  });

  it('refuses a hidden cell given a figure in the embedded data', async () => {
    const file = await portfolio('--client', 'Northwind Bank');
    const key = packetKey('Risk engine · headline · value');
    editPdf(file, (text) => text.replace(`${key}&quot;hidden&quot;`, `${key}55`));
    const verify = await edw('verify', file);
    expect(verify.code).toBe(1);
    expect(verify.err).toContain('Risk engine · headline · value: printed 55, recomputed "hidden"');
  });

  it.each([
    [
      'a file that is not a PDF',
      'not.pdf',
      2,
      'expected a portfolio PDF alone, or a report and its workshop file or id: not.pdf is not a PDF',
    ],
    [
      'a PDF that is neither report',
      'plain.pdf',
      2,
      'expected a portfolio PDF alone, or a report and its workshop file or id: plain.pdf carries no embedded figures (not a report made by this app)',
    ],
    [
      'a damaged portfolio payload',
      'damaged.pdf',
      1,
      'damaged.pdf has embedded portfolio figures that cannot be read: the file has been altered.',
    ],
    [
      'an unknown embedded payload',
      'unknown.pdf',
      1,
      'unknown.pdf has embedded figures or pages that cannot be read: the file has been altered.',
    ],
  ])('refuses %s in one line', async (_what, name, code, message) => {
    writeFileSync(join(dir, 'not.pdf'), 'just text\n');
    writeFileSync(join(dir, 'plain.pdf'), new Uint8Array(new jsPDF().output('arraybuffer')));
    const file = await portfolio(ids.cards ?? '', ids.onboarding ?? '');
    copyFileSync(file, join(dir, 'damaged.pdf'));
    editPdf(join(dir, 'damaged.pdf'), (text) => text.replace('&quot;k&quot;:5', '&quot;k&quot;:0'));
    copyFileSync(file, join(dir, 'unknown.pdf'));
    editPdf(join(dir, 'unknown.pdf'), (text) =>
      text.replace('edw-portfolio-figures/1', 'edw-xyzzyxyz-figures/1'),
    );
    const verify = await edw('verify', name);
    expect(verify.code).toBe(code);
    expect(verify.err.split('\n')[0]).toBe(`edw: ${message}`);
  });

  it('refuses a second argument for a portfolio, and a one-team report without one', async () => {
    const file = await portfolio(ids.cards ?? '', ids.onboarding ?? '');
    const both = await edw('verify', file, ids.cards ?? '');
    expect(both.code).toBe(2);
    expect(both.err.split('\n')[0]).toBe(
      `edw: ${file} is a portfolio PDF, which names its own workshops: give only the PDF`,
    );
    const report = await edw('report', ids.cards ?? '', '-o', 'r.pdf');
    expect(report.code).toBe(0);
    const alone = await edw('verify', 'r.pdf');
    expect(alone.code).toBe(2);
    expect(alone.err.split('\n')[0]).toBe(
      'edw: r.pdf is a one-team report: give its workshop file or id after it',
    );
    // The one-team form is as it was.
    const oneTeam = await edw('verify', 'r.pdf', ids.cards ?? '');
    expect(oneTeam.code).toBe(0);
  });

  it('refuses a store that is not there', async () => {
    const file = await portfolio(ids.cards ?? '');
    const run = await runEdw({ cwd: dir, env: { XDG_DATA_HOME: join(dir, 'xdg') } }, [
      'verify',
      file,
      '--data',
      join(dir, 'none.sqlite'),
    ]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('no store at');
  });
});
