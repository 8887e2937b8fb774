// Runs the whole end-to-end suite several times in a row and stops at the first failure, so a test
// that fails now and then shows itself here rather than in CI. `npm run test:e2e:repeat` (10 runs)
// or `node scripts/repeat-e2e.js 25`.
import { spawnSync } from 'node:child_process';

const runs = Number(process.argv[2] ?? 10);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('usage: node scripts/repeat-e2e.js [runs]');
  process.exit(2);
}
for (let run = 1; run <= runs; run += 1) {
  console.log(`\n── end-to-end run ${run} of ${runs} ──`);
  const result = spawnSync('npx', ['playwright', 'test'], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`end-to-end run ${run} of ${runs} failed`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\nall ${runs} end-to-end runs passed`);
