import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';
import { runEdw } from '../../helpers/run-edw';
import { serviceHarness } from '../../helpers/service-harness';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'edw-report-plan-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const pdfText = (path: string) =>
  execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('edw report of a stored workshop with an agreed plan', () => {
  it('prints the plan’s cards as the app does: named owner, due date, votes', async () => {
    const h = serviceHarness();
    const { id } = h.call('workshop:importFile', { file: demoWorkshopFile() });
    const { action } = h.call('actions:save', {
      workshopId: id,
      interventionId: 'decision-log',
      owner: 'Ana Ruiz',
      dueDate: '2026-12-15',
    });
    // Two dots from each of k people, then the reveal: the card shows the room's total.
    const { anonymityThreshold: k } = h.call('workshop:get', { id });
    const voters = h.call('participant:list', { workshopId: id }).slice(0, k);
    for (const voter of voters) {
      h.call('actions:vote', { actionId: action.id, participantId: voter.id, dots: 2 });
    }
    h.call('actions:revealVote', { workshopId: id });
    h.call('actions:save', {
      workshopId: id,
      title: 'Risk coffee on Fridays',
      description: 'Fifteen minutes every Friday to name the risks of the week.',
      owner: 'Luis Mora',
      successSignal: 'Two risks raised each week',
    });
    h.db.close();

    const env = { XDG_DATA_HOME: join(dir, 'xdg') };
    const made = await runEdw({ cwd: dir, env }, [
      'report',
      id,
      '--data',
      h.file,
      '-o',
      join(dir, 'plan.pdf'),
    ]);
    expect(made.err).toBe('');
    expect(made.code).toBe(0);
    const text = pdfText(join(dir, 'plan.pdf'));
    expect(text).toContain('The agreed action plan');
    expect(text).toContain('1. Five-line decision log');
    expect(text).toContain(`Agreed by the room · ${2 * voters.length} votes`);
    expect(text).toContain('Ana Ruiz (suggested role: Whoever chairs the decision meeting)');
    expect(text).toContain('Due 15 December 2026.');
    expect(text).toContain('2. Risk coffee on Fridays');
    expect(text).toContain('The room’s own signal: Two risks raised each week');
    expect(text).not.toContain('Recommended, not yet agreed by the team');
    // Page one lists the plan, not the recommendations.
    const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', join(dir, 'plan.pdf'), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    expect(page1).toContain('Five-line decision log (Owner: Ana Ruiz · Due: 15 December 2026)');
    // The plan travels in the report, so verify prints the same pages again.
    const checked = await runEdw({ cwd: dir, env }, [
      'verify',
      join(dir, 'plan.pdf'),
      id,
      '--data',
      h.file,
    ]);
    expect(checked.err).toBe('');
    expect(checked.code).toBe(0);
  });
});
