import { z } from 'zod';
import { WorkshopFile } from './workshop-file';

/** The JSON Schema of workshop file v1, generated from the zod schema the app itself validates with. */
export function workshopFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(WorkshopFile, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    $id: 'https://execution-debt-workshop.local/schemas/edw-workshop-1.json',
    title: 'Execution Debt Workshop file, version 1',
  };
}
