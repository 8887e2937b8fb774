import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { templateFileJsonSchema } from '../../../shared/templates/json-schema';

describe('the published agenda template JSON Schema', () => {
  it('is the one generated from the schema the app validates with', () => {
    const published: unknown = JSON.parse(readFileSync('docs/agenda-template.schema.json', 'utf8'));
    expect(published).toEqual(templateFileJsonSchema());
  });
});
