/**
 * A chart's drawing (its layout and the words it prints) kept for as long as the data it was
 * made from lives, with what else it was made from (the translations, the instrument, the
 * language). A screen opened again on the same data, such as the portfolio after a look at one
 * of its workshops, then draws without working it all out again; other data, or the same data in
 * another language, makes a new drawing.
 */
export function keptDrawings<Data extends object, Drawing>() {
  const kept = new WeakMap<Data, { made: readonly unknown[]; drawing: Drawing }>();
  return (data: Data, madeWith: readonly unknown[], make: () => Drawing): Drawing => {
    const last = kept.get(data);
    if (
      last &&
      last.made.length === madeWith.length &&
      last.made.every((part, index) => Object.is(part, madeWith[index]))
    ) {
      return last.drawing;
    }
    const drawing = make();
    kept.set(data, { made: madeWith, drawing });
    return drawing;
  };
}
