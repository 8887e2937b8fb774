import { z } from 'zod';
import { FORMAT_VERSION, WorkshopFileV3 } from './workshop-file';

/** The JSON Schema of the workshop file version the app writes, generated from the zod schema the app itself validates with. */
export function workshopFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(WorkshopFileV3, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    $id: `https://execution-debt-workshop.local/schemas/edw-workshop-${FORMAT_VERSION}.json`,
    title: `Execution Debt Workshop file, version ${FORMAT_VERSION}`,
  };
}
