import Database from 'better-sqlite3';
import { titleSlug } from '../../shared/format/title-slug';
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { validateWorkshopFile } from '../../shared/format/validate-workshop-file';
import type { WorkshopFile } from '../../shared/format/workshop-file';
import { getInstrument } from '../../shared/instrument';
import { chooseNativeBinding } from '../electron/native-binding';
import { storeFromWorkshopFile, workshopFileFrom } from '../services/workshop-file-service';
import type { Db } from '../services/service-deps';
import { openStore, StoreOpenError, type Store } from '../store/open-store';

/** Largest archive read from disk; a one-workshop archive is a few hundred KiB at most. */
export const MAX_ARCHIVE_BYTES = 64 * 1024 * 1024;
export const MIN_PASSPHRASE_LENGTH = 8;
export const MAX_PASSPHRASE_LENGTH = 200;
export const ARCHIVE_EXTENSION = '.edw';

const MAGIC = Buffer.from('EDWARC1\0', 'latin1');
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const LENGTH_BYTES = 4;
const MAX_HEADER_BYTES = 4096;
const KEY_BYTES = 32;
const IV_BYTES = 12;
const SALT_BYTES = 16;
const TAG_BYTES = 16;
/** scrypt cost for new archives: about 0.1 s and 32 MiB, so guessing passphrases stays slow. */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1 } as const;
/** A damaged or hostile header must not make us allocate gigabytes before the tag is checked. */
const MAX_SCRYPT_MEMORY = 256 * 1024 * 1024;

/** Why an archive could not be read; each reason has its own advice in the UI and the CLI. */
export type ArchiveProblem =
  | 'passphrase_required'
  | 'passphrase_rules'
  | 'wrong_passphrase'
  | 'not_archive'
  | 'damaged'
  | 'newer_version'
  | 'too_large';

/** An archive was refused; the message says why and that nothing was changed. */
export class ArchiveError extends Error {
  constructor(
    readonly problem: ArchiveProblem,
    message: string,
  ) {
    super(message);
    this.name = 'ArchiveError';
  }
}

const EnvelopeHeader = z.object({
  v: z.literal(1),
  kdf: z.literal('scrypt'),
  cipher: z.literal('aes-256-gcm'),
  N: z
    .number()
    .int()
    .min(2 ** 14)
    .max(2 ** 20)
    .refine((n) => (n & (n - 1)) === 0, 'must be a power of two'),
  r: z.number().int().min(1).max(16),
  p: z.number().int().min(1).max(4),
  salt: z.base64(),
  iv: z.base64(),
});
type EnvelopeHeader = z.infer<typeof EnvelopeHeader>;

export interface WriteArchiveOptions {
  passphrase?: string;
  clock?: () => Date;
}

/**
 * One workshop as `.edw` bytes: a fresh SQLite database of our schema holding only that
 * workshop, as is or sealed with AES-256-GCM under a scrypt key when a passphrase is given.
 */
export function writeArchive(
  db: Db,
  workshopId: string,
  options: WriteArchiveOptions = {},
): Buffer {
  return archiveOfFile(workshopFileFrom(db, workshopId), options);
}

/**
 * `writeArchive` from a workshop file already read from the store: the part that takes time
 * (a scratch database, VACUUM, scrypt), so the app runs it on its heavy-work thread.
 */
export function archiveOfFile(file: WorkshopFile, options: WriteArchiveOptions = {}): Buffer {
  const sqlite = withScratch((dir) => {
    const path = join(dir, 'archive.sqlite');
    const scratch = openStore(path, nativeBinding());
    try {
      storeFromWorkshopFile(scratch, file, options.clock ?? (() => new Date()));
      // A single self-contained file: no -wal to carry, no free pages left by the import.
      scratch.pragma('journal_mode = DELETE');
      scratch.exec('VACUUM');
    } finally {
      scratch.close();
    }
    return readFileSync(path);
  });
  if (options.passphrase === undefined) return sqlite;
  checkPassphrase(options.passphrase);
  return seal(sqlite, options.passphrase);
}

/**
 * The workshop an `.edw` archive holds, checked whole: envelope and passphrase, SQLite integrity,
 * our schema and version, exactly one workshop, and the workshop-file rules. Throws ArchiveError.
 */
export function readArchive(
  bytes: Uint8Array,
  options: { passphrase?: string } = {},
): WorkshopFile {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.length > MAX_ARCHIVE_BYTES) {
    throw new ArchiveError(
      'too_large',
      `The archive is ${data.length} bytes; an archive may have at most ${MAX_ARCHIVE_BYTES}.`,
    );
  }
  let sqlite: Buffer;
  if (startsWith(data, MAGIC)) {
    if (options.passphrase === undefined || options.passphrase === '') {
      throw new ArchiveError(
        'passphrase_required',
        'This archive is protected by a passphrase; enter it to import the workshop.',
      );
    }
    sqlite = open(data, options.passphrase);
  } else if (startsWith(data, SQLITE_MAGIC)) {
    sqlite = data;
  } else {
    throw new ArchiveError(
      'not_archive',
      'This file is not a workshop archive (.edw) of this app. Nothing was imported.',
    );
  }
  checkLength(sqlite);
  return withScratch((dir) => fileFromSqlite(sqlite, join(dir, 'import.sqlite')));
}

/** A passphrase the archive format accepts for sealing, or an ArchiveError saying why not. */
export function checkPassphrase(passphrase: string): void {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH || passphrase.length > MAX_PASSPHRASE_LENGTH) {
    throw new ArchiveError(
      'passphrase_rules',
      `A passphrase needs ${MIN_PASSPHRASE_LENGTH} to ${MAX_PASSPHRASE_LENGTH} characters.`,
    );
  }
}

/** `<title-slug>-<date>.edw`, the name an archive is offered under. */
export function archiveFileName(workshop: { title: string; date: string }): string {
  return `${titleSlug(workshop.title)}-${workshop.date}${ARCHIVE_EXTENSION}`;
}

function seal(plain: Buffer, passphrase: string): Buffer {
  const header: EnvelopeHeader = {
    v: 1,
    kdf: 'scrypt',
    cipher: 'aes-256-gcm',
    ...SCRYPT,
    salt: randomBytes(SALT_BYTES).toString('base64'),
    iv: randomBytes(IV_BYTES).toString('base64'),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.concat([MAGIC, uint32(headerBytes.length), headerBytes]);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(passphrase, header), ivOf(header));
  // The header is authenticated too: changing its cost or salt fails like a wrong passphrase.
  cipher.setAAD(prefix);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([prefix, body, cipher.getAuthTag()]);
}

function open(data: Buffer, passphrase: string): Buffer {
  const lengthAt = MAGIC.length;
  if (data.length < lengthAt + LENGTH_BYTES) throw truncated();
  const headerLength = data.readUInt32BE(lengthAt);
  const headerAt = lengthAt + LENGTH_BYTES;
  if (headerLength > MAX_HEADER_BYTES) throw damaged('its header is malformed');
  if (data.length < headerAt + headerLength + TAG_BYTES) throw truncated();
  let header: EnvelopeHeader;
  try {
    const parsed = EnvelopeHeader.safeParse(
      JSON.parse(data.subarray(headerAt, headerAt + headerLength).toString('utf8')),
    );
    if (!parsed.success) throw new Error('unexpected header');
    header = parsed.data;
  } catch {
    throw damaged('its header is malformed');
  }
  const bodyAt = headerAt + headerLength;
  const tagAt = data.length - TAG_BYTES;
  try {
    const decipher = createDecipheriv('aes-256-gcm', deriveKey(passphrase, header), ivOf(header));
    decipher.setAAD(data.subarray(0, bodyAt));
    decipher.setAuthTag(data.subarray(tagAt));
    return Buffer.concat([decipher.update(data.subarray(bodyAt, tagAt)), decipher.final()]);
  } catch {
    throw new ArchiveError(
      'wrong_passphrase',
      'Wrong passphrase, or the archive was changed after it was written. Nothing was imported.',
    );
  }
}

function deriveKey(passphrase: string, header: EnvelopeHeader): Buffer {
  const memory = 128 * header.N * header.r * header.p;
  if (memory > MAX_SCRYPT_MEMORY) throw damaged('its key settings are out of range');
  return scryptSync(passphrase.normalize('NFC'), Buffer.from(header.salt, 'base64'), KEY_BYTES, {
    N: header.N,
    r: header.r,
    p: header.p,
    maxmem: memory * 2,
  });
}

function ivOf(header: EnvelopeHeader): Buffer {
  const iv = Buffer.from(header.iv, 'base64');
  if (iv.length !== IV_BYTES) throw damaged('its header is malformed');
  return iv;
}

/** The SQLite header states the page size and count; fewer bytes than that means a cut file. */
function checkLength(sqlite: Buffer): void {
  if (sqlite.length < 100) throw truncated();
  const rawPageSize = sqlite.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pageCount = sqlite.readUInt32BE(28);
  if (pageSize < 512 || pageCount === 0) throw damaged('its database header is malformed');
  if (sqlite.length < pageSize * pageCount) throw truncated();
  if (sqlite.length !== pageSize * pageCount) throw damaged('its length does not match its pages');
}

function fileFromSqlite(sqlite: Buffer, path: string): WorkshopFile {
  writeFileSync(path, sqlite);
  let db: Store;
  try {
    // openStore refuses a foreign, damaged or newer file, and migrates an older one forward.
    db = openStore(path, nativeBinding());
  } catch (error) {
    throw fromStoreError(error);
  }
  try {
    const problems = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((row) => row.integrity_check)
      .filter((line) => line !== 'ok');
    if (problems.length > 0) throw damaged(problems[0] ?? 'integrity check failed');
    if ((db.pragma('foreign_key_check') as unknown[]).length > 0) {
      throw damaged('its rows do not fit together');
    }
    const ids = db.prepare('SELECT id FROM workshops').pluck().all() as string[];
    const [id] = ids;
    if (ids.length !== 1 || id === undefined) {
      throw damaged(`it holds ${ids.length} workshops instead of one`);
    }
    const file = workshopFileFrom(db, id);
    const validation = validateWorkshopFile(file, getInstrument);
    if (!validation.ok) {
      const [first] = validation.issues;
      throw damaged(first ? `${first.path}: ${first.message}` : 'its workshop is invalid');
    }
    return validation.file;
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    if (error instanceof Database.SqliteError) throw damaged(error.message);
    throw error;
  } finally {
    db.close();
  }
}

function fromStoreError(error: unknown): unknown {
  if (!(error instanceof StoreOpenError)) return error;
  switch (error.reason) {
    case 'newer_version':
      return new ArchiveError(
        'newer_version',
        'This archive was written by a newer version of this app; update the app to import it.',
      );
    case 'not_sqlite':
      return new ArchiveError(
        'not_archive',
        'This file is not a workshop archive (.edw) of this app. Nothing was imported.',
      );
    default:
      return damaged('SQLite cannot read it');
  }
}

function damaged(reason: string): ArchiveError {
  return new ArchiveError(
    'damaged',
    `The archive is damaged (${reason}). Nothing was imported; export it again from its source.`,
  );
}

function truncated(): ArchiveError {
  return damaged('it is shorter than it should be: the file was cut off');
}

function withScratch<T>(use: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'edw-archive-'));
  try {
    return use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function nativeBinding(): { nativeBinding?: string } {
  const binding = chooseNativeBinding(process.versions, process.env);
  return binding ? { nativeBinding: binding } : {};
}

function startsWith(data: Buffer, prefix: Buffer): boolean {
  return data.length >= prefix.length && data.subarray(0, prefix.length).equals(prefix);
}

function uint32(value: number): Buffer {
  const buffer = Buffer.alloc(LENGTH_BYTES);
  buffer.writeUInt32BE(value);
  return buffer;
}
