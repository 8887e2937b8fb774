import { openStore } from '../src-main/store/open-store';
import Database from 'better-sqlite3';
import { statSync, rmSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { randomUUID } from 'node:crypto';

/*
 * Where does a full `integrity_check` stop being cheap? Fills a real store with workshops of 40
 * participants × 60 statements × 2 rounds, and at each size times `integrity_check` and
 * `quick_check` on a read-only connection (best and worst of 3). The result sets
 * FULL_CHECK_MAX_BYTES in src-main/store/open-store.ts. Run: npx tsx scripts/measure-integrity-check.ts
 */
const dir = mkdtempSync(join(tmpdir(), 'edw-measure-'));
const file = join(dir, 'w.sqlite');
const db = openStore(file);
const now = new Date().toISOString();
const insW = db.prepare(
  `INSERT INTO workshops (id,title,date,language,anonymity_threshold,role_groups,created_at,updated_at) VALUES (?,?,?,?,5,'["a"]',?,?)`,
);
const insP = db.prepare(
  `INSERT INTO participants (id,workshop_id,alias,role,position) VALUES (?,?,?,?,?)`,
);
const insR = db.prepare(
  `INSERT INTO responses (workshop_id,participant_id,item_id,round,value,updated_at) VALUES (?,?,?,?,?,?)`,
);
const targets = [1, 2, 4, 8, 16, 32, 64, 128];
let made = 0;
for (const mb of targets) {
  while (
    statSync(file).size + (statSync(file + '-wal', { throwIfNoEntry: false })?.size ?? 0) <
    mb * 1024 * 1024
  ) {
    db.transaction(() => {
      const w = randomUUID();
      insW.run(w, 'Workshop ' + made++, '2026-03-02', 'en', now, now);
      for (let p = 0; p < 40; p++) {
        const pid = randomUUID();
        insP.run(pid, w, 'P' + p, 'engineering', p);
        for (let i = 0; i < 60; i++)
          for (const r of [1, 2])
            insR.run(w, pid, 'item-' + String(i).padStart(3, '0'), r, 1 + ((p + i) % 5), now);
      }
    })();
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  const size = statSync(file).size;
  const probe = new Database(file, { readonly: true });
  const time = (sql: string) => {
    const runs: number[] = [];
    for (let k = 0; k < 3; k++) {
      const t = process.hrtime.bigint();
      probe.pragma(sql);
      runs.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    return Math.min(...runs).toFixed(0) + '/' + Math.max(...runs).toFixed(0);
  };
  console.log(
    `${(size / 1048576).toFixed(1)} MiB  workshops=${made}  integrity_check ms(min/max of 3)=${time('integrity_check')}  quick_check=${time('quick_check')}`,
  );
  probe.close();
}
db.close();
rmSync(dir, { recursive: true, force: true });
