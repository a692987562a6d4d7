/**
 * The archive API's OpenAPI 3.1 document, generated from the same zod schemas that
 * validate requests and type responses, so the document cannot drift from the code.
 */
import { z } from 'zod';
import { LetterDocument } from '../schemas/index.js';
import { ApiError, ChainLetter, ChainNode, ChainNodes, ChainView, LetterRecord, SearchHit, SearchPage, SearchParams } from './api-schemas.js';

type JsonObject = Record<string, unknown>;

const COMPONENTS = { SearchPage, SearchHit, LetterRecord, LetterDocument, ChainView, ChainLetter, ChainNode, ChainNodes, ApiError };

function componentSchemas(): Record<string, JsonObject> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _dialect, $id: _id, ...rest } = schema as JsonObject;
      return [id, rest];
    }),
  );
}

function queryParameters(): JsonObject[] {
  return Object.entries(SearchParams.shape).map(([name, field]) => {
    const { $schema: _dialect, description, ...schema } = z.toJSONSchema(field, { io: 'input' }) as JsonObject;
    return { name, in: 'query', required: !field.safeParse(undefined).success, description, schema };
  });
}

const ref = (id: keyof typeof COMPONENTS) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: keyof typeof COMPONENTS, description: string) => ({ description, content: { 'application/json': { schema: ref(id) } } });
const letterIdParameter = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'source sha256, "-", 1-based document number',
  schema: { type: 'string', pattern: '^[0-9a-f]{64}-[1-9][0-9]{0,3}$' },
};
const errors = {
  '400': json('ApiError', 'a request parameter is invalid'),
  '401': json('ApiError', 'the API token is missing or wrong (only when the server has one)'),
};

export function buildOpenApiDocument(): JsonObject {
  return {
    openapi: '3.1.0',
    info: {
      title: 'saraban archive',
      version: '1',
      description: 'Search Thai government letters by number, date, agency or Thai words, and follow their forwarding chains.',
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'required only when SARABAN_API_TOKEN is set' } },
    },
    security: [{}, { bearer: [] }],
    paths: {
      '/api/search': {
        get: {
          summary: 'Search letters; filters combine; words are ranked (bm25) with highlighted snippets',
          parameters: queryParameters(),
          responses: { '200': json('SearchPage', 'one page of matching letters'), ...errors },
        },
      },
      '/api/letters/{id}': {
        get: {
          summary: 'Every field of one letter',
          parameters: [letterIdParameter],
          responses: { '200': json('LetterRecord', 'the letter'), '404': json('ApiError', 'no such letter'), ...errors },
        },
      },
      '/api/letters/{id}/chain': {
        get: {
          summary: 'The path from the letter up to its origin, and the tree of everything that forwarded the origin onward',
          parameters: [letterIdParameter],
          responses: {
            '200': json('ChainView', 'the chain'),
            '404': json('ApiError', 'no such letter, or it has no number and date to identify it'),
            ...errors,
          },
        },
      },
      '/api/originals/{sha256}': {
        get: {
          summary: 'The original PDF, by the sha256 of an indexed source',
          parameters: [{ name: 'sha256', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9a-f]{64}$' } }],
          responses: {
            '200': { description: 'the PDF', content: { 'application/pdf': {} } },
            '404': json('ApiError', 'not an indexed source, or its PDF is not in the content store'),
            ...errors,
          },
        },
      },
      '/api/stats': {
        get: {
          summary: 'How much the archive holds',
          responses: {
            '200': {
              description: 'counts',
              content: {
                'application/json': {
                  schema: { type: 'object', properties: { sources: { type: 'integer' }, letters: { type: 'integer' } } },
                },
              },
            },
            ...errors,
          },
        },
      },
    },
  };
}
