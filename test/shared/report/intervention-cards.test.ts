import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/domain/workshop';
import { NEW_WORKSHOP_INSTRUMENT } from '../../../shared/instrument';
import {
  actionPlanForReport,
  CATALOGUE,
  MOVEMENT_POINTS,
  recommendInterventions,
  reportInterventions,
  type ActionPlanAction,
} from '../../../shared/interventions';
import {
  detectableFall,
  groupedReasons,
  RECOMMENDED_CARDS,
  successSignal,
} from '../../../shared/report/intervention-cards';
import type { Block } from '../../../shared/report/model';
import { renderReportPdf } from '../../../shared/report/render-pdf';
import { scoreWorkshop } from '../../../shared/scoring';
import { demoReport, shippedFonts } from './fixtures';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';

type Card = Extract<Block, { kind: 'card' }>;

const action = (over: Partial<ActionPlanAction>): ActionPlanAction => ({
  interventionId: null,
  title: '',
  description: '',
  owner: '',
  dueDate: null,
  successSignal: '',
  targets: [],
  selected: true,
  votes: 0,
  position: 0,
  ...over,
});

/** The demo workshop asks the instrument a new workshop asks. */
const INSTRUMENT = NEW_WORKSHOP_INSTRUMENT;

/** The demo's report as `edw report` builds it: the plan from these actions, or none. */
function demoWithPlan(language: Language, actions: ActionPlanAction[] = []) {
  const result = scoreWorkshop(demoWorkshopFile({ language }), INSTRUMENT);
  const plan = reportInterventions(
    actionPlanForReport({
      language,
      recommendations: recommendInterventions(result),
      findings: result.findings,
      actions,
      instrument: INSTRUMENT,
    }),
  );
  return demoReport(language, 'full', plan.recommendations, plan.alsoRecommended);
}

function cardsOf(report: ReturnType<typeof demoWithPlan>): Card[] {
  const section = report.model.sections.find((entry) => entry.id === 'interventions');
  return (section?.blocks ?? []).filter((block): block is Card => block.kind === 'card');
}

const row = (card: Card | undefined, label: string) =>
  card?.rows.find((entry) => entry.label === label)?.text ?? '';

describe('intervention cards', () => {
  it('gives each of the top recommendations a card with every piece, labelled as not agreed', () => {
    const report = demoWithPlan('en');
    const recommendations = recommendInterventions(report.result);
    const cards = cardsOf(report);
    expect(cards).toHaveLength(RECOMMENDED_CARDS);
    cards.forEach((card, index) => {
      const recommendation = recommendations[index];
      const intervention = CATALOGUE.interventions.find(
        (entry) => entry.id === recommendation?.interventionId,
      );
      expect(card.title).toBe(`${index + 1}. ${intervention?.title.en ?? '?'}`);
      expect(card.badge).toBe('Recommended, not yet agreed by the team');
      expect(card.rows.map((entry) => entry.label)).toEqual([
        'What',
        'Why',
        'First step this week',
        'Owner',
        'Timescale',
        'Success signal',
        'How the follow-up checks it',
      ]);
      expect(row(card, 'What')).toBe(intervention?.what.en);
      expect(row(card, 'First step this week')).toBe(intervention?.firstStep.en);
      expect(row(card, 'Owner')).toContain(`Suggested: ${intervention?.owner.en ?? '?'}.`);
      expect(row(card, 'Timescale')).toMatch(/^Start this week; /);
      // Why: its findings counted, then the catalogue's reason.
      const count = recommendation?.triggeredBy.length ?? 0;
      expect(row(card, 'Why')).toMatch(
        count === 1
          ? /^Called for by one finding: /
          : new RegExp(`^Called for by ${count} findings: `),
      );
      expect(row(card, 'Why')).toContain(intervention?.why.en ?? '?');
    });
    // The rest are listed once, in a table after the cards.
    const section = report.model.sections.find((entry) => entry.id === 'interventions');
    const table = section?.blocks.find((block) => block.kind === 'table');
    expect(table?.kind === 'table' ? table.rows.length : 0).toBe(
      recommendations.length - RECOMMENDED_CARDS,
    );
  });

  it('writes success as debt falling by the smallest change the room’s n can show', () => {
    const report = demoWithPlan('en');
    const signals = cardsOf(report).map((card) => row(card, 'Success signal'));
    let checked = 0;
    for (const signal of signals) {
      for (const match of signal.matchAll(
        /[Dd]ebt on (.+?) from (\d+) to (\d+) or lower by the follow-up/g,
      )) {
        const factor = report.result.factors.find(
          (entry) =>
            INSTRUMENT.factors.find(
              (info) => entry.id.endsWith(`.${info.id}`) && info.label.en === match[1],
            ) !== undefined,
        );
        expect(factor, match[1]).toBeDefined();
        if (!factor || factor.mean === null || factor.interval === null) continue;
        const from = Math.round(factor.mean);
        expect(Number(match[2])).toBe(from);
        expect(Number(match[3])).toBe(from - detectableFall(factor));
        expect(from - Number(match[3])).toBeGreaterThanOrEqual(MOVEMENT_POINTS);
        // The target lies below the whole 95 % interval's lower half: a fall the n can tell apart.
        expect(Number(match[3])).toBeLessThanOrEqual(
          Math.round(factor.mean - (factor.interval.high - factor.interval.low) / 2),
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(RECOMMENDED_CARDS);
  });

  it('derives the fall from the interval’s half-width, never under the trend’s movement threshold', () => {
    expect(detectableFall({ interval: { low: 57.4, high: 76.0 } })).toBe(10);
    expect(detectableFall({ interval: { low: 60, high: 64 } })).toBe(MOVEMENT_POINTS);
    expect(detectableFall({ interval: null })).toBe(MOVEMENT_POINTS);
  });

  it('writes the perspective swap’s success as role gaps narrowing under the line, in either language', () => {
    for (const language of ['en', 'es'] as const) {
      const { result } = demoWithPlan(language);
      const swap = recommendInterventions(result).find(
        (entry) => entry.interventionId === 'perception-swap',
      );
      const gap = result.roleGaps.find((entry) => entry.factor === 'er.ai');
      if (!swap || !gap) throw new Error('the demo has an AI role gap behind the swap');
      const text = successSignal(
        { lang: language, result, factorName: (id) => id },
        { title: 'swap', interventionId: swap.interventionId, findings: swap.triggeredBy },
      );
      const figure = language === 'es' ? gap.gap.toFixed(1).replace('.', ',') : gap.gap.toFixed(1);
      expect(text).toContain(
        language === 'en'
          ? `he gap between Engineering and Leadership on er.ai from ${figure} to under 25 points`
          : `a diferencia entre Ingeniería y Dirección en «er.ai» de ${figure} a menos de 25 puntos`,
      );
    }
  });

  it('never invents a fall: a target on the health side or without a figure keeps the catalogue’s signal', () => {
    const { result } = demoWithPlan('en');
    const base = result.factors[0];
    if (!base) throw new Error('the demo has factors');
    const factor = (id: string, mean: number | null) => ({
      ...base,
      id,
      mean,
      withheld: mean === null,
      interval: mean === null ? null : { low: mean - 6.2, high: mean + 6.2 },
    });
    const ctx = (factors: ReturnType<typeof factor>[]) => ({
      lang: 'en' as const,
      result: { ...result, factors },
      factorName: (id: string) => id,
    });
    const entry = {
      title: 'x',
      targets: ['er.progress', 'dv.explain'],
      successSignal: {
        en: 'The catalogue’s signal.',
        es: 'La señal del catálogo.',
        de: 'Das Signal des Katalogs.',
        fr: 'Le signal du catalogue.',
      },
    };
    // The room rates progress as healthy (25) and explainability has no figure.
    expect(successSignal(ctx([factor('er.progress', 25), factor('dv.explain', null)]), entry)).toBe(
      'The catalogue’s signal.',
    );
    // With debt to lose on one target, that one falls by the interval's half-width, rounded up.
    expect(
      successSignal(ctx([factor('er.progress', 66.6), factor('dv.explain', null)]), entry),
    ).toBe(
      'Debt on er.progress from 67 to 60 or lower by the follow-up; dv.explain: too few answers for a figure now; the follow-up gives the first one.',
    );
  });

  it('groups and counts the findings behind a card, never repeating a title', () => {
    const report = demoWithPlan('en');
    const section = report.model.sections.find((entry) => entry.id === 'interventions');
    const text = JSON.stringify(section?.blocks ?? []);
    expect(text).not.toContain('Triggered by');
    // Many findings of one per-factor rule are one group, counted, with a few names: the demo's
    // clear debts outside page one's top three.
    const top = new Set(report.result.findings.slice(0, 3).map((finding) => finding.id));
    const levels = report.result.findings
      .filter((finding) => finding.rule === 'factor-level' && !top.has(finding.id))
      .map((finding) => finding.id);
    expect(levels.length).toBeGreaterThan(4);
    const grouped = groupedReasons(
      { lang: 'en', result: report.result, factorName: (id) => `<${id}>` },
      levels,
    );
    expect(grouped).toContain(`Clear debt — ${levels.length} factors: `);
    expect(grouped).toMatch(new RegExp(`and ${levels.length - 3} more`));
    expect(grouped.match(/<[a-z]{2}\.[a-z]+>/g)).toHaveLength(3);
    for (const card of cardsOf(report)) {
      const why = row(card, 'Why');
      for (const finding of report.result.findings) {
        const title = finding.title.en;
        expect(why.split(title).length - 1, `${card.title}: ${title}`).toBeLessThanOrEqual(1);
      }
    }
    // A finding page one shows is named with its number there.
    expect(row(cardsOf(report)[0], 'Why')).toContain(
      `${report.result.findings[0]?.title.en ?? '?'} (what matters most, 1)`,
    );
  });

  it('shows an agreed plan with the named owner, the due date and the votes, in Spanish', () => {
    const log = CATALOGUE.interventions.find((entry) => entry.id === 'decision-log');
    if (!log) throw new Error('no decision log in the catalogue');
    const report = demoWithPlan('es', [
      // Saved in an English workshop: the catalogue's texts as they were filled in.
      action({
        interventionId: 'decision-log',
        title: log.title.en,
        description: log.what.en,
        owner: 'Ana Ruiz',
        dueDate: '2026-12-15',
        votes: 2,
        targets: ['dv.replay', 'dv.explain'],
        successSignal: log.successSignal.en,
      }),
      action({
        title: 'Café de riesgos',
        description: 'Cada viernes, quince minutos para nombrar riesgos.',
        owner: 'Luis Mora',
        votes: 1,
        position: 1,
        successSignal: 'Dos riesgos nombrados por semana',
      }),
    ]);
    const section = report.model.sections.find((entry) => entry.id === 'interventions');
    expect(section?.title).toBe('El plan de acción acordado');
    const [logCard, coffee] = cardsOf(report);
    // The catalogue's texts in the report's language, not as the English workshop saved them.
    expect(logCard?.title).toBe(`1. ${log.title.es}`);
    expect(row(logCard, 'Qué')).toBe(log.what.es);
    expect(logCard?.badge).toBe('Acordada por la sala · 2 votos');
    expect(row(logCard, 'Responsable')).toBe(
      'Ana Ruiz (rol sugerido: Quien preside la reunión de decisión)',
    );
    expect(row(logCard, 'Plazo')).toMatch(
      /^Fecha límite: 15 de diciembre de 2026\. Empezar esta semana/,
    );
    expect(row(logCard, 'Señal de éxito')).toMatch(
      /^Deuda en «.+» de \d+ a \d+ o menos en el seguimiento/,
    );
    // The catalogue's own signal is not repeated as the room's.
    expect(row(logCard, 'Señal de éxito')).not.toContain('Señal propia de la sala');
    expect(coffee?.badge).toBe('Acordada por la sala · 1 voto');
    expect(row(coffee, 'Qué')).toBe('Cada viernes, quince minutos para nombrar riesgos.');
    expect(row(coffee, 'Por qué')).toBe('Acción propia de la sala, añadida durante el taller.');
    expect(row(coffee, 'Señal de éxito')).toBe(
      'Señal propia de la sala: Dos riesgos nombrados por semana',
    );
    expect(row(coffee, 'Primer paso esta semana')).toBe('');
    // The recommendations the room did not choose go to the appendix, grouped as on the cards.
    const appendix = JSON.stringify(
      report.model.sections.find((entry) => entry.id === 'appendix')?.blocks ?? [],
    );
    expect(appendix).toContain('Intervenciones recomendadas que la sala no eligió');
    expect(appendix).toContain('Los grupos de rol ven otra realidad — ');
  });
});

describe('intervention cards in the PDF', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'edw-cards-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const pages = (language: Language): string[] => {
    const report = demoWithPlan(language);
    const path = join(dir, `${language}.pdf`);
    writeFileSync(path, renderReportPdf(report.model, { fonts: shippedFonts() }));
    return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })
      .split('\f')
      .map((page) => page.replace(/\s+/g, ' '));
  };

  for (const [language, labels, badge] of [
    [
      'en',
      [
        'What',
        'Why',
        'First step this week',
        'Owner',
        'Timescale',
        'Success signal',
        'How the follow-up checks it',
      ],
      'Recommended, not yet agreed by the team',
    ],
    [
      'es',
      [
        'Qué',
        'Por qué',
        'Primer paso esta semana',
        'Responsable',
        'Plazo',
        'Señal de éxito',
        'Cómo lo comprueba el seguimiento',
      ],
      'Recomendada, aún no acordada por el equipo',
    ],
  ] as const) {
    it(`prints every card whole on one page, with all its pieces (${language})`, () => {
      const text = pages(language);
      const recommendations = recommendInterventions(
        scoreWorkshop(demoWorkshopFile({ language }), INSTRUMENT),
      );
      for (const [index, recommendation] of recommendations.slice(0, RECOMMENDED_CARDS).entries()) {
        const intervention = CATALOGUE.interventions.find(
          (entry) => entry.id === recommendation.interventionId,
        );
        const heading = `${index + 1}. ${intervention?.title[language] ?? '?'}`;
        const page = text.find((entry) => entry.includes(heading));
        expect(page, heading).toBeDefined();
        // The card's own pieces are on the page its title is on: it never splits.
        const from = page?.indexOf(heading) ?? 0;
        const card = page?.slice(from) ?? '';
        expect(card).toContain(badge);
        for (const label of labels) expect(card, `${heading}: ${label}`).toContain(label);
        expect(card).toContain(intervention?.firstStep[language].slice(0, 40) ?? '?');
      }
      const all = text.join(' ');
      expect(all).toMatch(
        language === 'en'
          ? /Debt on .+? from \d+ to \d+ or lower by the follow-up/
          : /Deuda en «.+?» de \d+ a \d+ o menos en el seguimiento/,
      );
      expect(all).not.toContain(language === 'en' ? 'Triggered by' : 'Motivada por');
    });
  }
});
