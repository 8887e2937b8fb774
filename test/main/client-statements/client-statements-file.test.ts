import { describe, expect, it } from 'vitest';
import { readArchive, writeArchive } from '../../../src-main/archive/edw-archive';
import { validateWorkshopFile } from '../../../shared/format/validate-workshop-file';
import { getInstrument, INSTRUMENT } from '../../../shared/instrument';
import {
  addClientStatement,
  answerClientStatement,
} from '../../../src-main/services/client-statement-service';
import {
  storeFromWorkshopFile,
  workshopFileFrom,
} from '../../../src-main/services/workshop-file-service';
import { listParticipants } from '../../../src-main/store/repositories/participants';
import { openTempStore, steppingClock } from '../../helpers/temp-db';

const baseFile = {
  format: 'edw-workshop',
  version: 3,
  workshop: {
    title: 'Payments',
    date: '2026-05-04',
    language: 'fr',
    anonymityThreshold: 3,
    instrumentVersion: INSTRUMENT.version,
  },
  participants: [
    { id: 'p1', alias: 'Ana', role: 'engineering' },
    { id: 'p2', alias: 'Ben', role: 'product' },
  ],
  responses: [],
};

function issuesOf(raw: unknown): string[] {
  const validation = validateWorkshopFile(raw, getInstrument);
  return validation.ok ? [] : validation.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

describe('client statements in the workshop file (version 3)', () => {
  it('travel from a store to a file and back into another workshop unchanged', () => {
    const { db } = openTempStore();
    const clock = steppingClock();
    const imported = storeFromWorkshopFile(db, validFile(baseFile), clock);
    const [ana, ben] = listParticipants(db, imported.id);
    if (!ana || !ben) throw new Error('participants missing');
    const first = addClientStatement(db, clock, {
      workshopId: imported.id,
      statement: { text: 'Nous savons qui décide du budget.' },
    });
    const second = addClientStatement(db, clock, {
      workshopId: imported.id,
      statement: { text: 'Les priorités changent chaque semaine.', reversed: true },
    });
    const answer = (statementId: string, participantId: string, value: unknown) =>
      answerClientStatement(db, clock, {
        workshopId: imported.id,
        statementId,
        participantId,
        value,
      });
    answer(first.id, ben.id, 'na');
    answer(first.id, ana.id, 4);
    answer(second.id, ana.id, null);

    const file = workshopFileFrom(db, imported.id);
    expect(file.version).toBe(3);
    expect(file.clientStatements).toEqual([
      {
        id: 'c1',
        text: 'Nous savons qui décide du budget.',
        reversed: false,
        answers: [
          { participant: 'p1', value: 4 },
          { participant: 'p2', value: 'na' },
        ],
      },
      {
        id: 'c2',
        text: 'Les priorités changent chaque semaine.',
        reversed: true,
        answers: [{ participant: 'p1', value: null }],
      },
    ]);

    const again = storeFromWorkshopFile(db, validFile(JSON.parse(JSON.stringify(file))), clock);
    expect(workshopFileFrom(db, again.id)).toEqual(file);
    // The .edw archive, sealed with a passphrase, carries them too.
    const sealed = writeArchive(db, imported.id, { clock, passphrase: 'correct horse battery' });
    expect(readArchive(sealed, { passphrase: 'correct horse battery' }).clientStatements).toEqual(
      file.clientStatements,
    );
  });

  it('reads a version-2 file as one without client statements, and writes none back', () => {
    const { db } = openTempStore();
    const stored = storeFromWorkshopFile(
      db,
      validFile({ ...baseFile, version: 2 }),
      steppingClock(),
    );
    const file = workshopFileFrom(db, stored.id);
    expect(file.version).toBe(3);
    expect('clientStatements' in file).toBe(false);
  });

  it('refuses a client statement file that breaks a rule, naming where', () => {
    const statement = (answers: unknown[], extra: object = {}) => ({
      id: 'c1',
      text: 'Decisions are written down.',
      answers,
      ...extra,
    });
    const withStatements = (clientStatements: unknown[]) => ({ ...baseFile, clientStatements });
    expect(
      issuesOf(
        withStatements(Array.from({ length: 11 }, (_, i) => statement([], { id: `c${i}` }))),
      ),
    ).toEqual(['clientStatements: allows at most 10 statements']);
    expect(issuesOf(withStatements([statement([], { text: ' ' })]))).toEqual([
      'clientStatements[0].text: is required',
    ]);
    expect(issuesOf(withStatements([statement([], { text: 'x'.repeat(301) })]))).toEqual([
      'clientStatements[0].text: must be at most 300 characters',
    ]);
    expect(issuesOf(withStatements([statement([{ participant: 'p1', value: 6 }])]))).toEqual([
      'clientStatements[0].answers[0].value: expected 1..5, null or "na", got 6',
    ]);
    expect(
      issuesOf(
        withStatements([
          statement([
            { participant: 'p9', value: 3 },
            { participant: 'p1', value: 3 },
            { participant: 'p1', value: 2 },
          ]),
          statement([]),
        ]),
      ),
    ).toEqual([
      'clientStatements[0].answers[0].participant: unknown participant "p9"',
      'clientStatements[0].answers[2]: duplicate answer: participant "p1" already answered "c1" in round 1',
      'clientStatements[1].id: duplicate client statement id "c1"',
    ]);
  });
});

function validFile(raw: unknown) {
  const validation = validateWorkshopFile(raw, getInstrument);
  if (!validation.ok) throw new Error(JSON.stringify(validation.issues));
  return validation.file;
}
