import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/report/model';
import { demoReport } from './fixtures';

function allText(blocks: readonly Block[]): string {
  return JSON.stringify(blocks);
}

describe('report model', () => {
  it('has every section of the full report, in order, with the attribution on the methodology page', () => {
    const { model } = demoReport('en', 'full');
    expect(model.sections.map((section) => section.id)).toEqual([
      'summary',
      'contents',
      'map',
      'web',
      'dimension-human',
      'dimension-technical',
      'dimension-visibility',
      'dimension-execution',
      'evidence',
      'roles',
      'method',
      'appendix',
    ]);
    const method = model.sections.find((section) => section.id === 'method');
    expect(allText(method?.blocks ?? [])).toContain(
      'Human Debt™ and Execution Debt™ are concepts originated by Duena Blomstrom and applied through PeopleNotTech',
    );
    expect(model.runningHeader).toBe(
      'Payments platform — Q3 Execution Debt diagnostic · Northwind Bank',
    );
  });

  it('puts the headline, three findings and a confidence statement on the summary', () => {
    const { model, result } = demoReport('en', 'full');
    const summary = model.sections.find((section) => section.id === 'summary');
    const headline = summary?.blocks.find((block) => block.kind === 'headline');
    expect(headline).toMatchObject({ value: '64.3', band: 'Compounding' });
    expect(result.indices.executionDebtIndex).toBe(64.3);
    const findings = summary?.blocks.find((block) => block.kind === 'findings');
    expect(findings?.kind === 'findings' ? findings.items.length : 0).toBe(3);
    expect(allText(summary?.blocks ?? [])).toContain('Our overall confidence is');
    expect(allText(summary?.blocks ?? [])).toContain('12 of 12 participants answered');
  });

  it('keeps the brief to three pages: summary with a cover strip, the map, method and fingerprint', () => {
    const { model } = demoReport('en', 'brief');
    expect(model.sections.length).toBeLessThanOrEqual(3);
    expect(model.sections.map((section) => section.id)).toEqual(['summary', 'map', 'method']);
    expect(model.sections[0]?.blocks[0]?.kind).toBe('cover');
  });

  it('draws the map from the spread and shown role groups only, and says no mark is one person', () => {
    const { model, result } = demoReport('en', 'brief');
    const map = model.sections.find((section) => section.id === 'map');
    const figure = map?.blocks.find((block) => block.kind === 'figure');
    if (figure?.kind !== 'figure' || figure.figure.chart !== 'debtMap') throw new Error('no map');
    const input = figure.figure.input;
    expect(Object.keys(input).sort()).toEqual([
      'anonymityThreshold',
      'groups',
      'indices',
      'spread',
    ]);
    expect(input.spread).toEqual(result.spread);
    // A group travels with its dimension indices only, never its factor cells.
    for (const group of input.groups) {
      expect(Object.keys(group).sort()).toEqual(
        group.suppressed ? ['role', 'suppressed'] : ['dimensions', 'n', 'role', 'suppressed'],
      );
    }
    expect(figure.caption).toContain("The dotted ellipse is the room's spread");
    expect(figure.caption).toContain('No mark on the map stands for one person.');
    expect(figure.caption).not.toMatch(/anonymous participants|open circles/);
  });

  it('lists agreed interventions on the summary and on their own page when given', () => {
    const { model } = demoReport('en', 'full', [
      {
        title: 'Decision log for every release',
        because: ['decisions-not-replayable'],
        owner: 'CTO',
        due: '2027-01-15',
        successSignal: 'Every release decision replayable',
        priority: 1,
      },
    ]);
    const page = model.sections.find((section) => section.id === 'interventions');
    expect(allText(page?.blocks ?? [])).toContain('Decisions cannot be replayed or audited');
    const summary = model.sections.find((section) => section.id === 'summary');
    expect(allText(summary?.blocks ?? [])).toContain(
      'Decision log for every release (Owner: CTO · Due: 15 January 2027)',
    );
  });

  it('lists recommended interventions the room did not choose in the appendix', () => {
    const agreed = [{ title: 'Decision log for every release', priority: 0 }];
    const notChosen = [
      { title: 'Weekly inspection of reported work', because: ['unverified-work'], priority: 2 },
    ];
    const { model } = demoReport('en', 'full', agreed, notChosen);
    const appendix = model.sections.find((section) => section.id === 'appendix');
    const text = allText(appendix?.blocks ?? []);
    expect(text).toContain('Recommended interventions the room did not choose');
    expect(text).toContain('Weekly inspection of reported work');
    const summary = model.sections.find((section) => section.id === 'summary');
    expect(allText(summary?.blocks ?? [])).not.toContain('Weekly inspection of reported work');
  });

  it('never carries a suppressed role-group figure: hidden cells say n<k and the embedded data says suppressed', () => {
    const { model, result } = demoReport('en', 'full');
    const leadership = result.groups.find((group) => group.role === 'leadership');
    const hiddenCell =
      leadership && !leadership.suppressed
        ? leadership.factors.find((cell) => cell.id === 'td.pipeline')
        : undefined;
    expect(hiddenCell?.suppressed).toBe(true);

    const appendix = model.sections.find((section) => section.id === 'appendix');
    const groupTable = appendix?.blocks.find(
      (block) => block.kind === 'table' && block.title === 'Factors by role group (mean · n)',
    );
    const row =
      groupTable?.kind === 'table'
        ? groupTable.rows.find((entry) => entry.cells[0] === 'Pipeline brittleness')
        : undefined;
    // Columns: factor, engineering, leadership, product; leadership is hidden, product hidden as its complement.
    expect(row?.cells.slice(2)).toEqual(['n<3', 'n<3']);

    expect(model.embedded.figures['groups.leadership.td.pipeline']).toBe('suppressed');
    expect(
      Object.keys(model.embedded.figures).filter((key) =>
        key.startsWith('groups.leadership.td.pipeline.'),
      ),
    ).toEqual([]);
    expect(
      Object.keys(model.embedded.figures).filter((key) =>
        key.startsWith('groups.product.td.coupling.'),
      ),
    ).toEqual([]);
  });

  it('writes every text in Spanish for a Spanish workshop, accents included', () => {
    const { model } = demoReport('es', 'full');
    const titles = model.sections.map((section) => section.title);
    expect(titles).toContain('Resumen ejecutivo');
    expect(titles).toContain('Diferencias entre roles y desacuerdo');
    expect(titles).toContain('Metodología, atribución y huella');
    const text = allText(model.sections.flatMap((section) => section.blocks));
    expect(text).toContain('¿Igual hoy?');
    expect(text).toContain('Nuestra confianza global es');
    expect(text).not.toContain('Our overall confidence');
    const summary = model.sections.find((section) => section.id === 'summary');
    expect(summary?.blocks.find((block) => block.kind === 'headline')).toMatchObject({
      value: '64,3',
      band: 'En escalada',
    });
  });

  it('is pure: the same input gives the same model', () => {
    expect(JSON.stringify(demoReport('es', 'full').model)).toBe(
      JSON.stringify(demoReport('es', 'full').model),
    );
  });

  it("says how the map's team figure relates to the index on page one", () => {
    const { model, result } = demoReport('en', 'full');
    const map = model.sections.find((section) => section.id === 'map');
    const text = allText(map?.blocks ?? []);
    const structural = result.indices.executionDebt?.toFixed(1) ?? '?';
    const headline = result.indices.executionDebtIndex?.toFixed(1) ?? '?';
    expect(structural).not.toBe(headline);
    expect(text).toContain(
      `Its figure, ${structural}, is the structural Execution Debt the map draws; the index on page one, ${headline}, is that figure raised by the gap the evidence showed.`,
    );
  });
});
