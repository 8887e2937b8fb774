// Internal consistency of the instrument across many workshops: Cronbach's alpha per dimension and
// per factor, with the number of people behind each figure. Alpha describes whether statements
// hang together across people, so it needs many rooms; one room's figures use rwg(j) instead
// (docs/scoring.md, "Agreement").
//
//   npx tsx scripts/instrument-alpha.ts <workshop.json> [more.json …] [--json]
import { getInstrument } from '../shared/instrument';
import { reliabilityOf } from '../shared/instrument-health';
import { round2 } from '../shared/scoring/stats';
import { DIMENSION_PREFIX, type InstrumentItem } from '../shared/instrument/types';
import { itemDebtScore } from '../shared/scoring/model';
import { readWorkshopFile } from '../src-main/cli/read-workshop-file';

interface AlphaRow {
  scope: string;
  version: string;
  statements: number;
  /** People who answered every statement of the scope (round 1, not "can't say"). */
  n: number;
  alpha: number | null;
}

/** α over complete answer sets, two decimals (the arithmetic is the Instrument health page's). */
export function cronbachAlpha(rows: readonly (readonly number[])[]): number | null {
  const m = rows[0]?.length ?? 0;
  if (m < 2 || rows.length < 3) return null;
  const figures = reliabilityOf(rows);
  return figures.ok ? round2(figures.alpha) : null;
}

function main(argv: readonly string[]): void {
  const json = argv.includes('--json');
  const paths = argv.filter((arg) => arg !== '--json');
  if (paths.length === 0) {
    console.error('usage: tsx scripts/instrument-alpha.ts <workshop.json> [more.json …] [--json]');
    process.exit(2);
  }
  // Answer sets grouped by instrument version: only the same statements can be pooled.
  const byVersion = new Map<string, { items: InstrumentItem[]; people: Map<string, number>[] }>();
  for (const path of paths) {
    const file = readWorkshopFile(path, process.cwd());
    const instrument = getInstrument(file.workshop.instrumentVersion);
    if (!instrument) throw new Error(`${path}: unknown instrument version`);
    const entry = byVersion.get(instrument.version) ?? { items: instrument.items, people: [] };
    const keyed = new Map(instrument.items.map((item) => [item.id, item.keyed]));
    const answers = new Map<string, Map<string, number>>();
    for (const response of file.responses) {
      const key = keyed.get(response.item);
      if (response.round !== 1 || typeof response.value !== 'number' || key === undefined) continue;
      const own = answers.get(response.participant) ?? new Map<string, number>();
      own.set(response.item, itemDebtScore(response.value, key));
      answers.set(response.participant, own);
    }
    entry.people.push(...answers.values());
    byVersion.set(instrument.version, entry);
  }
  const rows: AlphaRow[] = [];
  for (const [version, { items, people }] of byVersion) {
    const scopes = new Map<string, InstrumentItem[]>();
    for (const item of items) {
      const factor = `${DIMENSION_PREFIX[item.dimension]}.${item.factor}`;
      scopes.set(item.dimension, [...(scopes.get(item.dimension) ?? []), item]);
      scopes.set(factor, [...(scopes.get(factor) ?? []), item]);
    }
    for (const [scope, scoped] of scopes) {
      const complete = people
        .filter((own) => scoped.every((item) => own.has(item.id)))
        .map((own) => scoped.map((item) => own.get(item.id) ?? 0));
      rows.push({
        scope,
        version,
        statements: scoped.length,
        n: complete.length,
        alpha: cronbachAlpha(complete),
      });
    }
  }
  if (json) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  console.log('instrument  scope              statements  n      alpha');
  for (const row of rows) {
    console.log(
      `${row.version.padEnd(11)} ${row.scope.padEnd(18)} ${String(row.statements).padEnd(11)} ${String(row.n).padEnd(6)} ${row.alpha === null ? 'n/a' : row.alpha.toFixed(2)}`,
    );
  }
}

if (process.argv[1]?.endsWith('instrument-alpha.ts')) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    // A file that cannot be read or is not a workshop file: say which and why, in one line.
    console.error(`instrument-alpha: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
