import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { backupsDirFor } from '../../../src-main/store/backup';
import { startBackupScheduler } from '../../../src-main/services/backup-scheduler';
import { flipPageBytes } from '../../helpers/corrupt';
import { seedWorkshop } from '../../helpers/seed-workshop';
import { serviceHarness } from '../../helpers/service-harness';
import { dumpTables, steppingClock } from '../../helpers/temp-db';

describe('backup service', () => {
  it('backs up on request, lists it, and restores it over later changes', () => {
    const { call, handlers, db } = serviceHarness();
    seedWorkshop(handlers, { title: 'Morning session' });
    const backup = call('backup:now', {});
    expect(backup).toMatchObject({ reason: 'manual', workshopTitles: ['Morning session'] });
    seedWorkshop(handlers, { title: 'Afternoon session' });
    expect(call('workshop:list', {}).map((w) => w.title)).toContain('Afternoon session');

    const { restored, keptAs } = call('backup:restore', { file: backup.name });

    expect(restored.name).toBe(backup.name);
    expect(call('workshop:list', {}).map((w) => w.title)).toEqual(['Morning session']);
    // What was there just before is itself a backup, so the restore can be undone.
    expect(keptAs).toMatchObject({ reason: 'before-restore', workshopCount: 2 });
    expect(call('backup:list', {}).map((b) => b.name)).toEqual([keptAs.name, backup.name]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    call('backup:restore', { file: keptAs.name });
    expect(
      call('workshop:list', {})
        .map((w) => w.title)
        .sort(),
    ).toEqual(['Afternoon session', 'Morning session']);
  });

  it('never accepts a path from the client, only a listed backup name', () => {
    const { fail, handlers, db } = serviceHarness();
    seedWorkshop(handlers, { title: 'Safe' });
    const before = dumpTables(db);
    for (const file of [
      '../../etc/passwd',
      '/etc/passwd',
      '..\\..\\workshops.sqlite',
      '20260302T090000000Z-manual.sqlite/../../x',
    ]) {
      expect(fail('backup:restore', { file })).toMatchObject({
        code: 'invalid_input',
        issues: [{ path: 'file', message: 'is not the name of a backup' }],
      });
    }
    expect(fail('backup:restore', { file: '20260302T090000000Z-manual.sqlite' })).toMatchObject({
      code: 'not_found',
    });
    expect(dumpTables(db)).toEqual(before);
  });

  it('refuses a damaged backup and changes nothing', () => {
    const { call, fail, handlers, db, file } = serviceHarness();
    seedWorkshop(handlers, { title: 'Live' });
    const backup = call('backup:now', {});
    flipPageBytes(join(backupsDirFor(file), backup.name));
    expect(call('backup:list', {})[0]).toMatchObject({ name: backup.name, problem: 'damaged' });
    const before = dumpTables(db);
    const namesBefore = readdirSync(backupsDirFor(file));

    expect(fail('backup:restore', { file: backup.name })).toMatchObject({ code: 'conflict' });

    expect(dumpTables(db)).toEqual(before);
    expect(readdirSync(backupsDirFor(file))).toEqual(namesBefore);
  });
});

describe('backup scheduler', () => {
  it('backs up while a workshop runs, at section changes and at close, and never when idle', async () => {
    const { call, handlers, db, file } = serviceHarness();
    const errors: unknown[] = [];
    const scheduler = startBackupScheduler({
      db,
      dataFile: file,
      clock: steppingClock('2026-03-02T09:00:00.000Z', 60_000),
      intervalMs: 3_600_000,
      onError: (error) => errors.push(error),
    });
    const workshopId = seedWorkshop(handlers, { title: 'Live run' });
    const dir = backupsDirFor(file);

    expect(scheduler.tick()).toBeUndefined();
    expect(existsSync(dir)).toBe(false);

    // The run service publishes its changes; the scheduler hears them on the process's bus.
    const view = call('run:start', { workshopId });
    await vi.waitFor(() => expect(readdirSync(dir)).toHaveLength(1));
    expect(scheduler.tick()).toBeUndefined();
    seedWorkshop(handlers, { title: 'Another', participants: 1, answers: 1 });
    expect(scheduler.tick()?.reason).toBe('auto');
    // Nothing changed since: the timer does not fill the folder with copies of the same data.
    expect(scheduler.tick()).toBeUndefined();

    const next = view.agenda[1];
    if (!next) throw new Error('the default agenda has more than one section');
    call('run:goto', { workshopId, sectionId: next.id });
    expect(scheduler.flush()?.reason).toBe('section');

    call('run:close', { workshopId });
    expect(scheduler.flush()?.reason).toBe('close');

    scheduler.stop();
    expect(errors).toEqual([]);
    expect(call('backup:list', {}).map((b) => b.reason)).toEqual([
      'close',
      'section',
      'auto',
      'section',
    ]);
  });
});
