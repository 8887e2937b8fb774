import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { FILE_ISSUE_CODES } from '../../shared/format/file-issues';
import { validateWorkshopFile } from '../../shared/format/validate-workshop-file';
import { getInstrument } from '../../shared/instrument';
import { issueText } from '../../src-renderer/features/results/issue-text';
import { issueLines } from '../../src-renderer/features/results/workshop-file-io';
import { messages } from '../../src-renderer/i18n/messages';

function translator(language: 'en' | 'es'): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { en: { translation: messages.en }, es: { translation: messages.es } },
    lng: language,
    fallbackLng: false,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

const broken = {
  format: 'edw-workshop',
  version: 2,
  workshop: { title: 'Payments', date: '2026-11-20' },
  participants: [
    { id: 'p1', alias: 'Ana', role: 'engineering' },
    { id: 'p2', alias: 'ana', role: 'product' },
  ],
  responses: [
    { participant: 'p1', item: 'hd.speakup.1', round: 1, value: 4 },
    { participant: 'ghost', item: 'hd.nothing.9', round: 1, value: 2 },
  ],
};

function issuesOf(raw: unknown) {
  const result = validateWorkshopFile(raw, getInstrument);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.issues;
}

describe('import problems in the UI language', () => {
  it('has an English and a Spanish text for every code', () => {
    for (const language of ['en', 'es'] as const) {
      const t = translator(language);
      for (const code of FILE_ISSUE_CODES) {
        const key = `results.import.issue.${code}`;
        expect(t(key), `${language} ${key}`).not.toBe(key);
      }
    }
  });

  it('says a refused file’s problems in Spanish, keeping the JSON paths', () => {
    const es = translator('es');
    const { lines } = issueLines(issuesOf(broken), 10, (issue) => issueText(es, issue));
    expect(lines).toEqual([
      'participants[1].alias: el alias «ana» aparece dos veces',
      'responses[1].participant: no hay ningún participante «ghost» en este archivo',
      `responses[1].item: afirmación desconocida «hd.nothing.9» (instrumento ${getInstrument()?.version})`,
    ]);
    const outOfRange = {
      ...broken,
      responses: [{ participant: 'p1', item: 'hd.speakup.1', round: 3, value: 7 }],
    };
    expect(issueLines(issuesOf(outOfRange), 10, (issue) => issueText(es, issue)).lines).toEqual([
      'responses[0].round: se esperaba la ronda 1 o 2; llegó 3',
      'responses[0].value: se esperaba una respuesta de 1 a 5, null o "na"; llegó 7',
    ]);
  });

  it('names the expected type in Spanish', () => {
    const es = translator('es');
    const [issue] = issuesOf({ ...broken, participants: 'all of us' });
    expect(issueText(es, issue ?? { path: '', message: 'no issue' })).toBe('debe ser una lista');
  });

  it('shows an issue without a known code by its English message', () => {
    const es = translator('es');
    expect(issueText(es, { path: 'x', message: 'something odd' })).toBe('something odd');
    expect(issueText(es, { path: 'x', message: 'odd', code: 'from_the_future' })).toBe('odd');
  });
});

describe('import problems in English', () => {
  it('read as the host and the CLI word them', () => {
    const en = translator('en');
    const outOfRange = {
      ...broken,
      responses: [{ participant: 'p1', item: 'hd.speakup.1', round: 1, value: 7 }],
    };
    for (const file of [broken, outOfRange]) {
      for (const issue of issuesOf(file)) expect(issueText(en, issue)).toBe(issue.message);
    }
  });
});
