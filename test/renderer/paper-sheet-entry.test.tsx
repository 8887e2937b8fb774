// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PaperSheet } from '../../shared/paper/schemas';
import { messages } from '../../src-renderer/i18n/messages';

// Keying a paper sheet never waits for the host: the cursor moves on while an answer is being
// written, and an answer the host refuses is shown as not saved, naming its statement.

interface Pending {
  channel: string;
  input: { itemId: string; value: unknown };
  resolve: () => void;
  reject: (error: Error) => void;
}
const writes: Pending[] = [];

vi.mock('../../src-renderer/api/client', () => ({
  api: {
    call: vi.fn(
      (channel: string, input: Pending['input']) =>
        new Promise<unknown>((resolve, reject) => {
          if (channel !== 'response:record' && channel !== 'clientStatement:answer') {
            return resolve([]);
          }
          writes.push({ channel, input, resolve: () => resolve({}), reject });
        }),
    ),
  },
}));

const { PaperSheetEntry } = await import('../../src-renderer/features/paper/PaperSheetEntry');

afterEach(cleanup);

const sheet: PaperSheet = {
  participant: { id: 'p-1', alias: 'Falcon' },
  code: 'K7M4QX9',
  sectionIds: ['s-1'],
  pages: 1,
  sections: [
    {
      id: 's-1',
      title: 'Human Debt',
      round: 1,
      client: false,
      entries: ['a', 'b', 'c'].map((id, index) => ({
        number: index + 1,
        itemId: id,
        client: false,
        text: `Statement ${id}`,
        round: 1 as const,
        page: 1,
      })),
    },
  ],
};

function renderEntry(shown: PaperSheet = sheet, workshopId = 'w-1') {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { translation: messages.en } },
    initAsync: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return render(
    <I18nextProvider i18n={i18n}>
      <PaperSheetEntry workshopId={workshopId} sheet={shown} onNext={() => {}} />
    </I18nextProvider>,
  );
}

describe('keying a paper sheet', () => {
  it('moves on before the host answers, and shows a refused answer as not saved', async () => {
    renderEntry();
    const grid = screen.getByRole('grid', { name: 'Answers of Falcon, in sheet order' });
    const row = (n: number) => document.querySelector(`[data-number="${n}"]`);

    fireEvent.keyDown(grid, { key: '4' });
    fireEvent.keyDown(grid, { key: 'n' });
    // Both written at once, neither answered yet: the cursor is already on the third statement.
    expect(writes.map((write) => write.input)).toMatchObject([
      { itemId: 'a', value: 4 },
      { itemId: 'b', value: 'na' },
    ]);
    expect(row(3)?.getAttribute('aria-current')).toBe('true');
    expect(row(1)?.getAttribute('data-state')).toBe('saving');

    await act(async () => {
      writes[0]?.resolve();
      writes[1]?.reject(new Error('the store is busy'));
    });
    expect(row(1)?.getAttribute('data-state')).toBe('saved');
    expect(row(2)?.getAttribute('data-state')).toBe('error');
    expect(screen.getByRole('alert').textContent).toContain(
      'Statement 2 was not saved (the store is busy). Key it again.',
    );
    expect(screen.getByTestId('paper-count').textContent).toBe('1 of 3');

    // Back up with the arrow key and key it again.
    fireEvent.keyDown(grid, { key: 'ArrowUp' });
    fireEvent.keyDown(grid, { key: '0' });
    expect(writes[2]?.input).toMatchObject({ itemId: 'b', value: null });
    await act(async () => writes[2]?.resolve());
    expect(row(2)?.getAttribute('data-state')).toBe('saved');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('writes a client statement through the client statement channel, a refusal shown the same', async () => {
    const withClient: PaperSheet = {
      ...sheet,
      sections: [
        {
          id: 's-1',
          title: 'Human Debt',
          round: 1,
          client: false,
          entries: [{ number: 1, itemId: 'a', client: false, text: 'A', round: 1, page: 1 }],
        },
        {
          id: 's-2',
          title: 'Your organisation’s own statements',
          round: 1,
          client: true,
          entries: [{ number: 2, itemId: 'c-1', client: true, text: 'Ours', round: 1, page: 1 }],
        },
      ],
    };
    writes.length = 0;
    renderEntry(withClient, 'w-2');
    const grid = screen.getByRole('grid', { name: 'Answers of Falcon, in sheet order' });
    expect(screen.getByText('Your organisation’s own statements')).toBeTruthy();
    fireEvent.keyDown(grid, { key: '2' });
    fireEvent.keyDown(grid, { key: '5' });
    expect(writes.map(({ channel, input }) => ({ channel, ...input }))).toMatchObject([
      { channel: 'response:record', itemId: 'a', value: 2 },
      { channel: 'clientStatement:answer', statementId: 'c-1', participantId: 'p-1', value: 5 },
    ]);
    await act(async () => {
      writes[0]?.resolve();
      writes[1]?.reject(new Error('the store is busy'));
    });
    expect(document.querySelector('[data-number="2"]')?.getAttribute('data-state')).toBe('error');
    expect(screen.getByRole('alert').textContent).toContain('Statement 2 was not saved');
  });
});
