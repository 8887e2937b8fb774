import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';
import { sha256Hex } from '../../../shared/hash/sha256';
import { INSTRUMENT } from '../../../shared/instrument';
import { scoreWorkshop } from '../../../shared/scoring';
import { ArchiveError, readArchive, writeArchive } from '../../../src-main/archive/edw-archive';
import { archiveHandlers } from '../../../src-main/services/archive-service';
import {
  storeFromWorkshopFile,
  workshopFileFrom,
} from '../../../src-main/services/workshop-file-service';
import { openTempStore, rowCounts, steppingClock, tempDir } from '../../helpers/temp-db';

const PASSPHRASE = 'correct horse battery';

function storeWithDemo() {
  const { db, file } = openTempStore();
  const clock = steppingClock();
  const workshop = storeFromWorkshopFile(db, demoWorkshopFile(), clock);
  return { db, file, clock, id: workshop.id };
}

function refusal(run: () => unknown): ArchiveError {
  try {
    run();
  } catch (error) {
    if (error instanceof ArchiveError) return error;
    throw error;
  }
  throw new Error('expected the archive to be refused');
}

const fingerprint = (value: unknown) => sha256Hex(JSON.stringify(value));

describe('.edw workshop archive', () => {
  it('round-trips a plain archive: same file, same scores', () => {
    const { db, id } = storeWithDemo();
    const original = workshopFileFrom(db, id);
    const bytes = writeArchive(db, id);
    expect(bytes.subarray(0, 15).toString('latin1')).toBe('SQLite format 3');

    const back = readArchive(bytes);
    expect(back).toEqual(original);
    expect(fingerprint(scoreWorkshop(back, INSTRUMENT))).toBe(
      fingerprint(scoreWorkshop(original, INSTRUMENT)),
    );
  });

  it('round-trips an encrypted archive, and the plain data is not readable in it', () => {
    const { db, id } = storeWithDemo();
    const original = workshopFileFrom(db, id);
    const bytes = writeArchive(db, id, { passphrase: PASSPHRASE });
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('EDWARC1\0');
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(bytes.includes(Buffer.from(original.workshop.title))).toBe(false);

    const back = readArchive(bytes, { passphrase: PASSPHRASE });
    expect(scoreWorkshop(back, INSTRUMENT)).toEqual(scoreWorkshop(original, INSTRUMENT));
  });

  it('refuses a missing or wrong passphrase with a clear reason', () => {
    const { db, id } = storeWithDemo();
    const bytes = writeArchive(db, id, { passphrase: PASSPHRASE });

    const missing = refusal(() => readArchive(bytes));
    expect(missing.problem).toBe('passphrase_required');
    expect(missing.message).toMatch(/protected by a passphrase/);

    const wrong = refusal(() => readArchive(bytes, { passphrase: 'correct horse battery!' }));
    expect(wrong.problem).toBe('wrong_passphrase');
    expect(wrong.message).toMatch(/Wrong passphrase, or the archive was changed/);
  });

  it('refuses an encrypted archive with one flipped byte or a changed header', () => {
    const { db, id } = storeWithDemo();
    const bytes = writeArchive(db, id, { passphrase: PASSPHRASE });

    const flipped = Buffer.from(bytes);
    const middle = Math.floor(flipped.length / 2);
    flipped[middle] = (flipped[middle] ?? 0) ^ 0x01;
    expect(refusal(() => readArchive(flipped, { passphrase: PASSPHRASE })).problem).toBe(
      'wrong_passphrase',
    );

    // A cheaper key setting in the header must not pass: the header is authenticated.
    const headerText = bytes.toString('latin1');
    const cheaper = Buffer.from(headerText.replace('"N":32768', '"N":16384'), 'latin1');
    expect(cheaper.equals(bytes)).toBe(false);
    expect(refusal(() => readArchive(cheaper, { passphrase: PASSPHRASE })).problem).toBe(
      'wrong_passphrase',
    );
  });

  it('refuses truncated archives, plain and encrypted', () => {
    const { db, id } = storeWithDemo();
    const plain = writeArchive(db, id);
    for (const keep of [16, 99, 1000, plain.length - 1]) {
      const error = refusal(() => readArchive(plain.subarray(0, keep)));
      expect(error.problem).toBe('damaged');
      expect(error.message).toMatch(/cut off/);
    }
    const sealed = writeArchive(db, id, { passphrase: PASSPHRASE });
    expect(
      refusal(() =>
        readArchive(sealed.subarray(0, sealed.length - 100), { passphrase: PASSPHRASE }),
      ).problem,
    ).toBe('wrong_passphrase');
    expect(
      refusal(() => readArchive(sealed.subarray(0, 20), { passphrase: PASSPHRASE })).problem,
    ).toBe('damaged');
  });

  it('refuses a damaged page inside a plain archive', () => {
    const { db, id } = storeWithDemo();
    const plain = Buffer.from(writeArchive(db, id));
    const pageSize = plain.readUInt16BE(16);
    // Garble the middle of the last page: b-tree content SQLite's integrity check will reject.
    const from = plain.length - pageSize + 8;
    plain.fill(0xa5, from, from + 64);
    expect(refusal(() => readArchive(plain)).problem).toBe('damaged');
  });

  it('refuses random bytes, and another program’s SQLite database', () => {
    expect(refusal(() => readArchive(randomBytes(4096))).problem).toBe('not_archive');
    expect(refusal(() => readArchive(Buffer.from('{"format":"edw-workshop"}'))).problem).toBe(
      'not_archive',
    );

    const path = join(tempDir(), 'other.sqlite');
    const other = new Database(path);
    other.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)');
    other.prepare('INSERT INTO notes (text) VALUES (?)').run('not a workshop');
    other.close();
    expect(refusal(() => readArchive(readFileSync(path))).problem).toBe('not_archive');
  });
});

describe('archive service', () => {
  function service() {
    const store = storeWithDemo();
    const handlers = archiveHandlers(store.db, {
      clock: store.clock,
      dataFile: store.file,
      version: 'test',
      transport: 'http',
    });
    return { ...store, handlers };
  }

  function apiRefusal(run: () => unknown): ApiError {
    try {
      run();
    } catch (error) {
      if (error instanceof ApiError) return error;
      throw error;
    }
    throw new Error('expected a refusal');
  }

  it('imports as a new workshop each time, asking first when the same title and date exist', () => {
    const { db, id, handlers } = service();
    const { filename, base64 } = handlers['archive:export']({ id, passphrase: PASSPHRASE });
    expect(filename).toMatch(/\.edw$/);

    const before = rowCounts(db);
    const conflict = apiRefusal(() =>
      handlers['archive:import']({ base64, passphrase: PASSPHRASE, confirmDuplicate: false }),
    );
    expect(conflict.code).toBe('conflict');
    expect(conflict.message).toMatch(/already exists/);
    expect(rowCounts(db)).toEqual(before);

    const first = handlers['archive:import']({
      base64,
      passphrase: PASSPHRASE,
      confirmDuplicate: true,
    });
    const second = handlers['archive:import']({
      base64,
      passphrase: PASSPHRASE,
      confirmDuplicate: true,
    });
    expect(new Set([id, first.id, second.id]).size).toBe(3);
    expect(rowCounts(db).workshops).toBe(before.workshops + 2);
    expect(rowCounts(db).responses).toBe(before.responses * 3);
    expect(scoreWorkshop(workshopFileFrom(db, second.id), INSTRUMENT)).toEqual(
      scoreWorkshop(workshopFileFrom(db, id), INSTRUMENT),
    );
  });

  it('leaves the store unchanged after every refusal', () => {
    const { db, id, handlers } = service();
    const { base64 } = handlers['archive:export']({ id, passphrase: PASSPHRASE });
    const bytes = Buffer.from(base64, 'base64');
    const before = rowCounts(db);

    const cases: { input: { base64: string; passphrase?: string }; path: string }[] = [
      { input: { base64 }, path: 'passphrase' },
      { input: { base64, passphrase: 'not the passphrase' }, path: 'passphrase' },
      {
        input: { base64: bytes.subarray(0, 30).toString('base64'), passphrase: PASSPHRASE },
        path: 'file',
      },
      { input: { base64: Buffer.from('hello').toString('base64') }, path: 'file' },
    ];
    for (const { input, path } of cases) {
      const error = apiRefusal(() =>
        handlers['archive:import']({ ...input, confirmDuplicate: true }),
      );
      expect(error.code).toBe('invalid_input');
      expect(error.issues?.[0]?.path).toBe(path);
      expect(rowCounts(db)).toEqual(before);
    }
  });
});
