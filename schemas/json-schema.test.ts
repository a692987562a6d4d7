import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from './json-schema.js';

describe('published JSON Schema', () => {
  it('matches the committed files (run `npm run schemas` after changing a zod schema)', () => {
    for (const [name, schema] of Object.entries(jsonSchemaFiles())) {
      const committed = JSON.parse(readFileSync(join(import.meta.dirname, 'json', name), 'utf8'));
      expect(committed, name).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });
});
