import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Workshop } from '../../shared/domain/workshop';
import { validateWorkshopFile } from '../../shared/format/validate-workshop-file';
import { getInstrument } from '../../shared/instrument';
import { openStore, type OpenStoreOptions } from '../store/open-store';
import type { Db } from './service-deps';
import { invalidInput } from './service-errors';
import { storeFromWorkshopFile } from './workshop-file-service';
import { requireWorkshop } from './workshop-service';

/**
 * A workshop file imported in two steps, so the long part never runs on the thread that serves
 * the room. On the heavy-work thread, `prepareWorkshopImport` checks the file exactly as
 * `workshop:importFile` does and writes it, through the same `storeFromWorkshopFile`, into a fresh
 * scratch store of our schema. On the main thread, `mergeWorkshopImport` copies that one
 * workshop's rows into the store with `INSERT … SELECT` in one transaction: SQLite does the copy
 * without a JavaScript call per row (a 500-person workshop: 0.6 s where inserting it row by row
 * took 4.2 s, measured on the same busy machine), and the result is exactly the rows the
 * in-process import would write.
 */
export interface PreparedImport {
  /** The scratch folder: removed by the merge, or by whoever gives up on the import. */
  dir: string;
  file: string;
  workshopId: string;
  /** What tells a look-alike of a stored workshop (`refuseLookAlike`), checked before the merge. */
  title: string;
  date: string;
}

const SCRATCH_NAME = 'import.sqlite';
const SCRATCH_SCHEMA = 'edw_import';

/**
 * Checks `raw` as a workshop file and writes it into a scratch store. Throws the in-process
 * service's own `invalid_input` errors for a bad file, with its issues, and leaves nothing behind.
 */
export function prepareWorkshopImport(
  raw: unknown,
  now: string,
  options: Pick<OpenStoreOptions, 'nativeBinding'> = {},
): PreparedImport {
  const validation = validateWorkshopFile(raw, getInstrument);
  if (!validation.ok) throw invalidInput('workshop file', validation.issues);
  const dir = mkdtempSync(join(tmpdir(), 'edw-import-'));
  try {
    const file = join(dir, SCRATCH_NAME);
    const scratch = openStore(file, options);
    try {
      // A scratch copy is thrown away if anything stops midway: durability buys nothing here.
      scratch.pragma('synchronous = OFF');
      const clockTime = new Date(now);
      const workshop = storeFromWorkshopFile(scratch, validation.file, () => clockTime);
      // One self-contained file for the main thread to attach: no -wal beside it.
      scratch.pragma('journal_mode = DELETE');
      return { dir, file, workshopId: workshop.id, title: workshop.title, date: workshop.date };
    } finally {
      scratch.close();
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Removes a prepared import's scratch folder; harmless when it is gone already. */
export function discardPreparedImport(prepared: Pick<PreparedImport, 'dir'>): void {
  rmSync(prepared.dir, { recursive: true, force: true });
}

interface ColumnRow {
  name: string;
}

function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Adds the prepared workshop to the store in one transaction and returns it; the scratch folder
 * is removed either way. Every scratch table that has a `workshop_id` (and `workshops` itself)
 * is copied column by column; a scratch table holding rows of any other kind stops the merge
 * before anything is written, since the import would otherwise lose them unnoticed.
 */
export function mergeWorkshopImport(db: Db, prepared: PreparedImport): Workshop {
  try {
    db.prepare(`ATTACH DATABASE ? AS ${SCRATCH_SCHEMA}`).run(prepared.file);
    try {
      db.transaction(() => {
        // Rows arrive table by table; their references are checked once, at commit.
        db.pragma('defer_foreign_keys = ON');
        const tables = db
          .prepare(
            `SELECT name FROM ${SCRATCH_SCHEMA}.sqlite_master
             WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
          )
          .pluck()
          .all() as string[];
        const workshops = db
          .prepare(`SELECT id FROM ${SCRATCH_SCHEMA}.workshops`)
          .pluck()
          .all() as string[];
        if (workshops.length !== 1 || workshops[0] !== prepared.workshopId) {
          throw new Error('the prepared import does not hold exactly the one workshop it names');
        }
        for (const table of tables) {
          const columns = (
            db.prepare(`PRAGMA ${SCRATCH_SCHEMA}.table_info(${quoted(table)})`).all() as ColumnRow[]
          ).map((column) => column.name);
          const source = `${SCRATCH_SCHEMA}.${quoted(table)}`;
          if (table !== 'workshops' && !columns.includes('workshop_id')) {
            if (db.prepare(`SELECT 1 FROM ${source} LIMIT 1`).get() !== undefined) {
              throw new Error(`the prepared import wrote rows to ${table}, which it cannot merge`);
            }
            continue;
          }
          const list = columns.map(quoted).join(', ');
          db.exec(`INSERT INTO main.${quoted(table)} (${list}) SELECT ${list} FROM ${source}`);
        }
      })();
    } finally {
      db.exec(`DETACH DATABASE ${SCRATCH_SCHEMA}`);
    }
    return requireWorkshop(db, prepared.workshopId);
  } finally {
    discardPreparedImport(prepared);
  }
}
