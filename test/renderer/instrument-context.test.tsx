// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { INSTRUMENT_V1, INSTRUMENT_V2 } from '../../shared/instrument';
import { InstrumentProvider } from '../../src-renderer/charts/instrument-context';
import { AggregateView } from '../../src-renderer/features/present/AggregateView';
import { messages } from '../../src-renderer/i18n/messages';
import type { PresenterState } from '../../shared/run/api';

const t = i18next.createInstance();
void t.init({ lng: 'en', resources: { en: { translation: messages.en } }, initAsync: false });

const result: NonNullable<PresenterState['result']> = {
  current: {
    statements: [
      {
        itemId: 'hd.load.1',
        suppressed: false as const,
        n: 5,
        cantSay: 0,
        notApplicable: 0,
        counts: [1, 1, 1, 1, 1],
      },
    ],
    factors: [],
  },
  previous: null,
  round: 1,
  convergence: null,
};

describe('statements on the projector come from the workshop’s own instrument', () => {
  it('shows hd.load.1 as the 2.0.0 sentence in a 2.0.0 workshop, and as 1.0.0’s otherwise', () => {
    const text = (version: typeof INSTRUMENT_V1) =>
      version.items.find((item) => item.id === 'hd.load.1')?.text.en ?? '';
    expect(text(INSTRUMENT_V1)).not.toBe(text(INSTRUMENT_V2));
    const view = render(
      <InstrumentProvider value={INSTRUMENT_V2}>
        <AggregateView result={result} language="en" t={t.t} k={3} />
      </InstrumentProvider>,
    );
    expect(screen.getByText(text(INSTRUMENT_V2))).toBeTruthy();
    expect(screen.queryByText(text(INSTRUMENT_V1))).toBeNull();
    view.unmount();
    render(<AggregateView result={result} language="en" t={t.t} k={3} />);
    expect(screen.getByText(text(INSTRUMENT_V1))).toBeTruthy();
  });
});
