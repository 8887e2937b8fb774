import type { WorkshopFile } from '../format/workshop-file';
import { NOT_APPLICABLE } from '../instrument/types';
import { NO_ANSWER, type AnswerMatrix, type ItemLayout } from './answer-matrix';

/**
 * Where a participant marked a statement "not applicable to my role", per round, in the answer
 * matrix's shape (1 = not applicable). Kept apart from the matrix on purpose: the matrix holds
 * only what figures are made of, so "not applicable" cannot reach a mean, an agreement or a count
 * of answers by accident; it is only counted per statement and hashed into the fingerprint. A
 * cell that also holds an answer or "can't say" (a duplicate validation would refuse) is not
 * marked: the answer wins, as the highest answer wins among duplicates.
 */
export function notApplicableCells(
  file: WorkshopFile,
  layout: ItemLayout,
  matrices: Readonly<Record<1 | 2, AnswerMatrix>>,
): Record<1 | 2, Uint8Array> {
  const { participants, items } = matrices[1];
  const row = new Map(participants.map((id, index) => [id, index]));
  const marks = {
    1: new Uint8Array(participants.length * items),
    2: new Uint8Array(participants.length * items),
  };
  for (const response of file.responses) {
    if (response.value !== NOT_APPLICABLE) continue;
    const column = layout.column.get(response.item);
    const person = row.get(response.participant);
    if (column === undefined || person === undefined) continue;
    const at = person * items + column;
    if ((matrices[response.round].cells[at] ?? NO_ANSWER) === NO_ANSWER)
      marks[response.round][at] = 1;
  }
  return marks;
}

/** How many marked each statement (column) not applicable. */
export function notApplicableByColumn(marks: Uint8Array, items: number): Uint32Array {
  const counts = new Uint32Array(items);
  for (let at = 0; at < marks.length; at++) {
    if (marks[at] === 1) counts[at % items] = (counts[at % items] ?? 0) + 1;
  }
  return counts;
}

/** How many "not applicable" marks in all. */
export function countMarks(marks: Uint8Array): number {
  let total = 0;
  for (const mark of marks) total += mark;
  return total;
}
