import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { WorkshopFile, type WorkshopFileInput } from '../../../shared/format/workshop-file';
import {
  storeFromWorkshopFile,
  workshopFileFrom,
} from '../../../src-main/services/workshop-file-service';
import { listParticipants } from '../../../src-main/store/repositories/participants';
import { openTempStore, rowCounts, steppingClock } from '../../helpers/temp-db';

const ITEMS = ['hd.load.1', 'hd.speakup.2', 'td.pipeline.1', 'dv.replay.3', 'er.ai.1'];

/** A file as the exporter writes it: ids p1.. by position, answers by participant, round, item. */
function sampleFile(): WorkshopFile {
  const participants = [
    { id: 'p1', alias: 'Fox', role: 'engineering' },
    { id: 'p2', alias: 'P2', role: 'product' },
    { id: 'p3', alias: 'Owl', role: 'leadership' },
    { id: 'p4', alias: 'Zé', role: 'engineering' },
  ];
  const responses: WorkshopFileInput['responses'] = [];
  participants.forEach((participant, p) => {
    for (const round of [1, 2] as const) {
      [...ITEMS].sort().forEach((item, i) => {
        const value = (p + i + round) % 6;
        responses.push({
          participant: participant.id,
          item,
          round,
          value: value === 0 ? null : (value as 1 | 2 | 3 | 4 | 5),
        });
      });
    }
  });
  return WorkshopFile.parse({
    format: 'edw-workshop',
    version: 1,
    workshop: {
      title: 'Payments platform',
      client: 'Banco Andino',
      team: 'Pagos',
      date: '2026-03-02',
      facilitator: 'Ana Pérez',
      language: 'es',
      anonymityThreshold: 4,
      instrumentVersion: '1.0.0',
      notes: 'Sala 4B; el equipo de fraude llegó tarde.',
    },
    participants,
    responses,
    realityCheck: [
      {
        title: 'Nuevo checkout',
        reported: 'done',
        verified: 'partly',
        ownerClear: 'yes',
        decisionTraceable: false,
      },
      {
        title: 'Reglas de fraude',
        reported: 'on track',
        verified: 'not_verified',
        ownerClear: 'unclear',
        decisionTraceable: true,
      },
      {
        title: 'Migración del ledger',
        reported: 'done',
        verified: 'verified',
        ownerClear: 'no',
        decisionTraceable: true,
      },
    ],
    decisions: [
      {
        title: 'Congelar releases en diciembre',
        deciderKnown: true,
        inputsKnown: false,
        recorded: 'Acta del comité',
        replayable: 'unsure',
      },
      {
        title: 'Cambiar de proveedor de pagos',
        deciderKnown: false,
        inputsKnown: false,
        recorded: '',
        replayable: 'no',
      },
    ],
  });
}

describe('workshop file import and export', () => {
  it('round-trips a file: import then export gives the same file back', () => {
    const { db } = openTempStore();
    const file = sampleFile();

    const workshop = storeFromWorkshopFile(db, file, steppingClock());

    expect(workshop).toMatchObject({
      title: 'Payments platform',
      language: 'es',
      anonymityThreshold: 4,
      roleGroups: ['engineering', 'leadership', 'product'],
      participantCount: 4,
      status: 'draft',
    });
    expect(rowCounts(db)).toEqual({
      workshops: 1,
      participants: 4,
      responses: file.responses.length,
      reality_check_entries: 3,
      decision_entries: 2,
    });
    const exported = workshopFileFrom(db, workshop.id);
    expect(exported).toEqual(file);
    // The export is itself a valid file.
    expect(WorkshopFile.parse(exported)).toEqual(exported);
  });

  it('exports position-based participant ids and never names or store ids', () => {
    const { db } = openTempStore();
    const file = sampleFile();
    // Ids in an incoming file can be anything; they are replaced on the way out.
    const renamed = {
      ...file,
      participants: file.participants.map((p, i) => ({ ...p, id: `device-${100 - i}` })),
      responses: file.responses.map((r) => ({
        ...r,
        participant: `device-${100 - Number(r.participant.slice(1)) + 1}`,
      })),
    };
    const workshop = storeFromWorkshopFile(db, renamed, steppingClock());
    db.prepare('UPDATE participants SET name = ? WHERE workshop_id = ?').run(
      'Secret Name',
      workshop.id,
    );
    const storeIds = listParticipants(db, workshop.id).map((p) => p.id);

    const exported = workshopFileFrom(db, workshop.id);
    const text = JSON.stringify(exported);

    expect(exported.participants.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(exported).toEqual(file);
    expect(text).not.toContain('Secret Name');
    for (const id of storeIds) expect(text).not.toContain(id);
  });

  it('exports answers in a stable order whatever order they were imported in', () => {
    const { db } = openTempStore();
    const file = sampleFile();
    const shuffled = { ...file, responses: [...file.responses].reverse() };
    const workshop = storeFromWorkshopFile(db, shuffled, steppingClock());
    expect(workshopFileFrom(db, workshop.id).responses).toEqual(file.responses);
  });

  it('imports a file twice as two separate workshops', () => {
    const { db } = openTempStore();
    const first = storeFromWorkshopFile(db, sampleFile(), steppingClock());
    const second = storeFromWorkshopFile(db, sampleFile(), steppingClock());
    expect(second.id).not.toBe(first.id);
    expect(workshopFileFrom(db, second.id)).toEqual(workshopFileFrom(db, first.id));
  });

  it('gives a file without participants the default role groups and the current instrument version', () => {
    const { db } = openTempStore();
    const file = WorkshopFile.parse({
      format: 'edw-workshop',
      version: 1,
      workshop: { title: 'Empty room', date: '2026-05-01' },
      participants: [],
      responses: [],
    });
    const workshop = storeFromWorkshopFile(db, file, steppingClock());
    expect(workshop.roleGroups).toEqual(['leadership', 'product', 'engineering', 'operations']);
    expect(workshopFileFrom(db, workshop.id)).toEqual({
      ...file,
      workshop: { ...file.workshop, instrumentVersion: '1.0.0' },
    });
  });

  it('refuses broken references with field paths and stores nothing', () => {
    const { db } = openTempStore();
    const file = sampleFile();
    const first = file.responses[0];
    if (!first) throw new Error('sample has answers');
    const broken: WorkshopFile = {
      ...file,
      participants: [...file.participants, { id: 'p5', alias: 'Fox', role: 'product' }],
      responses: [...file.responses, { ...first, participant: 'ghost' }, { ...first }],
    };
    let error: unknown;
    try {
      storeFromWorkshopFile(db, broken, steppingClock());
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ApiError);
    const n = file.responses.length;
    expect((error as ApiError).issues?.map((issue) => issue.path)).toEqual([
      'participants[4].alias',
      `responses[${n}].participant`,
      `responses[${n + 1}]`,
    ]);
    expect(rowCounts(db)).toEqual({
      workshops: 0,
      participants: 0,
      responses: 0,
      reality_check_entries: 0,
      decision_entries: 0,
    });
  });

  it('leaves nothing behind when the store refuses part of an import', () => {
    const { db } = openTempStore();
    const file = sampleFile();
    // The store refuses the last write (a valid file, so only the database can say no), after
    // the workshop, people and answers were written: the whole import must roll back.
    db.exec(`CREATE TEMP TRIGGER refuse_decisions BEFORE INSERT ON decision_entries
             BEGIN SELECT RAISE(ABORT, 'CHECK refused by test'); END`);
    expect(() => storeFromWorkshopFile(db, file, steppingClock())).toThrow(/CHECK/);
    expect(rowCounts(db)).toEqual({
      workshops: 0,
      participants: 0,
      responses: 0,
      reality_check_entries: 0,
      decision_entries: 0,
    });
  });
});
