import { describe, expect, it } from 'vitest';
import { INSTRUMENT_V1, INSTRUMENT_V2 } from '../../../shared/instrument';
import { buildPortfolio, portfolioThreshold } from '../../../shared/portfolio/build';
import { portfolioCsv } from '../../../shared/portfolio/csv';
import { PortfolioResultSchema, type PortfolioWorkshop } from '../../../shared/portfolio/types';
import { parseCsv } from '../../helpers/csv-reader';
import {
  debtSide,
  neutral,
  scoredWorkshop,
  splitRoom,
  straightLining,
  type AnswerRule,
} from './rooms';

const team = (id: string, name: string, rule: AnswerRule, people = 6, date = '2026-03-01') =>
  scoredWorkshop(INSTRUMENT_V2, { id, team: name, date, people }, rule);

function build(workshops: PortfolioWorkshop[]) {
  const portfolio = buildPortfolio(workshops, portfolioThreshold(workshops));
  // Whatever the builder returns must satisfy the schema the screens and the PDF rely on.
  return PortfolioResultSchema.parse(portfolio);
}

describe('buildPortfolio: no diagnosis from noise', () => {
  it.each([
    ['neutral', neutral],
    ['straight-lining', straightLining],
    ['split', splitRoom],
  ] as const)('four %s rooms give no pattern at all', (_, rule) => {
    const portfolio = build(['a', 'b', 'c', 'd'].map((id) => team(id, `Team ${id}`, rule)));
    expect(portfolio.patterns).toEqual([]);
  });

  it('a split room has intervals straddling the neutral 50, so it is no pattern either', () => {
    const room = team('a', 'A', splitRoom);
    const replay = room.result.factors.find((factor) => factor.id === 'dv.replay');
    expect(replay?.interval?.low).toBeLessThan(50);
    expect(replay?.interval?.high).toBeGreaterThan(50);
  });
});

describe('buildPortfolio: systemic and local patterns', () => {
  it('a factor high in 3 of 4 teams is systemic; high in 1 of 4 it is local', () => {
    const debtOnReplay: AnswerRule = (person, item) =>
      item.factor === 'replay' ? debtSide(person, item) : neutral(person, item);
    const portfolio = build([
      team('a', 'Alpha', debtSide),
      team('b', 'Bravo', debtSide),
      team('c', 'Charlie', debtOnReplay),
      team('d', 'Delta', neutral),
    ]);
    const replay = portfolio.patterns.find((pattern) => pattern.factor === 'dv.replay');
    expect(replay).toMatchObject({
      kind: 'systemic',
      highTeams: ['Alpha', 'Bravo', 'Charlie'],
      shownTeams: 4,
      dimension: 'visibility',
    });
    const load = portfolio.patterns.find((pattern) => pattern.factor === 'hd.load');
    expect(load).toMatchObject({ kind: 'systemic', highTeams: ['Alpha', 'Bravo'], shownTeams: 4 });
    // Sorted by how many teams: replay (3) before every factor high in two.
    expect(portfolio.patterns[0]?.factor).toBe('dv.replay');
    expect(portfolio.patterns.map((pattern) => pattern.highTeams.length)).toEqual(
      [...portfolio.patterns.map((pattern) => pattern.highTeams.length)].sort((a, b) => b - a),
    );

    const oneTeam = build([
      team('a', 'Alpha', debtSide),
      team('b', 'Bravo', neutral),
      team('c', 'Charlie', neutral),
      team('d', 'Delta', neutral),
    ]);
    expect(oneTeam.patterns.every((pattern) => pattern.kind === 'local')).toBe(true);
    expect(oneTeam.patterns.find((pattern) => pattern.factor === 'dv.replay')).toMatchObject({
      highTeams: ['Alpha'],
      shownTeams: 4,
    });
  });

  it('two teams high on everything are local, not systemic: two rooms are not a pattern', () => {
    const portfolio = build([team('a', 'Alpha', debtSide), team('b', 'Bravo', debtSide)]);
    expect(portfolio.patterns.length).toBeGreaterThan(0);
    expect(portfolio.patterns.every((pattern) => pattern.kind === 'local')).toBe(true);
  });
});

describe('buildPortfolio: k inside every team', () => {
  it('a team below k shows nothing: no cell, no map point, no pattern vote, no trend figure', () => {
    const small = team('s', 'Small', debtSide, 4);
    const portfolio = build([
      small,
      team('a', 'Alpha', debtSide),
      team('b', 'Bravo', debtSide),
      team('c', 'Charlie', debtSide),
    ]);
    const row = portfolio.teams.find((entry) => entry.label === 'Small');
    expect(row?.withheld).toBe(true);
    expect(row?.cells.every((cell) => !cell.shown && cell.reason === 'below_threshold')).toBe(true);
    expect(row?.trend).toEqual([{ workshopId: 's', date: '2026-03-01', headline: null }]);
    expect(portfolio.map.map((point) => point.team)).toEqual(['Alpha', 'Bravo', 'Charlie']);
    for (const pattern of portfolio.patterns) {
      expect(pattern.highTeams).not.toContain('Small');
      expect(pattern.shownTeams).toBe(3);
    }
    const csv = parseCsv(portfolioCsv(portfolio, 'en'));
    const smallRows = csv.filter((line) => line[0] === 'Small');
    expect(smallRows).toHaveLength(portfolio.columns.length);
    for (const line of smallRows) {
      expect(line.slice(6, 11)).toEqual(['', '', '', '', '']);
      expect(line[11]).toBe('hidden: fewer than 5 people answered in this team');
    }
  });

  it('a factor fewer than k answered is hidden in that team only, and the dimension shows its own index', () => {
    // Only four people answer replay in Alpha.
    const fewOnReplay: AnswerRule = (person, item) =>
      item.factor === 'replay' && person >= 4 ? undefined : debtSide(person, item);
    const portfolio = build([team('a', 'Alpha', fewOnReplay), team('b', 'Bravo', debtSide)]);
    const column = portfolio.columns.findIndex((entry) => entry.id === 'dv.replay');
    const [alpha, bravo] = portfolio.teams;
    expect(alpha?.cells[column]).toEqual({ shown: false, reason: 'below_threshold' });
    expect(bravo?.cells[column]?.shown).toBe(true);
    const visibility = portfolio.columns.findIndex((entry) => entry.id === 'visibility');
    expect(alpha?.cells[visibility]).toMatchObject({
      shown: true,
      value: alpha ? portfolioFigure(alpha.workshopId) : -1,
    });
    expect(portfolio.patterns.find((entry) => entry.factor === 'dv.replay')?.shownTeams).toBe(1);

    function portfolioFigure(id: string): number | null {
      const source = id === 'a' ? team('a', 'Alpha', fewOnReplay) : null;
      return source?.result.dimensions.find((entry) => entry.id === 'visibility')?.index ?? null;
    }
  });

  it('the strictest k of the workshops applies: a team of 5 at k = 5 beside one at k = 7 is hidden', () => {
    const strict = scoredWorkshop(
      INSTRUMENT_V2,
      { id: 's', team: 'Strict', date: '2026-03-01', people: 8, k: 7 },
      debtSide,
    );
    const five = team('f', 'Five', debtSide, 5);
    const portfolio = build([strict, five]);
    expect(portfolio.anonymityThreshold).toBe(7);
    expect(portfolio.teams.find((entry) => entry.label === 'Five')?.withheld).toBe(true);
    expect(portfolio.teams.find((entry) => entry.label === 'Strict')?.withheld).toBe(false);
  });
});

describe('buildPortfolio: instrument versions', () => {
  it('compares 1.0.0 and 2.0.0 only on the factors both have, and says which were left out', () => {
    const old = scoredWorkshop(
      INSTRUMENT_V1,
      { id: 'o', team: 'Old', date: '2026-01-05', people: 6 },
      debtSide,
    );
    const current = team('n', 'New', debtSide);
    const portfolio = build([old, current]);
    expect(portfolio.instrumentVersions).toEqual(['1.0.0', '2.0.0']);
    expect(portfolio.factorsNotShared).toEqual([
      'hd.trust',
      'hd.learning',
      'hd.autonomy',
      'td.coordination',
    ]);
    const factorColumns = portfolio.columns.filter((column) => column.kind === 'factor');
    expect(factorColumns.map((column) => column.id)).toEqual(
      INSTRUMENT_V1.factors.map((factor) => {
        const prefix = { human: 'hd', technical: 'td', visibility: 'dv', execution: 'er' }[
          factor.dimension
        ];
        return `${prefix}.${factor.id}`;
      }),
    );
    expect(portfolio.columns.slice(0, 5).map((column) => column.id)).toEqual([
      'headline',
      'human',
      'technical',
      'visibility',
      'execution',
    ]);
    expect(portfolio.patterns.some((pattern) => pattern.factor === 'hd.trust')).toBe(false);
    const csv = parseCsv(portfolioCsv(portfolio, 'en'));
    const note = csv.find((line) => line[3] === 'instruments');
    expect(note?.[2]).toBe('1.0.0 2.0.0');
    expect(note?.[11]).toBe(
      'Teams answered instruments 1.0.0, 2.0.0: compared only on the factors they share; not compared: hd.trust, hd.learning, hd.autonomy, td.coordination.',
    );
  });

  it('one version: every factor of it is a column and nothing is left out', () => {
    const portfolio = build([team('a', 'A', neutral), team('b', 'B', neutral)]);
    expect(portfolio.factorsNotShared).toEqual([]);
    expect(portfolio.columns).toHaveLength(5 + INSTRUMENT_V2.factors.length);
  });
});

describe('buildPortfolio: teams and trends', () => {
  it('groups names trimmed, case- and accent-insensitive; the latest workshop is the row, the rest the trend, oldest first', () => {
    const portfolio = build([
      team('w3', 'pagos ', debtSide, 6, '2026-03-01'),
      team('w1', 'Págos', neutral, 6, '2026-01-10'),
      team('w2', 'Pagos', debtSide, 6, '2026-03-01'),
      team('x', 'Cards', neutral, 6, '2026-02-01'),
    ]);
    expect(portfolio.teams.map((entry) => entry.label)).toEqual(['Cards', 'pagos']);
    const pagos = portfolio.teams[1];
    // Same date: the id breaks the tie, so w3 is the latest.
    expect(pagos?.workshopId).toBe('w3');
    expect(pagos?.key).toBe('pagos');
    expect(pagos?.trend.map((point) => point.workshopId)).toEqual(['w1', 'w2', 'w3']);
    expect(pagos?.trend.every((point) => point.headline !== null)).toBe(true);
    expect(pagos?.trend[0]?.headline).toBeLessThan(pagos?.trend[2]?.headline ?? 0);
    expect(portfolio.teams[0]?.trend).toHaveLength(1);
  });

  it('a workshop with no team name is a team of its own, named by its title', () => {
    const a = scoredWorkshop(
      INSTRUMENT_V2,
      { id: 'a', team: '  ', title: 'Kick-off', date: '2026-01-01', people: 6 },
      neutral,
    );
    const b = scoredWorkshop(
      INSTRUMENT_V2,
      { id: 'b', team: '', title: 'Kick-off', date: '2026-02-01', people: 6 },
      neutral,
    );
    const portfolio = build([a, b]);
    // Two teams of the same name would make a pattern's team list ambiguous: the date tells them apart.
    expect(portfolio.teams.map((entry) => [entry.label, entry.trend.length])).toEqual([
      ['Kick-off (2026-01-01)', 1],
      ['Kick-off (2026-02-01)', 1],
    ]);
  });

  it('teams whose labels collide are told apart by date, then by number, in patterns and on the map too', () => {
    const untitled = (id: string, title: string, date: string) =>
      scoredWorkshop(INSTRUMENT_V2, { id, team: '', title, date, people: 6 }, debtSide);
    const workshops = [
      untitled('k1', 'Kick-off', '2026-03-12'),
      untitled('k2', 'kick-off ', '2026-03-12'),
      untitled('k3', 'Kick-off', '2026-04-02'),
      // A named team whose name another workshop has as its title.
      team('p', 'Payments', debtSide),
      untitled('q', 'Payments', '2026-02-01'),
      team('u', 'Unique', debtSide),
    ];
    const portfolio = build(workshops);
    const labels = portfolio.teams.map((entry) => entry.label);
    expect(labels).toEqual([
      'Kick-off (2026-03-12, 1)',
      'kick-off (2026-03-12, 2)',
      'Kick-off (2026-04-02)',
      'Payments (2026-02-01)',
      'Payments (2026-03-01)',
      'Unique',
    ]);
    const distinct = (list: readonly string[]) =>
      new Set(list.map((label) => label.trim().toLowerCase())).size === list.length;
    expect(distinct(labels)).toBe(true);
    expect(portfolio.patterns.length).toBeGreaterThan(0);
    for (const pattern of portfolio.patterns) {
      expect(distinct(pattern.highTeams)).toBe(true);
      expect(pattern.highTeams.every((label) => labels.includes(label))).toBe(true);
    }
    expect(portfolio.map.map((point) => point.team).sort()).toEqual([...labels].sort());
    // The same in any order.
    expect(JSON.stringify(build([...workshops].reverse()))).toBe(JSON.stringify(portfolio));
  });

  it('the same workshops in any order give the same portfolio', () => {
    const workshops = [
      team('a', 'Alpha', debtSide),
      team('b', 'Bravo', neutral, 6, '2026-01-01'),
      team('c', 'Bravo', debtSide),
      team('d', 'Delta', splitRoom),
    ];
    const forward = JSON.stringify(build(workshops));
    expect(JSON.stringify(build([...workshops].reverse()))).toBe(forward);
    expect(
      JSON.stringify(
        build(
          [workshops[2], workshops[0], workshops[3], workshops[1]].flatMap((w) => (w ? [w] : [])),
        ),
      ),
    ).toBe(forward);
  });

  it('the map holds teams whose three indices are shown, with their headline and band', () => {
    const portfolio = build([team('a', 'Alpha', debtSide), team('b', 'Bravo', neutral)]);
    const alpha = team('a', 'Alpha', debtSide).result.indices;
    expect(portfolio.map[0]).toEqual({
      team: 'Alpha',
      humanDebt: alpha.humanDebt,
      technicalDebt: alpha.technicalDebt,
      visibilityDeficit: alpha.visibilityDeficit,
      headline: alpha.executionDebtIndex,
      band: alpha.band,
    });
    expect(portfolio.map).toHaveLength(2);
  });
});
