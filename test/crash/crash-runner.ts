import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHandlers } from '../../src-main/services/create-handlers';
import { dispatch } from '../../src-main/services/dispatch';
import { readdirSync } from 'node:fs';
import { BACKUP_NAME_PATTERN } from '../../shared/backups/backup-info';
import { startBackupScheduler } from '../../src-main/services/backup-scheduler';
import { backupsDirFor, listBackups } from '../../src-main/store/backup';
import { LATEST_VERSION, migrate } from '../../src-main/store/migrate';
import { MIGRATIONS } from '../../src-main/store/migrations';
import { closeStore, openStore } from '../../src-main/store/open-store';
import { INSTRUMENT } from '../../shared/instrument';
import { answerFor, CRASH_MODES, seededRandom, type CrashMode } from './crash-plan';

/*
 * `npm run test:crash`: kills a process that is recording answers with SIGKILL at seeded random
 * moments (while capturing, while migrating an old file, while writing a backup, while exporting),
 * then reopens the file. Every round must find `integrity_check` ok, every acknowledged answer
 * stored with its value, every finished backup whole, and any export file complete. Backup rounds
 * kill while a backup is being written, and the next start must leave no debris of it behind.
 */

const ROUNDS = Number(process.env.EDW_CRASH_ROUNDS ?? 24);
const SEED = Number(process.env.EDW_CRASH_SEED ?? 20260302);
const PARTICIPANTS = 12;
/** Two children at a time: each spends most of its life starting up, not writing. */
const PARALLEL = 2;
const CHILD = resolve('test/crash/child.ts');

interface Ack {
  participantId: string;
  itemId: string;
  round: number;
  value: number | null;
}

/** Sets up the file the child will open; returns the answers already acknowledged in it. */
function prepare(mode: CrashMode, dataFile: string): Ack[] {
  const preAcked: Ack[] = [];
  if (mode === 'migration') {
    // A file as the released version 1 left it; the child's first act is migrating it.
    const db = new Database(dataFile);
    // The released app kept its file in WAL mode, as openStore does.
    db.pragma('journal_mode = WAL');
    migrate(db, MIGRATIONS.slice(0, 1));
    const now = new Date().toISOString();
    db.prepare(
      `INSERT INTO workshops (id, title, date, language, anonymity_threshold, role_groups,
         status, created_at, updated_at)
       VALUES ('w1', 'Crash', '2026-03-02', 'en', 3, '["engineering"]', 'running', ?, ?)`,
    ).run(now, now);
    for (let i = 0; i < PARTICIPANTS; i++) {
      db.prepare(
        `INSERT INTO participants (id, workshop_id, alias, role, position)
         VALUES (?, 'w1', ?, 'engineering', ?)`,
      ).run(`p${i}`, `P${i + 1}`, i);
    }
    // Answers the old app had already acknowledged: the migration must carry every one over.
    for (const item of INSTRUMENT.items.slice(0, 10)) {
      for (let i = 0; i < PARTICIPANTS; i++) {
        const ack = { participantId: `p${i}`, itemId: item.id, round: 1, value: 0 };
        ack.value = answerFor(ack.participantId, ack.itemId, 1) ?? 0;
        db.prepare(
          `INSERT INTO responses (workshop_id, participant_id, item_id, round, value, updated_at)
           VALUES ('w1', ?, ?, 1, ?, ?)`,
        ).run(ack.participantId, ack.itemId, ack.value === 0 ? null : ack.value, now);
        preAcked.push({ ...ack, value: ack.value === 0 ? null : ack.value });
      }
    }
    db.close();
    return preAcked;
  }
  const db = openStore(dataFile);
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
  const { id } = call('workshop:create', {
    title: 'Crash',
    date: '2026-03-02',
    roleGroups: ['engineering'],
    // The child answers INSTRUMENT's statements, so the workshop asks that instrument.
    instrumentVersion: INSTRUMENT.version,
  }) as { id: string };
  call('participant:add', {
    workshopId: id,
    participants: Array.from({ length: PARTICIPANTS }, () => ({ role: 'engineering' })),
  });
  call('run:start', { workshopId: id });
  if (mode === 'backup') addBallast(db);
  closeStore(db);
  return preAcked;
}

/**
 * Makes the file big enough (about 8 MB) that a backup takes tens of milliseconds to write, so a
 * kill soon after the child says it is backing up lands inside the copy, not after it.
 */
function addBallast(db: Database.Database): void {
  const now = new Date().toISOString();
  db.transaction(() => {
    db.prepare(
      `INSERT INTO workshops (id, title, date, language, anonymity_threshold, role_groups,
         status, created_at, updated_at)
       VALUES ('ballast', 'Ballast', '2026-03-01', 'en', 3, '["engineering"]', 'closed', ?, ?)`,
    ).run(now, now);
    const person = db.prepare(
      `INSERT INTO participants (id, workshop_id, alias, role, position)
       VALUES (?, 'ballast', ?, 'engineering', ?)`,
    );
    const answer = db.prepare(
      `INSERT INTO responses (workshop_id, participant_id, item_id, round, value, updated_at)
       VALUES ('ballast', ?, ?, ?, 3, ?)`,
    );
    for (let i = 0; i < 400; i++) {
      person.run(`ballast-${i}`, `B${i + 1}`, i);
      for (const item of INSTRUMENT.items) {
        for (const round of [1, 2]) answer.run(`ballast-${i}`, item.id, round, now);
      }
    }
  })();
}

/** Names in the backups folder that are not whole backups: what a killed backup left. */
function backupDebris(dataFile: string): string[] {
  try {
    return readdirSync(backupsDirFor(dataFile)).filter((name) => !BACKUP_NAME_PATTERN.test(name));
  } catch {
    return [];
  }
}

/** Starts the child and kills it `delayMs` after it printed `marker`; resolves with its acks. */
function runAndKill(
  mode: CrashMode,
  dataFile: string,
  marker: string,
  delayMs: number,
): Promise<{ acks: Ack[]; finished: boolean; killed: boolean; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, mode, dataFile], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: Ack[] = [];
    let finished = false;
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [word, participantId, itemId, round, value] = line.split(' ');
        if (word === marker) setTimeout(() => child.kill('SIGKILL'), delayMs);
        if (word === 'done') finished = true;
        if (word === 'ack' && participantId && itemId) {
          acks.push({
            participantId,
            itemId,
            round: Number(round),
            value: value === 'null' ? null : Number(value),
          });
        }
      }
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) =>
      resolvePromise({ acks, finished, killed: signal === 'SIGKILL', stderr }),
    );
  });
}

function verify(
  mode: CrashMode,
  dir: string,
  dataFile: string,
  acks: Ack[],
): { problems: string[]; versionFound: number; debrisFound: number } {
  const problems: string[] = [];
  const debrisFound = backupDebris(dataFile).length;
  // First as SQLite itself finds it (recovering the WAL or a hot journal, as any reopen does),
  // before openStore migrates anything: the crash must not have left a broken file.
  const found = new Database(dataFile, { fileMustExist: true });
  const integrity = found.pragma('integrity_check', { simple: true });
  const version = found.pragma('user_version', { simple: true }) as number;
  found.close();
  if (integrity !== 'ok') problems.push(`integrity_check after the kill: ${String(integrity)}`);
  if (version < 1 || version > LATEST_VERSION) problems.push(`user_version ${version}`);

  const db = openStore(dataFile);
  try {
    // The next start, as the app and browser mode do it: open, then start the backups.
    startBackupScheduler({ db, dataFile }).stop();
    if (db.pragma('integrity_check', { simple: true }) !== 'ok') {
      problems.push('integrity_check after reopening is not ok');
    }
    const fkProblems = db.pragma('foreign_key_check') as unknown[];
    if (fkProblems.length > 0) problems.push(`${fkProblems.length} foreign key problem(s)`);
    const read = db.prepare(
      'SELECT value FROM responses WHERE participant_id = ? AND item_id = ? AND round = ?',
    );
    for (const ack of acks) {
      const row = read.get(ack.participantId, ack.itemId, ack.round) as
        { value: number | null } | undefined;
      if (!row) problems.push(`acknowledged answer missing: ${JSON.stringify(ack)}`);
      else if (row.value !== ack.value) {
        problems.push(`acknowledged answer changed: ${JSON.stringify(ack)} -> ${row.value}`);
      }
    }
  } finally {
    closeStore(db);
  }

  if (mode === 'backup') {
    for (const info of listBackups(backupsDirFor(dataFile))) {
      if (info.problem) problems.push(`backup ${info.name} is ${info.problem}`);
    }
    const left = backupDebris(dataFile);
    if (left.length > 0) problems.push(`debris left after the next start: ${left.join(', ')}`);
  }
  const exported = join(dir, 'export.json');
  if (mode === 'export' && existsSync(exported)) {
    try {
      JSON.parse(readFileSync(exported, 'utf8'));
    } catch {
      problems.push('the export file is incomplete');
    }
  }
  return { problems, versionFound: version, debrisFound };
}

interface Round {
  index: number;
  mode: CrashMode;
  marker: string;
  delayMs: number;
}

async function playRound({ index, mode, marker, delayMs }: Round): Promise<{
  line: string;
  failed: boolean;
  acks: number;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'edw-crash-'));
  const dataFile = join(dir, 'workshops.sqlite');
  try {
    const preAcked = prepare(mode, dataFile);
    const run = await runAndKill(mode, dataFile, marker, delayMs);
    const acks = [...preAcked, ...run.acks];
    const { problems, versionFound, debrisFound } = verify(mode, dir, dataFile, acks);
    // A child that died of anything but our kill proves nothing about crashes: fail loudly.
    if (!run.killed && !run.finished) {
      problems.push(`the child stopped by itself: ${run.stderr.trim().split('\n')[0] ?? ''}`);
    }
    const label =
      `round ${String(index + 1).padStart(2)}  ${mode.padEnd(9)} ` +
      `kill +${String(delayMs).padStart(3)} ms  ${String(acks.length).padStart(4)} acknowledged`;
    if (problems.length > 0) {
      return {
        line: `FAIL ${label}\n  ${problems.slice(0, 5).join('\n  ')}`,
        failed: true,
        acks: acks.length,
      };
    }
    // Shows that some kills land before or inside the migration, not only after it.
    const schema = mode === 'migration' ? `  schema v${versionFound} found` : '';
    // Shows that backup kills land inside a backup: its debris was there, and is gone.
    const debris = mode === 'backup' ? `  ${debrisFound} debris file(s) removed at start` : '';
    const note = `${schema}${debris}${run.finished ? '  (finished before the kill)' : ''}`;
    return { line: `ok   ${label}${note}`, failed: false, acks: acks.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const random = seededRandom(SEED);
  // Every kill moment is drawn up front, so the plan is the same however rounds interleave.
  const rounds: Round[] = Array.from({ length: ROUNDS }, (_, index) => {
    const mode = CRASH_MODES[index % CRASH_MODES.length] ?? 'capture';
    // Migrations take milliseconds: kill close to the moment the child starts opening the file.
    const migration = mode === 'migration';
    // A backup of the ballasted file takes tens of milliseconds: every other backup round kills
    // while the first one is written; the rest kill at any moment, often inside a later one.
    if (mode === 'backup' && index % (2 * CRASH_MODES.length) === 2) {
      return { index, mode, marker: 'backing-up', delayMs: Math.round(random() * 30) };
    }
    return {
      index,
      mode,
      marker: migration ? 'opening' : 'ready',
      delayMs: Math.round(migration ? random() * 60 : 10 + random() * 350),
    };
  });
  const started = Date.now();
  const results: Awaited<ReturnType<typeof playRound>>[] = [];
  let next = 0;
  const worker = async () => {
    while (next < rounds.length) {
      const round = rounds[next++];
      if (!round) break;
      const result = await playRound(round);
      results[round.index] = result;
      (result.failed ? console.error : console.log)(result.line);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  const failures = results.filter((result) => result.failed).length;
  const acks = results.reduce((sum, result) => sum + result.acks, 0);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `${ROUNDS - failures}/${ROUNDS} rounds passed, ${acks} acknowledged answers checked, ` +
      `seed ${SEED}, ${seconds} s`,
  );
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
