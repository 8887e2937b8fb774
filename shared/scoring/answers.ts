import type { WorkshopFile } from '../format/workshop-file';
import { NOT_APPLICABLE, type AnswerValue } from '../instrument/types';

export type Round = 1 | 2;
/** participant id → statement id → answer (null = "can't say"). */
export type AnswerTable = Map<string, ReadonlyMap<string, AnswerValue>>;

const rank = (value: AnswerValue): number => value ?? 0;

/**
 * Known participants' answers to known statements, one table per round. "Not applicable" is left
 * out here, before any figure is made: it adds to no mean, agreement or count (docs/scoring.md). Validation refuses duplicates;
 * should one slip through, the highest value wins so the result still never depends on order.
 */
export function collectAnswers(
  file: WorkshopFile,
  itemIds: ReadonlySet<string>,
  participantIds: ReadonlySet<string>,
): Record<Round, AnswerTable> {
  const tables: Record<Round, Map<string, Map<string, AnswerValue>>> = {
    1: new Map(),
    2: new Map(),
  };
  for (const response of file.responses) {
    if (!itemIds.has(response.item) || !participantIds.has(response.participant)) continue;
    if (response.value === NOT_APPLICABLE) continue;
    const table = tables[response.round];
    let row = table.get(response.participant);
    if (row === undefined) {
      row = new Map();
      table.set(response.participant, row);
    }
    const previous = row.get(response.item);
    if (previous === undefined || rank(response.value) > rank(previous)) {
      row.set(response.item, response.value);
    }
  }
  return tables;
}
