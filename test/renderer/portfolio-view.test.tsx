// @vitest-environment jsdom
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { PortfolioResult } from '../../shared/portfolio/types';
import { PortfolioView } from '../../src-renderer/features/portfolio/PortfolioView';
import { portfolioFixture } from '../helpers/portfolio-fixture';
import { appI18n, renderIn } from '../helpers/render-in';

const FIGURE = /\d+[.,]\d/;

afterEach(cleanup);

describe('the portfolio view', () => {
  const result = portfolioFixture();
  const view = (portfolio: PortfolioResult = result, lng: 'en' | 'de' = 'en') =>
    renderIn(lng, <PortfolioView result={portfolio} choice={{ client: 'Northwind' }} />);

  it('shows a withheld team by name and "fewer than k answered", and nothing else', () => {
    const { container } = view();
    const band = container.querySelector('[data-withheld="risk"]');
    expect(band?.querySelector('text')?.textContent).toBe('Fewer than 5 answered');
    expect(band?.textContent).not.toMatch(FIGURE);
    expect(container.querySelectorAll('[data-cell^="risk|"]')).toHaveLength(0);
    expect(container.querySelector('[data-team-label="risk"]')?.textContent).toContain('Risk');
    // Not on the map, said so under it; no trend either.
    expect(container.querySelector('[data-map-team="Risk"]')).toBeNull();
    expect(container.textContent).toContain('Not drawn: Risk');
    expect(container.querySelector('[data-trend-team="Risk"]')).toBeNull();
  });

  it('prints a value and n in every shown cell and no figure in a hidden one', () => {
    const { container } = view();
    const shown = [...container.querySelectorAll('[data-kind="value"]')];
    expect(shown).toHaveLength(5 * result.columns.length - 2);
    for (const cell of shown) expect(cell.textContent).toMatch(/^\d+\.\d+n=\d+$/);
    const below = container.querySelector('[data-kind="below_threshold"]');
    const empty = container.querySelector('[data-kind="no_data"]');
    expect(below?.textContent).toBe('<5');
    expect(empty?.textContent).toBe('–');
    for (const cell of [below, empty]) {
      expect(cell?.textContent).not.toMatch(FIGURE);
      expect(cell?.querySelector('rect')?.getAttribute('fill')).not.toMatch(/^#(?!ffffff)/i);
      expect(cell?.getAttribute('aria-label') ?? '').not.toMatch(FIGURE);
    }
  });

  it('says a cell’s interval in words when it receives keyboard focus', () => {
    const { container } = view();
    const rect = container.querySelector('[data-cell="payments|0"] rect');
    if (!rect) throw new Error('cell not drawn');
    act(() => fireEvent.focus(rect));
    expect(container.querySelector('.chart__detail')?.textContent).toMatch(
      /^Payments, Execution Debt Index: \d+\.\d \(\w+\), likely between \d+\.\d and \d+\.\d, n = 8\.$/,
    );
  });

  it('says a cell’s sentence while it is pointed at, and the map’s ground too', () => {
    const { container } = view();
    const heatmapDetail = container.querySelector('.chart--portfolio-heatmap .chart__detail');
    const rect = container.querySelector('[data-cell="payments|0"] rect');
    if (!rect) throw new Error('cell not drawn');
    act(() => fireEvent.mouseOver(rect));
    expect(heatmapDetail?.textContent).toBe(rect.getAttribute('aria-label'));
    act(() => fireEvent.mouseOut(rect));
    expect(heatmapDetail?.textContent).toMatch(/^Point at a mark/);
    // The map's shaded ground says where the pointer is, with no tab stop.
    const ground = container.querySelectorAll('.chart--map g[aria-hidden="true"] rect');
    expect(ground.length).toBeGreaterThan(100);
    const last = ground[ground.length - 1];
    if (!last) throw new Error('no ground');
    act(() => fireEvent.mouseOver(last));
    expect(container.querySelector('.chart--map .chart__detail')?.textContent).toMatch(
      /Human Debt 98\.0.*Technical Debt 98\.0/,
    );
    expect(last.getAttribute('tabindex')).toBeNull();
  });

  it('writes the cells again when the language changes while they are on screen', async () => {
    // Drawn in English, then the language changes: the cells are German, not kept English ones.
    const i18n = appI18n('en');
    const again = render(
      <I18nextProvider i18n={i18n}>
        <PortfolioView result={result} choice={{ client: 'Northwind' }} />
      </I18nextProvider>,
    );
    const cell = () =>
      again.container.querySelector('[data-cell="payments|0"] rect')?.getAttribute('aria-label');
    expect(cell()).toMatch(/likely between/);
    await act(async () => {
      await i18n.changeLanguage('de');
    });
    expect(cell()).toMatch(/wahrscheinlich zwischen/);
  });

  it('writes a team name with markup characters as text, never as markup', () => {
    const name = '<b onclick="x()">R&D</b> \'Ops\'';
    const renamed: PortfolioResult = {
      ...result,
      teams: result.teams.map((team) =>
        team.key === 'payments' ? { ...team, label: name } : team,
      ),
    };
    const { container } = view(renamed);
    const rect = container.querySelector('[data-cell="payments|0"] rect');
    expect(rect?.getAttribute('aria-label')).toContain(`${name}, `);
    expect(container.querySelector('.chart--portfolio-heatmap b')).toBeNull();
    expect(container.querySelector('[onclick]')).toBeNull();
  });

  it('lists systemic patterns before local ones, with counts of teams', () => {
    const { container } = view();
    const items = [...container.querySelectorAll('.portfolio-patterns li')].map(
      (li) => li.textContent,
    );
    expect(items).toEqual([
      'Replayability & audit trail is high in 4 of 5 teams.',
      'Cognitive load & over-commitment is high in 1 of 5 teams (Checkout).',
    ]);
  });

  it('draws one map point per mapped team and a trend only for a team with follow-ups', () => {
    const { container } = view();
    expect(container.querySelectorAll('[data-map-team]')).toHaveLength(result.map.length);
    const trends = [...container.querySelectorAll('[data-trend-team]')];
    expect(trends.map((entry) => entry.getAttribute('data-trend-team'))).toEqual(['Payments']);
    expect(trends[0]?.textContent).toContain('71.5 →');
  });

  it('says which factors are compared when instrument versions differ, and none when they do not', () => {
    expect(view().container.querySelector('[data-testid="portfolio-versions"]')).toBeNull();
    cleanup();
    const mixed: PortfolioResult = {
      ...result,
      instrumentVersions: ['1.0.0', '2.0.0'],
      factorsNotShared: ['hd.trust', 'td.coordination'],
      columns: result.columns.filter(
        (column) => column.id !== 'hd.trust' && column.id !== 'td.coordination',
      ),
    };
    const note = view(mixed).container.querySelector('[data-testid="portfolio-versions"]');
    expect(note?.textContent).toBe(
      'Compared on the 20 factors both instrument versions (1.0.0 and 2.0.0) share; left out: Trust within the team and Coordination cost between teams.',
    );
    cleanup();
    const german = view(mixed, 'de').container.querySelector('[data-testid="portfolio-versions"]');
    expect(german?.textContent).toContain('Verglichen werden die 20 Faktoren');
  });
});
