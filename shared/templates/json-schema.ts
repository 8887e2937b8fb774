import { z } from 'zod';
import { AgendaTemplateFile, TEMPLATE_FORMAT_VERSION } from './agenda-template';

/** The JSON Schema of the agenda template file, generated from the zod schema import checks with. */
export function templateFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(AgendaTemplateFile, {
    io: 'input',
    target: 'draft-2020-12',
  }) as Record<string, unknown>;
  return {
    ...schema,
    $id: `https://execution-debt-workshop.local/schemas/edw-agenda-template-${TEMPLATE_FORMAT_VERSION}.json`,
    title: `Execution Debt Workshop agenda template, version ${TEMPLATE_FORMAT_VERSION}`,
  };
}
