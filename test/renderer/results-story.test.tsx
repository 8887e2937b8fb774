// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { validateWorkshopFile } from '../../shared/format/validate-workshop-file';
import type { Action } from '../../shared/interventions';
import { getInstrument, instrumentOf } from '../../shared/instrument';
import { scoreWorkshop } from '../../shared/scoring';
import { InstrumentProvider } from '../../src-renderer/charts/instrument-context';
import { FindingsList } from '../../src-renderer/features/results/FindingsList';
import { HowSure } from '../../src-renderer/features/results/HowSure';
import { agreedActions } from '../../src-renderer/features/results/WhatToDoFirst';
import {
  hrefFor,
  parseHash,
  RESULTS_TABS,
  routeKey,
  screenKey,
} from '../../src-renderer/router/routes';
import { renderIn } from '../helpers/render-in';

const STATEMENT_CODE = /\b(hd|td|dv|er)\.[a-z]+\.\d\b/;

const validation = validateWorkshopFile(
  JSON.parse(readFileSync('docs/sample-workshop.json', 'utf8')),
  getInstrument,
);
if (!validation.ok) throw new Error('the sample file must be valid');
const file = validation.file;
const instrument = instrumentOf(file.workshop.instrumentVersion);
const result = scoreWorkshop(file, instrument);
const results = { result, realityCheck: file.realityCheck, decisions: file.decisions };

afterEach(cleanup);

describe('results tabs in the address', () => {
  it('reads and writes every tab, the summary being the plain results address', () => {
    expect(hrefFor({ name: 'workshop-results', id: 'w 1', tab: 'summary' })).toBe(
      '#/workshops/w%201/results',
    );
    expect(parseHash('#/workshops/w_1/results/summary')).toEqual({
      name: 'workshop-results',
      id: 'w_1',
    });
    for (const tab of RESULTS_TABS.filter((entry) => entry !== 'summary')) {
      const href = hrefFor({ name: 'workshop-results', id: 'w_1', tab });
      expect(href).toBe(`#/workshops/w_1/results/${tab}`);
      expect(parseHash(href)).toEqual({ name: 'workshop-results', id: 'w_1', tab });
    }
  });

  it('refuses a tab it does not know', () => {
    expect(parseHash('#/workshops/w_1/results/everything')).toEqual({
      name: 'not-found',
      path: '/workshops/w_1/results/everything',
    });
  });

  it('keeps the screen when only the tab changes, but asks the lock about every address', () => {
    const maps = { name: 'workshop-results', id: 'w_1', tab: 'maps' } as const;
    const plain = { name: 'workshop-results', id: 'w_1' } as const;
    expect(screenKey(maps)).toBe(screenKey(plain));
    expect(routeKey(maps)).not.toBe(routeKey(plain));
  });
});

describe('findings quote statements', () => {
  it('names each statement by its wording in the UI language, never by its code', () => {
    const withStatements = result.findings.find((finding) =>
      finding.inputs.some((input) => STATEMENT_CODE.test(input)),
    );
    expect(withStatements, 'the sample has a finding resting on statements').toBeDefined();
    const itemId = withStatements?.inputs.find((input) => STATEMENT_CODE.test(input)) ?? '';
    const item = instrument.items.find((entry) => entry.id === itemId);
    for (const lang of ['en', 'es'] as const) {
      const { container, unmount } = renderIn(
        lang,
        <InstrumentProvider value={instrument}>
          <FindingsList results={results} />
        </InstrumentProvider>,
      );
      const text = container.textContent ?? '';
      expect(text).not.toMatch(STATEMENT_CODE);
      expect(text).toContain(
        lang === 'en' ? `statement “${item?.text.en}”` : `la afirmación «${item?.text.es}»`,
      );
      unmount();
    }
  });

  it('gives the three that matter most in the summary, and a way to all of them', () => {
    renderIn(
      'en',
      <InstrumentProvider value={instrument}>
        <FindingsList results={results} top={3} more={<a href="#all">all</a>} />
      </InstrumentProvider>,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Why: the 3 findings that matter most',
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(
      result.findings.slice(0, 3).map((finding) => finding.title.en),
    );
    expect(screen.getByRole('link', { name: 'all' })).toBeTruthy();
    expect(screen.queryByText('Based on:')).toBeNull();
    expect(screen.queryByText(result.findings[0]?.detail.en ?? '?')).toBeNull();
    expect(screen.getAllByText('What it costs delivery:')).toHaveLength(3);
  });
});

describe('why, when nothing was found', () => {
  it('says no finding was triggered under a plain "Why"', () => {
    renderIn(
      'en',
      <FindingsList results={{ ...results, result: { ...result, findings: [] } }} top={3} />,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Why');
    expect(screen.getByText(/No finding was triggered/)).toBeTruthy();
  });
});

describe('how sure', () => {
  it('states the confidence and what it rests on, in English and Spanish', () => {
    renderIn('en', <HowSure result={result} />);
    const en = screen.getByTestId('results-sure').textContent ?? '';
    expect(en).toContain('How sure');
    expect(en).toMatch(/(Low|Medium|High) confidence/);
    expect(en).toContain(`${result.n.respondents} of ${result.n.participants} participants`);
    cleanup();
    renderIn('es', <HowSure result={result} />);
    const es = screen.getByTestId('results-sure').textContent ?? '';
    expect(es).toContain('Qué grado de certeza tenemos');
    expect(es).toMatch(/Confianza (baja|media|alta)/);
    expect(es).toContain(`Respondieron ${result.n.respondents} de ${result.n.participants}`);
  });
});

describe('what to do first', () => {
  const action = (id: string, votes: number, position: number, selected = true): Action => ({
    id,
    workshopId: 'w_1',
    interventionId: null,
    title: id,
    description: '',
    owner: '',
    dueDate: null,
    successSignal: '',
    targets: [],
    selected,
    votes,
    position,
    createdAt: '2026-11-21T10:00:00.000Z',
    updatedAt: '2026-11-21T10:00:00.000Z',
  });

  it('lists the agreed actions only, most voted first, ties in the order chosen', () => {
    const plan = agreedActions([
      action('a', 1, 0),
      action('b', 4, 1),
      action('c', 9, 2, false),
      action('d', 1, 3),
    ]);
    expect(plan.map((entry) => entry.id)).toEqual(['b', 'a', 'd']);
  });
});
