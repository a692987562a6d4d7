/**
 * Writes the published JSON Schema files from the zod schemas, so that the
 * committed files can never drift from the types the code uses.
 * Usage: npm run schemas
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaFiles } from './json-schema.js';

// dist/schemas/ -> schemas/json (the source tree, where the files are committed)
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas', 'json');
mkdirSync(outDir, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemaFiles())) {
  const file = join(outDir, name);
  writeFileSync(file, JSON.stringify(schema, null, 2) + '\n');
  process.stderr.write(`wrote ${file}\n`);
}
