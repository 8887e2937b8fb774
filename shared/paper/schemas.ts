import { z } from 'zod';
import { Id } from '../domain/workshop';

// Shapes of the paper answer sheet channels (shared/api/contract.ts).

const SheetRound = z.union([z.literal(1), z.literal(2)]);

/** A section a sheet can hold, as the preparation screen offers it (sheet-layout.ts). */
export const PaperSectionOption = z.object({
  id: z.string(),
  title: z.string(),
  round: SheetRound,
  statements: z.number().int().nonnegative(),
  byDefault: z.boolean(),
});
export type PaperSectionOption = z.infer<typeof PaperSectionOption>;

/** One participant's sheet as the entry screen keys it: alias only, statements in sheet order. */
export const PaperSheet = z.object({
  participant: z.object({ id: z.string(), alias: z.string() }),
  /** The sheet code without its dash (sheet-code.ts). */
  code: z.string(),
  sectionIds: z.array(z.string()),
  pages: z.number().int().positive(),
  sections: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      round: SheetRound,
      /** The client's own statements: keyed through the client statement channels, never scored. */
      client: z.boolean(),
      entries: z.array(
        z.object({
          number: z.number().int().positive(),
          itemId: z.string(),
          client: z.boolean(),
          text: z.string(),
          round: SheetRound,
          page: z.number().int().positive(),
        }),
      ),
    }),
  ),
});
export type PaperSheet = z.infer<typeof PaperSheet>;

const SectionIds = z
  .array(Id)
  .max(50, 'allows at most 50 sections')
  .refine((ids) => new Set(ids).size === ids.length, 'must not repeat a section');

export const PaperSheetsInput = z.object({
  workshopId: Id,
  sectionIds: SectionIds.optional(),
  participantIds: z
    .array(Id)
    .min(1, 'needs at least one participant')
    .max(200, 'allows at most 200 participants')
    .refine((ids) => new Set(ids).size === ids.length, 'must not repeat a participant')
    .optional(),
  /** Pads each sheet to an even number of pages, so it prints on both sides on paper of its own. */
  doubleSided: z.boolean().default(false),
});

/** A sheet named by its participant (with the sections chosen) or by the code printed on it. */
export const PaperLayoutInput = z
  .object({
    workshopId: Id,
    participantId: Id.optional(),
    code: z.string().max(40, 'is too long to be a sheet code').optional(),
    sectionIds: SectionIds.optional(),
  })
  .refine((input) => (input.participantId === undefined) !== (input.code === undefined), {
    message: 'give either participantId or code',
    path: ['participantId'],
  });
