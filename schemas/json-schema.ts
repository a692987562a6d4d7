import { z } from 'zod';
import { PageText } from './page-text.js';
import { ProcessingResult, SCHEMA_VERSION } from './result.js';

const BASE_ID = 'https://saraban.dev/schemas';

/** The JSON Schema documents we publish, keyed by file name. */
export function jsonSchemaFiles(): Record<string, object> {
  return {
    'processing-result.schema.json': {
      $id: `${BASE_ID}/processing-result-v${SCHEMA_VERSION}.json`,
      title: 'saraban processing result',
      ...z.toJSONSchema(ProcessingResult),
    },
    'page-text.schema.json': {
      $id: `${BASE_ID}/page-text-v${SCHEMA_VERSION}.json`,
      title: 'saraban page text',
      ...z.toJSONSchema(PageText),
    },
  };
}
