// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { validateWorkshopFile } from '../../shared/format/validate-workshop-file';
import type { WorkshopFile } from '../../shared/format/workshop-file';
import { getInstrument, INSTRUMENT } from '../../shared/instrument';
import { scoreWorkshop } from '../../shared/scoring';
import { DimensionsSection } from '../../src-renderer/features/results/DimensionsSection';
import { EvidenceSection } from '../../src-renderer/features/results/EvidenceSection';
import { FindingsList } from '../../src-renderer/features/results/FindingsList';
import { consequenceOf } from '../../shared/report/consequences';
import { ResultsHeadline } from '../../src-renderer/features/results/ResultsHeadline';
import { hasAnyAnswers } from '../../src-renderer/features/results/ResultsScreen';
import { hrefFor, parseHash } from '../../src-renderer/router/routes';
import { renderIn } from '../helpers/render-in';

function loadSample(): WorkshopFile {
  const validation = validateWorkshopFile(
    JSON.parse(readFileSync('docs/sample-workshop.json', 'utf8')),
    getInstrument,
  );
  if (!validation.ok) throw new Error('the sample file must be valid');
  return validation.file;
}

const sampleFile = loadSample();
const sampleResult = scoreWorkshop(sampleFile, INSTRUMENT);

afterEach(cleanup);

describe('results route', () => {
  it('is reached from #/workshops/<id>/results and links back to it', () => {
    expect(parseHash('#/workshops/w_1/results')).toEqual({ name: 'workshop-results', id: 'w_1' });
    expect(parseHash(hrefFor({ name: 'workshop-results', id: 'a b' }))).toEqual({
      name: 'workshop-results',
      id: 'a b',
    });
  });
});

describe('results headline', () => {
  it('shows the index with one decimal and its band, in the UI language', () => {
    renderIn('en', <ResultsHeadline result={sampleResult} />);
    const index = screen.getByTestId('results-index');
    expect(index.textContent).toContain('63.0');
    expect(index.textContent).toContain('95 % interval 49.5–78.8');
    expect(index.textContent).toContain('Band: Compounding');
    // Six people: the interval crosses band boundaries, and the screen says so.
    expect(index.textContent).toContain('the band is not certain');
    cleanup();
    renderIn('es', <ResultsHeadline result={sampleResult} />);
    expect(screen.getByTestId('results-index').textContent).toContain('Nivel: En escalada');
    expect(screen.getByTestId('results-index').textContent).toContain('63,0');
    expect(screen.getByTestId('results-index').textContent).toContain('49,5–78,8');
  });

  it('says how many straight-lined, or that fewer than k did, and keeps quiet when none did', () => {
    const withStyle = (straightLiners: number | null) => ({
      ...sampleResult,
      responseStyle: { straightLiners, meanAgreement: 3.44 },
    });
    renderIn('en', <ResultsHeadline result={withStyle(4)} />);
    expect(screen.getByTestId('response-style').textContent).toContain(
      '4 participants gave one and the same answer',
    );
    expect(screen.getByTestId('response-style').textContent).toContain('Mean agreement: 3.4 of 5');
    cleanup();
    renderIn('es', <ResultsHeadline result={withStyle(null)} />);
    expect(screen.getByTestId('response-style').textContent).toContain('Menos de 3 participantes');
    expect(screen.getByTestId('response-style').textContent).toContain('3,4 de 5');
    cleanup();
    renderIn('en', <ResultsHeadline result={withStyle(0)} />);
    expect(screen.queryByTestId('response-style')).toBeNull();
  });

  it('says "not enough answers" where a figure is missing, never 0', () => {
    // Two participants are below the fewest a factor needs, so every index is null.
    const tiny: WorkshopFile = {
      ...sampleFile,
      participants: sampleFile.participants.slice(0, 2),
      responses: sampleFile.responses.filter(
        (r) => r.participant === 'p1' || r.participant === 'p2',
      ),
      realityCheck: [],
      decisions: [],
    };
    const result = scoreWorkshop(tiny, INSTRUMENT);
    expect(result.indices.humanDebt).toBeNull();
    expect(hasAnyAnswers(result)).toBe(true);
    const { container } = renderIn('en', <ResultsHeadline result={result} />);
    for (const tile of container.querySelectorAll('[data-index]')) {
      expect(within(tile as HTMLElement).getByText('Not enough answers yet')).toBeTruthy();
      expect(tile.textContent).not.toMatch(/\b0\.0\b/);
    }
    expect(screen.getByTestId('results-index').textContent).toContain('Not enough answers yet');
  });
});

describe('findings list', () => {
  it('gives severity and confidence as words and names what each finding rests on', () => {
    renderIn(
      'en',
      <FindingsList
        results={{
          result: sampleResult,
          realityCheck: sampleFile.realityCheck,
          decisions: sampleFile.decisions,
        }}
      />,
    );
    const item = screen
      .getByRole('heading', { name: 'Decisions cannot be replayed or audited' })
      .closest('li');
    expect(item).not.toBeNull();
    const text = item?.textContent ?? '';
    // The room's dv.replay is not clearly debt (its interval straddles 50): the finding rests on
    // the Decision Replay and the Reality Check alone (4 of 6 assessed checks fail: 66.7, high).
    expect(text).toContain('High severity');
    expect(text).toContain('High confidence');
    expect(text).toContain('Based on:');
    expect(text).not.toContain('statement dv.replay.1');
    expect(text).toContain(`decision “${sampleFile.decisions[0]?.title ?? ''}”`);
    expect(text).toContain(`Reality Check “${sampleFile.realityCheck[1]?.title ?? ''}”`);
  });

  it('uses the Spanish wording of findings when the UI is in Spanish', () => {
    renderIn(
      'es',
      <FindingsList results={{ result: sampleResult, realityCheck: [], decisions: [] }} />,
    );
    expect(
      screen.getByRole('heading', { name: 'Las decisiones no se pueden reconstruir ni auditar' }),
    ).toBeTruthy();
    expect(screen.getAllByText('Gravedad alta').length).toBeGreaterThan(0);
  });

  it('says what each finding costs delivery, in the UI language', () => {
    for (const lang of ['en', 'es'] as const) {
      const { unmount } = renderIn(
        lang,
        <FindingsList results={{ result: sampleResult, realityCheck: [], decisions: [] }} />,
      );
      const items = screen.getAllByRole('listitem');
      expect(items).toHaveLength(sampleResult.findings.length);
      sampleResult.findings.forEach((finding, index) => {
        const consequence = consequenceOf(finding);
        expect(consequence, finding.id).not.toBeNull();
        expect(items[index]?.textContent).toContain(consequence?.[lang] ?? '?');
      });
      expect(items[0]?.textContent).toContain(
        lang === 'en' ? 'What it costs delivery:' : 'Lo que cuesta a la entrega:',
      );
      unmount();
    }
  });
});

describe('statements many could not answer', () => {
  // Two of the six answer "can't say" to hd.load.1: 33 % is more than the 30 % that flags it.
  const unclear = {
    ...sampleFile,
    responses: sampleFile.responses.map((response) =>
      response.item === 'hd.load.1' && ['p1', 'p2'].includes(response.participant)
        ? { ...response, value: null }
        : response,
    ),
  };
  const unclearResult = scoreWorkshop(unclear, INSTRUMENT);

  it('flags only the statement with more than 30 % "can\'t say"', () => {
    expect(unclearResult.items.filter((item) => item.mostlyCantSay).map((item) => item.id)).toEqual(
      ['hd.load.1'],
    );
    // One in six (td.pipeline.1 in the sample) is not enough.
    expect(sampleResult.items.some((item) => item.mostlyCantSay)).toBe(false);
  });

  it('names the statement by its text and share under its dimension, in both languages', () => {
    const text = INSTRUMENT.items.find((item) => item.id === 'hd.load.1')?.text;
    renderIn('en', <DimensionsSection result={unclearResult} />);
    const note = screen.getByRole('note');
    expect(note.textContent).toContain(text?.en ?? '?');
    expect(note.textContent).toContain("33% “can't say” (2 of 6)");
    cleanup();
    renderIn('es', <DimensionsSection result={unclearResult} />);
    expect(screen.getByRole('note').textContent).toContain(text?.es ?? '?');
    expect(screen.getByRole('note').textContent).toContain('«no sabría decir» (2 de 6)');
    cleanup();
    renderIn('en', <DimensionsSection result={sampleResult} />);
    expect(screen.queryByRole('note')).toBeNull();
  });
});

describe('evidence not assessed', () => {
  it('counts each Decision Replay question over the decisions where it was assessed, and says how many were not', () => {
    const decisions: WorkshopFile['decisions'] = [
      ...sampleFile.decisions,
      {
        title: 'Only its title',
        deciderKnown: null,
        inputsKnown: null,
        recorded: null,
        recordedNote: '',
        replayable: null,
      },
    ];
    const file = { ...sampleFile, decisions };
    const results = {
      result: scoreWorkshop(file, INSTRUMENT),
      realityCheck: file.realityCheck,
      decisions,
    };
    renderIn('en', <EvidenceSection results={results} />);
    const table = screen.getByRole('table', { name: 'Decision Replay counts' });
    const row = within(table).getByRole('row', { name: /Who decided is known/ });
    expect(row.textContent).toContain('2 of 3 (1 not assessed)');
    cleanup();
    renderIn('es', <EvidenceSection results={results} />);
    const tabla = screen.getByRole('table', { name: 'Recuentos del Repaso de decisiones' });
    expect(tabla.textContent).toContain('2 de 3 (1 sin evaluar)');
  });
});
