import { z } from 'zod';
import { Id } from '../domain/workshop';
import { DimensionSchema, MINUTE_MS, SectionKind, type AgendaSection } from '../run/agenda';
import {
  ClientStatementDraft,
  MAX_CLIENT_STATEMENTS,
  type ClientStatement,
} from '../client-statements/client-statements';

/** Written into every template file so a stray JSON file is never taken for one. */
export const TEMPLATE_FORMAT = 'edw-agenda-template';
export const TEMPLATE_FORMAT_VERSION = 1;
/** A template is a few sections; anything bigger is not one of ours. */
export const MAX_TEMPLATE_FILE_BYTES = 64 * 1024;
export const MAX_TEMPLATE_SECTIONS = 40;
export const MAX_TEMPLATE_NAME = 80;

export const TemplateName = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(MAX_TEMPLATE_NAME, `must be at most ${MAX_TEMPLATE_NAME} characters`);

/**
 * One planned section: what the facilitator set up, never what a room did with it (no timers,
 * extensions, notes or answers). Strict, so a file carrying anything else is refused.
 */
export const TemplateSection = z.strictObject({
  kind: SectionKind,
  title: z.string().max(120, 'must be at most 120 characters'),
  prompt: z.string().max(1000, 'must be at most 1000 characters'),
  dimensions: z.array(DimensionSchema).max(4, 'allows at most 4 dimensions'),
  minutes: z.number().int('must be whole minutes').min(1, 'must be at least 1').max(240),
  skipped: z.boolean().default(false),
});
export type TemplateSection = z.infer<typeof TemplateSection>;

export const TemplateSections = z
  .array(TemplateSection)
  .min(1, 'needs at least one section')
  .max(MAX_TEMPLATE_SECTIONS, `allows at most ${MAX_TEMPLATE_SECTIONS} sections`);

/** One of the client's own statements as a template carries it: its text and keying, no answers. */
export const TemplateClientStatement = z.strictObject(ClientStatementDraft.shape);
export type TemplateClientStatement = z.infer<typeof TemplateClientStatement>;

export const TemplateClientStatements = z
  .array(TemplateClientStatement)
  .max(MAX_CLIENT_STATEMENTS, `allows at most ${MAX_CLIENT_STATEMENTS} client statements`);

export const AgendaTemplate = z.object({
  id: Id,
  name: z.string(),
  sections: z.array(TemplateSection),
  clientStatements: z.array(TemplateClientStatement),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AgendaTemplate = z.infer<typeof AgendaTemplate>;

/**
 * The template file, version 1 (docs/formats.md). It holds a name and sections only: no
 * participants, answers or workshop names. `clientStatements` is optional, so a file without it
 * (the first ones written) still reads, as none.
 */
export const AgendaTemplateFile = z.strictObject({
  format: z.literal(TEMPLATE_FORMAT),
  version: z.literal(TEMPLATE_FORMAT_VERSION),
  name: TemplateName,
  sections: TemplateSections,
  clientStatements: TemplateClientStatements.default([]),
});
export type AgendaTemplateFile = z.infer<typeof AgendaTemplateFile>;

/** The plan of a workshop's agenda as it stands, its run history left out. */
export function templateSections(agenda: readonly AgendaSection[]): TemplateSection[] {
  return agenda.map((section) => ({
    kind: section.kind,
    title: section.title,
    prompt: section.prompt,
    dimensions: [...section.dimensions],
    minutes: Math.max(1, Math.round(section.timeboxMs / MINUTE_MS)),
    skipped: section.skipped,
  }));
}

/** A workshop's client statements as a template keeps them. */
export function templateClientStatements(
  statements: readonly ClientStatement[],
): TemplateClientStatement[] {
  return statements.map(({ text, reversed }) => ({ text, reversed }));
}

/** The file a template exports as. */
export function templateFile(template: AgendaTemplate): AgendaTemplateFile {
  return {
    format: TEMPLATE_FORMAT,
    version: TEMPLATE_FORMAT_VERSION,
    name: template.name,
    sections: template.sections,
    clientStatements: template.clientStatements,
  };
}
