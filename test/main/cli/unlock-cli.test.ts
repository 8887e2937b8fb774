import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/services/dispatch';
import { createHandlers } from '../../../src-main/services/create-handlers';
import { closeStore, openStore } from '../../../src-main/store/open-store';
import { runEdw } from '../../helpers/run-edw';
import { seedWorkshop } from '../../helpers/seed-workshop';
import { steppingClock, tempDir } from '../../helpers/temp-db';

describe('edw unlock', () => {
  it('ends private mode without the PIN, so a forgotten PIN does not shut the app', async () => {
    const dir = tempDir();
    const file = join(dir, 'workshops.sqlite');
    const open = () => {
      const db = openStore(file);
      const handlers = createHandlers(db, {
        clock: steppingClock(),
        dataFile: file,
        version: 'test',
        transport: 'http',
      });
      return { db, handlers };
    };
    let { db, handlers } = open();
    const workshopId = seedWorkshop(handlers, { title: 'Locked out', participants: 2 });
    expect(dispatch(handlers, 'run:start', { workshopId }).ok).toBe(true);
    expect(dispatch(handlers, 'run:lock', { workshopId, pin: '4826' }).ok).toBe(true);
    const refused = dispatch(handlers, 'workshop:list', {});
    expect(refused.ok ? null : refused.error.code).toBe('private_mode');
    closeStore(db);

    const run = await runEdw({ cwd: dir }, ['unlock', '--data', file]);
    expect(run).toMatchObject({ code: 0, out: 'Private mode ended for "Locked out"' });

    ({ db, handlers } = open());
    expect(dispatch(handlers, 'workshop:list', {}).ok).toBe(true);
    closeStore(db);
    expect((await runEdw({ cwd: dir }, ['unlock', '--data', file])).out).toContain(
      'No workshop is in private mode',
    );
    expect((await runEdw({ cwd: dir }, ['unlock', 'extra', '--data', file])).code).toBe(2);
  });
});
