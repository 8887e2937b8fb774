import { beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { INSTRUMENT_V2 } from '../../../shared/instrument';
import type { InstrumentItem } from '../../../shared/instrument/types';
import { buildPortfolio, portfolioThreshold } from '../../../shared/portfolio/build';
import { loadReportFonts } from '../../../src-main/report/fonts';
import { dispatchServed } from '../../../src-main/services/dispatch';
import { offloadHeavyWork } from '../../../src-main/services/heavy-work';
import { loadPortfolioWorkshops } from '../../../src-main/services/portfolio-service';
import { createHeavyPool } from '../../../src-main/workers/heavy-pool';
import { parseCsv } from '../../helpers/csv-reader';
import { serviceHarness, type Harness } from '../../helpers/service-harness';
import { dumpTables } from '../../helpers/temp-db';
import { makeFile } from '../../shared/scoring/fixtures';

// The portfolio channels through dispatch over a real SQLite file: workshops stored, answered
// and scored as the app does, then compared by ids and by client.

/** Debt on every factor: debt-keyed 4–5, health-keyed 1–2. */
function debtAnswer(person: number, item: InstrumentItem): 1 | 2 | 4 | 5 {
  const strong = (person + item.id.length) % 2 === 0;
  return item.keyed === 'debt' ? (strong ? 5 : 4) : strong ? 1 : 2;
}

/** A workshop stored as the app stores an imported file: set-up, participants, answers. */
function storeWorkshop(
  h: Harness,
  setUp: { title: string; client: string; team: string; date: string },
  people: number,
): string {
  const participants = Array.from({ length: people }, (_, index) => ({
    id: `p${index + 1}`,
    alias: `Alias ${index + 1}`,
    role: 'engineering',
  }));
  const file = makeFile({
    k: 5,
    participants,
    responses: participants.flatMap((participant, index) =>
      INSTRUMENT_V2.items.map((item) => ({
        participant: participant.id,
        item: item.id,
        round: 1 as const,
        value: debtAnswer(index, item),
      })),
    ),
    realityCheck: [],
    decisions: [],
  });
  const workshop = { ...file.workshop, ...setUp, instrumentVersion: INSTRUMENT_V2.version };
  return h.call('workshop:importFile', { file: { ...file, workshop } }).id;
}

let h: Harness;
let ids: { first: string; followUp: string; cards: string; other: string };

beforeEach(() => {
  h = serviceHarness();
  ids = {
    first: storeWorkshop(
      h,
      {
        title: 'Payments, January',
        client: 'Acme Bank',
        team: 'Payments',
        date: '2026-01-10',
      },
      6,
    ),
    followUp: storeWorkshop(
      h,
      {
        title: 'Payments, March',
        client: 'acme bank ',
        team: 'payments',
        date: '2026-03-10',
      },
      6,
    ),
    cards: storeWorkshop(
      h,
      {
        title: 'Cards',
        client: 'Ácme Bank',
        team: 'Cards',
        date: '2026-02-01',
      },
      3,
    ),
    other: storeWorkshop(
      h,
      {
        title: 'Risk',
        client: 'Other Co',
        team: 'Risk',
        date: '2026-02-15',
      },
      6,
    ),
  };
});

describe('portfolio channels', () => {
  it('lists each client once (compared like team names, as the newest workshop writes it)', () => {
    h.call('workshop:openDemo', { language: 'en' });
    const { clients } = h.call('portfolio:clients', {});
    const real = clients.filter((entry) => !entry.demo);
    expect(real).toEqual([
      { client: 'acme bank', workshops: 3, demo: false },
      { client: 'Other Co', workshops: 1, demo: false },
    ]);
    expect(clients.filter((entry) => entry.demo)).toHaveLength(1);
  });

  it('builds by client and by ids alike: a team per name, its latest workshop its row, the earlier its trend', () => {
    const byClient = h.call('portfolio:build', { client: '  ACME BANK' });
    const byIds = h.call('portfolio:build', {
      workshopIds: [ids.cards, ids.followUp, ids.first],
    });
    expect(byIds).toEqual(byClient);
    expect(byClient.teams.map((team) => [team.label, team.workshopId, team.withheld])).toEqual([
      ['Cards', ids.cards, true],
      ['payments', ids.followUp, false],
    ]);
    const payments = byClient.teams[1];
    expect(payments?.trend.map((point) => point.workshopId)).toEqual([ids.first, ids.followUp]);
    expect(payments?.trend.every((point) => point.headline !== null)).toBe(true);
    // The row is the workshop's own result, as its results screen shows it.
    const own = h.call('workshop:results', { id: ids.followUp });
    expect(payments?.cells[0]).toMatchObject({
      shown: true,
      value: own.indices.executionDebtIndex,
      n: 6,
    });
    expect(byClient.instrumentVersions).toEqual(['2.0.0']);
    expect(byClient.map.map((point) => point.team)).toEqual(['payments']);
  });

  it('the loader the PDF and the CLI share gives what the channel builds from', () => {
    const workshops = loadPortfolioWorkshops(h.db, { client: 'acme bank' });
    expect(workshops.map((workshop) => workshop.id).sort()).toEqual(
      [ids.first, ids.followUp, ids.cards].sort(),
    );
    expect(buildPortfolio(workshops, portfolioThreshold(workshops))).toEqual(
      h.call('portfolio:build', { client: 'acme bank' }),
    );
  });

  it('writes one CSV row per team and column, with a BOM, in the language asked for', () => {
    const csv = h.call('portfolio:csv', { client: 'Acme Bank', language: 'es' });
    expect(csv.filename).toBe('portfolio-2026-03-10.csv');
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const portfolio = h.call('portfolio:build', { client: 'Acme Bank' });
    const rows = parseCsv(csv.text);
    expect(rows[0]?.[0]).toBe('team');
    expect(rows).toHaveLength(1 + portfolio.teams.length * portfolio.columns.length + 1);
    const cards = rows.filter((row) => row[0] === 'Cards');
    expect(cards.every((row) => row[7] === '' && row[11]?.startsWith('oculto'))).toBe(true);
    const headline = rows.find((row) => row[0] === 'payments' && row[3] === 'headline');
    expect(headline?.[4]).toBe('Índice de Deuda de Ejecución');
    expect(Number(headline?.[7])).toBe(
      portfolio.teams[1]?.cells[0]?.shown ? portfolio.teams[1].cells[0].value : NaN,
    );
  });

  it('refuses bad selections with a clear error and changes nothing', () => {
    const before = dumpTables(h.db);
    const many = Array.from({ length: 51 }, (_, index) => `id-${index}`);
    expect(h.fail('portfolio:build', { workshopIds: [] })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'workshopIds', message: 'must name at least one workshop' }],
    });
    expect(h.fail('portfolio:build', { workshopIds: many })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'workshopIds', message: 'must name at most 50 workshops' }],
    });
    expect(h.fail('portfolio:build', { workshopIds: [ids.first, ids.first] })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'workshopIds[1]', message: `names workshop ${ids.first} twice` }],
    });
    expect(h.fail('portfolio:build', { workshopIds: [ids.first, 'nope'] })).toEqual({
      code: 'not_found',
      message: 'No workshop with id nope',
    });
    expect(h.fail('portfolio:build', { client: '   ' })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'client', message: 'must name a client' }],
    });
    expect(h.fail('portfolio:csv', { client: 'Nobody Ltd' })).toEqual({
      code: 'not_found',
      message: 'No stored workshop has the client "Nobody Ltd"',
    });
    expect(h.fail('portfolio:build', {})).toMatchObject({ code: 'invalid_input' });
    expect(
      h.fail('portfolio:build', { client: 'Acme Bank', workshopIds: [ids.first] }),
    ).toMatchObject({ code: 'invalid_input' });
    expect(h.fail('portfolio:csv', { client: 'Acme Bank', language: 'it' })).toMatchObject({
      code: 'invalid_input',
    });
    expect(dumpTables(h.db)).toEqual(before);
  });

  it('is served from the heavy-work thread with the same result, errors included', async () => {
    const pool = createHeavyPool({ fonts: () => loadReportFonts() });
    onTestFinished(() => pool.close());
    const deps = {
      clock: () => new Date(),
      dataFile: h.file,
      version: 't',
      transport: 'http' as const,
    };
    const served = offloadHeavyWork(h.db, deps, h.handlers, pool);
    const selection = { client: 'Acme Bank' };
    expect(await dispatchServed(served, 'portfolio:build', selection)).toEqual({
      ok: true,
      value: h.call('portfolio:build', selection),
    });
    expect(await dispatchServed(served, 'portfolio:csv', { ...selection, language: 'de' })).toEqual(
      { ok: true, value: h.call('portfolio:csv', { ...selection, language: 'de' }) },
    );
    expect(await dispatchServed(served, 'portfolio:build', { workshopIds: ['nope'] })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No workshop with id nope' },
    });
    h.call('run:start', { workshopId: ids.other });
    h.call('run:lock', { workshopId: ids.other, pin: '2468' });
    const refused = await dispatchServed(served, 'portfolio:build', selection);
    expect(refused).toMatchObject({ ok: false, error: { code: 'private_mode' } });
  });

  it('is closed in private mode, like every facilitator channel', () => {
    h.call('run:start', { workshopId: ids.other });
    h.call('run:lock', { workshopId: ids.other, pin: '2468' });
    for (const channel of ['portfolio:clients', 'portfolio:build', 'portfolio:csv']) {
      expect(h.fail(channel, { client: 'Acme Bank' })).toMatchObject({ code: 'private_mode' });
    }
  });
});
