import { z } from 'zod';
import { Id, Language } from '../domain/workshop';

/** Most workshops one portfolio compares: a client's teams and their follow-ups, not an archive. */
export const MAX_PORTFOLIO_WORKSHOPS = 50;

/** A parsed selection, as the service, the portfolio PDF and `edw portfolio` pass it on. */
export type PortfolioSelection = { workshopIds: string[] } | { client: string };

const selectionFields = {
  workshopIds: z
    .array(Id)
    .min(1, 'must name at least one workshop')
    .max(MAX_PORTFOLIO_WORKSHOPS, `must name at most ${MAX_PORTFOLIO_WORKSHOPS} workshops`)
    .optional(),
  client: z
    .string()
    .trim()
    .min(1, 'must name a client')
    .max(200, 'must be at most 200 characters')
    .optional(),
};

interface SelectionFields {
  workshopIds?: string[] | undefined;
  client?: string | undefined;
}

/** Exactly one of ids and client; a repeated id is refused rather than dropped, as it is a slip. */
function checkSelection(value: SelectionFields, context: z.RefinementCtx): void {
  if ((value.workshopIds === undefined) === (value.client === undefined)) {
    context.addIssue({
      code: 'custom',
      path: [],
      message: 'give either workshopIds or client, not both or neither',
    });
  }
  const seen = new Set<string>();
  value.workshopIds?.forEach((id, index) => {
    if (seen.has(id)) {
      context.addIssue({
        code: 'custom',
        path: ['workshopIds', index],
        message: `names workshop ${id} twice`,
      });
    }
    seen.add(id);
  });
}

function selectionOf(value: SelectionFields): PortfolioSelection {
  return value.workshopIds !== undefined
    ? { workshopIds: value.workshopIds }
    : { client: value.client ?? '' };
}

/**
 * Which workshops a portfolio compares: the ids the facilitator picked (1 to 50, none twice), or
 * every stored workshop of one client (its name compared like team names,
 * `shared/domain/team-key.ts`). Exactly one of the two.
 */
export const PortfolioSelectionInput = z
  .object(selectionFields)
  .strict()
  .superRefine(checkSelection)
  .transform(selectionOf);

/** A selection and the language a portfolio file (CSV, PDF) is written in (English by default). */
export const PortfolioExportInput = z
  .object({ ...selectionFields, language: Language.default('en') })
  .strict()
  .superRefine(checkSelection)
  .transform((value) => ({ selection: selectionOf(value), language: value.language }));
