import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/domain/workshop';
import type { WorkshopFile } from '../../../shared/format/workshop-file';
import { STRAIGHT_LINE_MIN_ITEMS } from '../../../shared/scoring/constants';
import type { AnswerValue } from '../../../shared/instrument/types';
import { buildPortfolio, portfolioThreshold } from '../../../shared/portfolio/build';
import { portfolioCsv } from '../../../shared/portfolio/csv';
import type { PortfolioResult, PortfolioWorkshop } from '../../../shared/portfolio/types';
import { embeddedPortfolio, HIDDEN } from '../../../shared/report/portfolio/embedded-portfolio';
import { scoreWorkshop } from '../../../shared/scoring';
import type { ScoreResult } from '../../../shared/scoring/result';
import { makeFile, SMALL_INSTRUMENT } from '../scoring/fixtures';

// The portfolio's anonymity property (docs/anonymity.md, "Portfolio"): nothing in it moves when
// the answers behind a hidden cell change, so no reading of the portfolio, alone or beside any one
// team's own output, can recover a hidden figure; and every figure it shows is one the team's own
// result shows.

const RUNS = 250;
const MAX_PEOPLE = 10;
const FACTORS = SMALL_INSTRUMENT.factors.length;
const ITEMS = SMALL_INSTRUMENT.items;

const answerArb: fc.Arbitrary<AnswerValue | 'skip'> = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5) },
  { weight: 1, arbitrary: fc.constant<AnswerValue>(null) },
  { weight: 1, arbitrary: fc.constant<'skip'>('skip') },
);

/** One workshop of a team: its people, how many of them reach each factor, and their answers. */
const workshopArb = fc.record({
  team: fc.constantFrom('Pagos', 'pagos ', 'Págos', 'Cards', 'Risk', ''),
  date: fc.constantFrom('2026-01-12', '2026-02-09', '2026-03-02'),
  k: fc.integer({ min: 3, max: 5 }),
  people: fc.integer({ min: 1, max: MAX_PEOPLE }),
  // Only the first `reach` people answer a factor: many factors end up below k in some teams.
  reach: fc.array(fc.integer({ min: 0, max: MAX_PEOPLE }), {
    minLength: FACTORS,
    maxLength: FACTORS,
  }),
  answers: fc.array(fc.array(answerArb, { minLength: ITEMS.length, maxLength: ITEMS.length }), {
    minLength: MAX_PEOPLE,
    maxLength: MAX_PEOPLE,
  }),
});
type WorkshopSpec = typeof workshopArb extends fc.Arbitrary<infer T> ? T : never;

const factorIndex = new Map(SMALL_INSTRUMENT.factors.map((factor, index) => [factor.id, index]));

function fileOf(spec: WorkshopSpec): WorkshopFile {
  const participants = Array.from({ length: spec.people }, (_, index) => ({
    id: `p${index + 1}`,
    alias: `Alias ${index + 1}`,
    role: 'engineering',
  }));
  const responses: WorkshopFile['responses'] = [];
  participants.forEach((participant, person) => {
    ITEMS.forEach((item, column) => {
      const reach = spec.reach[factorIndex.get(item.factor) ?? 0] ?? 0;
      const value = spec.answers[person]?.[column] ?? 'skip';
      if (person < reach && value !== 'skip') {
        responses.push({ participant: participant.id, item: item.id, round: 1, value });
      }
    });
  });
  return makeFile({ k: spec.k, participants, responses, realityCheck: [], decisions: [] });
}

function workshopOf(id: string, spec: WorkshopSpec, file: WorkshopFile): PortfolioWorkshop {
  return {
    id,
    title: `Workshop ${id}`,
    date: spec.date,
    team: spec.team,
    client: 'Client',
    followsId: null,
    result: scoreWorkshop(file, SMALL_INSTRUMENT),
  };
}

function portfolioOf(workshops: PortfolioWorkshop[]): PortfolioResult {
  return buildPortfolio(workshops, portfolioThreshold(workshops));
}

/**
 * What the portfolio PDF embeds for `edw verify` (its workshops traced as `edw portfolio` traces
 * them), but for the workshops' fingerprints: a fingerprint hashes every answer given, so it
 * changes with any answer by design (that is what makes it one), tells no figure, and is the one
 * the team's own report already prints.
 */
function embeddedWithoutFingerprints(workshops: readonly PortfolioWorkshop[]): unknown {
  const embedded = embeddedPortfolio(
    portfolioOf([...workshops]),
    {
      selection: { client: 'Client' },
      workshops: workshops.map((workshop) => ({
        id: workshop.id,
        title: workshop.title,
        date: workshop.date,
        fingerprint: workshop.result.fingerprint.value,
      })),
    },
    { language: 'en', generatedAt: '2026-11-26T09:00:00Z' },
  );
  return {
    ...embedded,
    workshops: embedded.workshops.map(({ fingerprint: _fingerprint, ...rest }) => rest),
  };
}

/**
 * Everything a reader can get from the portfolio: its data, its CSV in every language, and what
 * its PDF embeds.
 */
function everything(workshops: PortfolioWorkshop[]): string {
  const portfolio = portfolioOf(workshops);
  return JSON.stringify([
    portfolio,
    ...LANGUAGES.map((language) => portfolioCsv(portfolio, language)),
    embeddedWithoutFingerprints(workshops),
  ]);
}

/**
 * Which of each person's dimensions the scorer sets aside as straight-lined. Changing hidden
 * answers can change it, and with it figures the team's own results show; the property is about
 * what the portfolio adds, so such draws are skipped.
 */
function straightLined(file: WorkshopFile): string {
  const seen = new Map<string, { values: Set<number>; count: number; keyed: Set<string> }>();
  const items = new Map(ITEMS.map((item) => [item.id, item]));
  for (const response of file.responses) {
    const item = items.get(response.item);
    if (!item || response.round !== 1 || typeof response.value !== 'number') continue;
    const key = `${response.participant}|${item.dimension}`;
    const entry = seen.get(key) ?? { values: new Set(), count: 0, keyed: new Set() };
    entry.values.add(response.value);
    entry.count += 1;
    entry.keyed.add(item.keyed);
    seen.set(key, entry);
  }
  return [...seen]
    .filter(
      ([, entry]) =>
        entry.count >= STRAIGHT_LINE_MIN_ITEMS &&
        entry.values.size === 1 &&
        !entry.values.has(3) &&
        entry.keyed.size === 2,
    )
    .map(([key]) => key)
    .sort()
    .join(',');
}

/** Factors whose figures the portfolio hides for this workshop (all of them when its room is). */
function hiddenFactors(result: ScoreResult, k: number): string[] {
  const roomHidden = result.roomWithheld || result.n.respondents < k;
  return result.factors
    .filter((factor) => roomHidden || factor.withheld || factor.mean === null || factor.n < k)
    .map((factor) => factor.id);
}

const portfolioArb = fc.array(workshopArb, { minLength: 2, maxLength: 5 });

describe('portfolio anonymity (property)', () => {
  it('changing the answers behind a hidden cell changes nothing in the portfolio, its CSV or what its PDF embeds', () => {
    let perturbed = 0;
    fc.assert(
      fc.property(
        portfolioArb,
        fc.nat(),
        fc.nat(),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 40 }),
        (specs, pickWorkshop, pickFactor, newValues) => {
          const files = specs.map(fileOf);
          const workshops = specs.map((spec, index) =>
            workshopOf(`w${index}`, spec, files[index] as WorkshopFile),
          );
          const k = portfolioThreshold(workshops);
          const before = everything(workshops);

          const target = pickWorkshop % workshops.length;
          const result = workshops[target]?.result as ScoreResult;
          const hidden = hiddenFactors(result, k);
          if (hidden.length === 0) return;
          const roomHidden = hidden.length === result.factors.length;
          // A hidden room: any of its answers; otherwise the answers of one hidden factor.
          const factors = new Set(roomHidden ? hidden : [hidden[pickFactor % hidden.length]]);
          const itemFactor = new Map(
            ITEMS.map((item) => [item.id, `${item.id.split('.')[0]}.${item.factor}`]),
          );
          const file = files[target] as WorkshopFile;
          let next = 0;
          const changed: WorkshopFile = {
            ...file,
            responses: file.responses.map((response) => {
              if (
                typeof response.value !== 'number' ||
                !factors.has(itemFactor.get(response.item) ?? '')
              ) {
                return response;
              }
              const value = newValues[next++ % newValues.length] as AnswerValue;
              return { ...response, value };
            }),
          };
          fc.pre(straightLined(changed) === straightLined(file));
          if (JSON.stringify(changed) !== JSON.stringify(file)) perturbed += 1;

          const again = [...workshops];
          again[target] = workshopOf(`w${target}`, specs[target] as WorkshopSpec, changed);
          const rescored = again[target]?.result as ScoreResult;
          // Still hidden, behind the same number of people.
          expect(hiddenFactors(rescored, k)).toEqual(hidden);
          expect(everything(again)).toBe(before);
        },
      ),
      { numRuns: RUNS, seed: 20261126 },
    );
    // The generator must really exercise hidden cells, not pass by never changing one.
    expect(perturbed).toBeGreaterThan(RUNS / 4);
  });

  it("every figure the portfolio shows is the figure the team's own result shows", () => {
    fc.assert(
      fc.property(portfolioArb, (specs) => {
        const workshops = specs.map((spec, index) => workshopOf(`w${index}`, spec, fileOf(spec)));
        const portfolio = portfolioOf(workshops);
        const byId = new Map(workshops.map((workshop) => [workshop.id, workshop.result]));
        for (const team of portfolio.teams) {
          const own = byId.get(team.workshopId) as ScoreResult;
          portfolio.columns.forEach((column, index) => {
            const cell = team.cells[index];
            if (!cell?.shown) return;
            expect(own.roomWithheld).toBe(false);
            if (column.kind === 'headline') {
              expect(cell).toEqual({
                shown: true,
                value: own.indices.executionDebtIndex,
                interval: own.indices.executionDebtIndexInterval,
                n: own.n.respondents,
                band: own.indices.band,
              });
            } else if (column.kind === 'dimension') {
              const dimension = own.dimensions.find((entry) => entry.id === column.id);
              expect(cell).toEqual({
                shown: true,
                value: dimension?.index,
                interval: dimension?.interval,
                n: dimension?.n,
                band: null,
              });
            } else {
              const factor = own.factors.find((entry) => entry.id === column.id);
              expect(factor?.withheld).toBe(false);
              expect(cell).toEqual({
                shown: true,
                value: factor?.mean,
                interval: factor?.interval,
                n: factor?.n,
                band: null,
              });
            }
            expect(cell.n).toBeGreaterThanOrEqual(portfolio.anonymityThreshold);
          });
          for (const point of team.trend) {
            if (point.headline === null) continue;
            expect(point.headline).toBe(byId.get(point.workshopId)?.indices.executionDebtIndex);
          }
        }
        // The PDF's embedded figures: a hidden cell is the word "hidden", with no interval or n.
        const { figures } = embeddedPortfolio(
          portfolio,
          { selection: { client: 'Client' }, workshops: [] },
          { language: 'en', generatedAt: '' },
        );
        for (const team of portfolio.teams) {
          portfolio.columns.forEach((column, index) => {
            const key = `${team.label} · ${column.id}`;
            const cell = team.cells[index];
            expect(figures[`${key} · value`]).toBe(cell?.shown ? cell.value : HIDDEN);
            if (!cell?.shown) {
              for (const field of ['low', 'high', 'n', 'band']) {
                expect(figures).not.toHaveProperty([`${key} · ${field}`]);
              }
            }
          });
        }
        for (const point of portfolio.map) {
          const team = portfolio.teams.find((entry) => entry.label === point.team);
          const own = byId.get(team?.workshopId ?? '') as ScoreResult;
          expect([point.humanDebt, point.technicalDebt, point.visibilityDeficit]).toEqual([
            own.indices.humanDebt,
            own.indices.technicalDebt,
            own.indices.visibilityDeficit,
          ]);
        }
      }),
      { numRuns: RUNS, seed: 20261126 },
    );
  });
});
