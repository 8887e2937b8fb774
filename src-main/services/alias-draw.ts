import { randomInt } from 'node:crypto';

/** A uniform integer in [0, max); the services take it as a parameter so tests can fix it. */
export type RandomIndex = (max: number) => number;

export const cryptoRandomIndex: RandomIndex = (max) => randomInt(max);

/** Fewest numbers a generated alias is drawn from, so one person added alone is not "the next". */
const MIN_CHOICES = 5;

/**
 * Generated aliases ("P<n>") for `count` new participants, in the order they were added, each drawn
 * at random from the free numbers. Numbered in order, a list pasted sorted by role would give
 * P1–P3 = leadership; drawn, an alias says nothing about when or next to whom someone was added.
 * The numbers stay between 1 and the room's size after the add (a pasted list of 12 into an empty
 * workshop gets P1–P12 shuffled), widened so that there are always at least five to choose from.
 */
export function drawAliases(
  taken: ReadonlySet<string>,
  count: number,
  random: RandomIndex = cryptoRandomIndex,
): string[] {
  const free: string[] = [];
  for (let n = 1; free.length < Math.max(count, MIN_CHOICES) || n <= taken.size + count; n += 1) {
    const alias = `P${n}`;
    if (!taken.has(alias)) free.push(alias);
  }
  const drawn: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const [alias] = free.splice(random(free.length), 1);
    if (alias !== undefined) drawn.push(alias);
  }
  return drawn;
}
