// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { messages } from '../../src-renderer/i18n/messages';

// The report is made on the main process's worker thread and can take seconds for a large
// workshop: until it arrives the button says so, the others wait, and the section is marked busy.

const pending: { resolve: (value: { filename: string; base64: string }) => void }[] = [];

vi.mock('../../src-renderer/api/client', () => ({
  api: {
    call: vi.fn(
      () =>
        new Promise((resolve) => {
          pending.push({ resolve });
        }),
    ),
  },
}));
vi.mock('../../src-renderer/features/report/download', () => ({
  downloadBlob: vi.fn(),
  bytesFromBase64: () => new Uint8Array([37, 80, 68, 70]),
}));

const { ReportExport } = await import('../../src-renderer/features/report/ReportExport');

afterEach(cleanup);

const FULL = 'Export report (full)';
const PREPARING = 'Preparing…';

function renderInEnglish() {
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
      <ReportExport workshopId="w-1" />
    </I18nextProvider>,
  );
}

describe('report export progress', () => {
  it('shows Preparing… on the chosen export and holds the others until the file arrives', async () => {
    const view = renderInEnglish();
    const full = screen.getByRole('button', { name: FULL });
    fireEvent.click(full);
    expect(full.textContent).toBe(PREPARING);
    expect(view.container.querySelector('section')?.getAttribute('aria-busy')).toBe('true');
    for (const button of screen.getAllByRole('button'))
      expect(button).toHaveProperty('disabled', true);

    await act(async () => {
      pending.shift()?.resolve({ filename: 'w-full.pdf', base64: 'JVBERg==' });
      await Promise.resolve();
    });
    expect(full.textContent).toBe(FULL);
    expect(view.container.querySelector('section')?.getAttribute('aria-busy')).toBe('false');
    for (const button of screen.getAllByRole('button'))
      expect(button).toHaveProperty('disabled', false);
  });
});
