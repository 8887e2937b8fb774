// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DebtMap,
  DistributionStrips,
  FactorHeatmap,
  FactorWeb,
  RealityFunnel,
} from '../../../src-renderer/charts';
import chartsEn from '../../../src-renderer/i18n/locales/charts.en.json';
import chartsEs from '../../../src-renderer/i18n/locales/charts.es.json';
import { InstrumentProvider } from '../../../src-renderer/charts/instrument-context';
import { factorWebLayout, factorWebNames, formatWebValue } from '../../../shared/charts';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';
import { INSTRUMENT_V2 } from '../../../shared/instrument';
import { scoreWorkshop } from '../../../shared/scoring';
import { scoredRoom } from '../../shared/charts/fixtures';

function renderIn(lng: 'en' | 'es', ui: ReactElement) {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    resources: { en: { translation: chartsEn }, es: { translation: chartsEs } },
    initAsync: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}

afterEach(cleanup);

// Custom role names, so the labels do not depend on the app's own role translations.
const ROLES = ['Squad A', 'Squad B', 'Squad C'];
const bigRoom = scoredRoom({ participants: 30, seed: 2, roles: ROLES });
const smallRoom = scoredRoom({ participants: 9, seed: 4, roles: ROLES });

describe('charts in the browser', () => {
  it('gives every chart a title, a reading hint, a labelled picture and a table of the figures', () => {
    const charts = [
      <DebtMap key="map" result={bigRoom} />,
      <FactorWeb key="web" result={bigRoom} />,
      <FactorHeatmap key="heat" result={bigRoom} />,
      <DistributionStrips key="strips" result={bigRoom} />,
      <RealityFunnel
        key="funnel"
        realityCheck={{
          ...bigRoom.evidence.realityCheck,
          entries: 4,
          verified: 2,
          ownerClear: 1,
          traceable: 1,
        }}
      />,
    ];
    for (const chart of charts) {
      const { container, unmount } = renderIn('en', chart);
      const figure = container.querySelector('figure');
      expect(figure?.querySelector('h3')?.textContent).toBeTruthy();
      expect(figure?.querySelector('.chart__how')?.textContent?.length).toBeGreaterThan(20);
      const svg = within(container).getByRole('img');
      expect(svg.getAttribute('aria-label')?.length).toBeGreaterThan(10);
      expect(figure?.querySelector('details table tbody tr')).not.toBeNull();
      expect(figure?.querySelector('[tabindex="0"] title')).not.toBeNull();
      unmount();
    }
  });

  it('shows a hidden heatmap cell as "n<5" and never its figure', () => {
    const { container } = renderIn('en', <FactorHeatmap result={smallRoom} />);
    const cell = container.querySelector('[data-cell="hd.load|role:Squad A"]');
    expect(cell?.getAttribute('data-kind')).toBe('suppressed');
    expect(cell?.querySelector('text')?.textContent).toBe('n<5');
    expect(cell?.textContent).not.toMatch(/\d+[.,]\d/);
    const tableRow = [...container.querySelectorAll('details tbody tr')].find((row) =>
      row.textContent?.startsWith('Cognitive load'),
    );
    const cells = [...(tableRow?.querySelectorAll('td') ?? [])].map((td) => td.textContent);
    expect(cells.slice(1)).toEqual(['n<5', 'n<5', 'n<5']);
    // The whole-room figure is still shown.
    expect(cells[0]).toMatch(/^\d+(\.\d)?$/);
  });

  it('explains a cell when it receives keyboard focus', () => {
    const { container } = renderIn('en', <FactorHeatmap result={bigRoom} />);
    const rect = container.querySelector('[data-cell="hd.load|__all__"] rect');
    if (!rect) throw new Error('cell not drawn');
    act(() => fireEvent.focus(rect));
    expect(container.querySelector('.chart__detail')?.textContent).toMatch(
      /^Cognitive load & over-commitment, Whole room: debt/,
    );
  });

  it('draws the room as a spread and its role groups, never a mark or a table row per person', () => {
    const { container } = renderIn('en', <DebtMap result={bigRoom} />);
    const shown = bigRoom.groups.filter((group) => !group.suppressed);
    expect(shown.length).toBeGreaterThan(0);
    const svg = container.querySelector('svg[role="img"]');
    const marks = [...(svg?.querySelectorAll('[tabindex="0"]') ?? [])].map(
      (mark) => mark.querySelector('title')?.textContent ?? '',
    );
    // Team, spread, one per shown group, and the band boundaries: nothing per participant.
    expect(marks.filter((label) => label.startsWith('This team'))).toHaveLength(1);
    expect(marks.filter((label) => label.startsWith("The room's spread"))).toHaveLength(1);
    expect(marks.filter((label) => label.startsWith('Role group'))).toHaveLength(shown.length);
    expect(svg?.querySelectorAll('circle')).toHaveLength(shown.length + 1);
    expect(marks.join(' ')).not.toMatch(/participant/i);

    const rows = [...container.querySelectorAll('details table tbody tr')].map(
      (row) => row.querySelector('th')?.textContent ?? '',
    );
    expect(rows).toEqual([
      'This team',
      expect.stringMatching(/^Room's spread, one standard deviation \(30 people/),
      ...shown.map((group) =>
        expect.stringMatching(new RegExp(`^Role group ${group.role} \\(n = `)),
      ),
    ]);
    expect(rows.length).toBeLessThan(bigRoom.n.respondents);
  });

  it('says why a spread or a role group is not drawn', () => {
    const hidden = {
      ...bigRoom,
      spread: { suppressed: true as const, reason: 'below_threshold' as const },
      groups: [
        ...bigRoom.groups,
        { role: 'Squad D', suppressed: true as const, reason: 'below_threshold' as const },
      ],
    };
    const { container } = renderIn('en', <DebtMap result={hidden} />);
    expect(screen.getByText(/spread is not drawn because fewer than 5 people/)).toBeTruthy();
    expect(screen.getByText(/Role groups of fewer than 5 people/)).toBeTruthy();
    expect(container.textContent).not.toContain('Squad D');
    cleanup();
    // A room below k: no spread, no group, no figure at all.
    const tinyRoom = scoredRoom({ participants: 4, seed: 4, roles: ROLES });
    expect(tinyRoom.spread.suppressed).toBe(true);
    const tiny = renderIn('en', <DebtMap result={tinyRoom} />);
    expect(tiny.container.querySelectorAll('svg circle, svg [tabindex="0"]')).toHaveLength(0);
    expect(tiny.container.querySelectorAll('details tbody tr')).toHaveLength(0);
  });

  it('recomputes the map when the facilitator restores visibility with the slider', () => {
    renderIn('en', <DebtMap result={bigRoom} />);
    const slider = screen.getByLabelText(/What if decision visibility were restored/);
    act(() => fireEvent.change(slider, { target: { value: '0' } }));
    expect(
      // Full visibility halves the structural debt; it does not erase it.
      screen.getByText(
        /With a visibility deficit of 0\.0 instead of .* would be [1-9][\d.]* \(\w+\)/,
      ),
    ).toBeTruthy();
    act(() => fireEvent.click(screen.getByRole('button', { name: /Back to the team/ })));
    expect(screen.queryByText(/With a visibility deficit of/)).toBeNull();
  });

  it('flags a split room in words, not by colour alone', () => {
    const split = {
      ...bigRoom,
      factors: bigRoom.factors.map((factor) =>
        factor.id === 'dv.replay' ? { ...factor, agreement: 'split' as const } : factor,
      ),
    };
    const { container } = renderIn('en', <DistributionStrips result={split} />);
    const row = container.querySelector('[data-row="dv.replay"]');
    expect(row?.textContent).toContain('Split room');
    expect(container.querySelector('[data-row="dv.explain"]')?.textContent).not.toContain(
      'Split room',
    );
  });

  it('speaks Spanish when the workshop does', () => {
    const { container } = renderIn(
      'es',
      <RealityFunnel
        realityCheck={{
          ...bigRoom.evidence.realityCheck,
          entries: 4,
          verified: 2,
          partly: 1,
          ownerClear: 1,
          traceable: 1,
        }}
      />,
    );
    expect(container.querySelector('h3')?.textContent).toBe('Embudo de realidad');
    expect(container.textContent).toContain('2 de 4 (50 %)');
    expect(container.textContent).toContain('+1 en parte');
  });

  it('names the factor web’s factors exactly as the instrument does, 2.0.0 and Spanish included', () => {
    const result = scoreWorkshop(demoWorkshopFile({ instrument: INSTRUMENT_V2 }), INSTRUMENT_V2);
    const names = factorWebNames(INSTRUMENT_V2, 'es');
    const layout = factorWebLayout(result, {
      names: names.factors,
      dimensionNames: names.dimensions,
    });
    const { container } = renderIn(
      'es',
      <InstrumentProvider value={INSTRUMENT_V2}>
        <FactorWeb result={result} />
      </InstrumentProvider>,
    );
    expect(container.querySelector('h3')?.textContent).toBe(
      'Vínculos que supone el modelo entre los factores en 50 o más',
    );
    const svgText = [...container.querySelectorAll('svg text')].map((node) => node.textContent);
    // The picture prints the lines the shared layout wrapped, so screen and PDF read alike.
    for (const node of layout.nodes) {
      for (const line of node.lines) expect(svgText, node.id).toContain(line.text);
      // One decimal with the Spanish comma, exactly as the report prints it.
      expect(svgText, node.id).toContain(formatWebValue(node.mean, 'es'));
    }
    expect(svgText).not.toContain('Carga');
    expect(container.querySelector('details tbody th')?.textContent).toBe(
      names.factors[layout.nodes[0]?.id ?? ''],
    );
    // At most three chains, each named in full; the strongest links' reasons keyed by letter.
    const chains = container.querySelectorAll('.chart__paths ol li');
    expect(chains.length).toBe(layout.chains.length);
    expect(chains.length).toBeLessThanOrEqual(3);
    expect(chains[0]?.textContent).toContain('Carga mental y exceso de compromisos');
    expect(container.querySelectorAll('.chart__reasons li')).toHaveLength(3);
    expect(container.textContent).toContain('docs/scoring.md');
  });

  it('says in words when no assumed link joins two factors at 50 or more', () => {
    const calm = {
      factors: bigRoom.factors.map((factor) => ({
        ...factor,
        mean: factor.id === 'hd.load' ? 70 : 30,
      })),
    };
    const { container } = renderIn('en', <FactorWeb result={calm} />);
    expect(container.querySelector('svg text')?.textContent).toBe(
      'No two factors at 50 or more are joined by a link the model assumes.',
    );
    expect(container.querySelectorAll('svg rect')).toHaveLength(0);
    expect(container.textContent).toContain(
      'No chain of two or more assumed links joins factors at 50 or more.',
    );
    expect(container.textContent).toContain(
      'Also at 50 or more, with no assumed link to another such factor: Cognitive load & over-commitment.',
    );
  });
});
