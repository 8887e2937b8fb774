import { renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { INSTRUMENT } from '../../shared/instrument';
import { createHandlers } from '../../src-main/services/create-handlers';
import { dispatch } from '../../src-main/services/dispatch';
import { backupsDirFor, pruneBackups, writeBackup } from '../../src-main/store/backup';
import { openStore } from '../../src-main/store/open-store';
import { answerFor, CRASH_MODES, type CrashMode } from './crash-plan';

/*
 * The process the crash test kills. It records answers through the real services and prints
 * `ack <participant> <item> <round> <value>` for each one only after `response:record` returned,
 * i.e. after the commit: exactly what the UI would show as saved. Depending on the mode it also
 * backs up or exports between answers, or starts by migrating an old file.
 * Usage: node --import tsx test/crash/child.ts <mode> <data file>
 */

const [modeArg, dataFile] = process.argv.slice(2);
if (!CRASH_MODES.includes(modeArg as CrashMode) || !dataFile) {
  process.stderr.write('usage: child.ts <capture|migration|backup|export> <data file>\n');
  process.exit(2);
}
const mode = modeArg as CrashMode;

// stdout is written synchronously on a Linux pipe whenever the pipe has room; when it is full
// the line waits in memory and a kill may drop it, which only leaves one ack fewer to check.
const say = (line: string) => process.stdout.write(`${line}\n`);

say('opening');
const db = openStore(dataFile);
say('ready');

const handlers = createHandlers(db, {
  clock: () => new Date(),
  dataFile,
  version: 'crash-test',
  transport: 'http',
});
const call = (channel: string, input: unknown): unknown => {
  const result = dispatch(handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
};

// The workshop being run; a backup round's file also holds a closed ballast workshop.
const workshopId = db
  .prepare("SELECT id FROM workshops WHERE status = 'running' LIMIT 1")
  .pluck()
  .get() as string;
const participants = db
  .prepare('SELECT id FROM participants WHERE workshop_id = ? ORDER BY position')
  .pluck()
  .all(workshopId) as string[];
const backups = backupsDirFor(dataFile);
const exportFile = join(dirname(dataFile), 'export.json');

let written = 0;
for (const round of [1, 2] as const) {
  for (const item of INSTRUMENT.items) {
    for (const participantId of participants) {
      const value = answerFor(participantId, item.id, round);
      call('response:record', { workshopId, participantId, itemId: item.id, round, value });
      say(`ack ${participantId} ${item.id} ${round} ${value ?? 'null'}`);
      written++;
      if (written % 15 !== 0) continue;
      if (mode === 'backup') {
        // The runner kills a few milliseconds after this line, while the copy is being written.
        say('backing-up');
        writeBackup(db, backups, { reason: 'auto', now: new Date() });
        pruneBackups(backups, 4);
      } else if (mode === 'export') {
        const file = call('workshop:exportFile', { id: workshopId });
        writeFileSync(`${exportFile}.tmp`, JSON.stringify(file));
        renameSync(`${exportFile}.tmp`, exportFile);
      }
    }
  }
}
say('done');
db.close();
