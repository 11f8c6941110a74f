import { STATUS_CODES } from 'node:http';
import { applyDecorators, type INestApplication } from '@nestjs/common';
import { ApiResponse, DocumentBuilder, SwaggerModule, type OpenAPIObject, type OperationObject, type SchemaObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '../problems/problem-details.js';
import { contractSchemas } from './contract-schema.js';

export const BEARER_SCHEME = 'bearer';
export const API_KEY_HEADER_SCHEME = 'x-api-key';

const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'RFC 9457 problem details',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', examples: ['about:blank'] },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string', examples: ['/v1/organizations'] },
    correlationId: { type: 'string' },
    errors: {
      type: 'array',
      description: 'Each field refused, and the rule it broke',
      items: {
        type: 'object',
        required: ['field', 'rule', 'message'],
        properties: { field: { type: 'string' }, rule: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};
const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };

/** Documents the error statuses a route answers with, all as problem+json. */
export function ProblemResponses(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, description: STATUS_CODES[status], content: { [PROBLEM_CONTENT_TYPE]: { schema: PROBLEM_REF } } }),
    ),
  );
}

/** Documents a success answered as text of one media type: a calendar, a page, a CSV, an event stream. */
export function TextResponse(contentType: string, description: string, status = 200): MethodDecorator {
  return ApiResponse({ status, description, content: { [contentType]: { schema: { type: 'string' } } } });
}

/** The gateway's OpenAPI document: what `/docs-json` serves, and what the staff web app's client is generated from. */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Civic engagement platform')
    .setDescription(
      'Coordinates community engagement across the city\'s bureaus. Every `/v1` route needs an API key ' +
        '(`npm run keys:create`); errors are RFC 9457 problem details.',
    )
    .setVersion('1')
    .setOpenAPIVersion('3.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'civic API key', description: 'Authorization: Bearer <API key>' }, BEARER_SCHEME)
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'The same API key, in its own header' }, API_KEY_HEADER_SCHEME)
    .build();
  const document = SwaggerModule.createDocument(app, config);
  documentPlatformProblems(document.paths);
  const schemas = { ...contractSchemas(), ...document.components?.schemas, Problem: PROBLEM_SCHEMA };
  document.components = { ...document.components, schemas: reachable(document.paths, schemas) };
  return document;
}

/** Swagger UI at `/docs`, the document at `/docs-json`. */
export function setupOpenApi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => createOpenApiDocument(app));
}

/**
 * What any route of the API may answer besides its own: a key refused (401) or too many refused
 * from one client (429, with Retry-After), a service it needs not answering (503, with Retry-After),
 * and a change that timed out and may have been made (504).
 */
function documentPlatformProblems(paths: OpenAPIObject['paths']): void {
  for (const [path, item] of Object.entries(paths)) {
    if (!path.startsWith('/v1/')) continue;
    for (const [method, operation] of Object.entries(item as Record<string, OperationObject>)) {
      if (typeof operation !== 'object' || !operation.responses) continue;
      const statuses = [...(operation.security?.length ? [401, 429] : []), 503, ...(method === 'get' ? [] : [504])];
      for (const status of statuses) operation.responses[status] ??= { description: STATUS_CODES[status]!, content: { [PROBLEM_CONTENT_TYPE]: { schema: PROBLEM_REF } } };
    }
  }
}

/** The schemas the routes refer to, directly or through one another: the rest are internal messages. */
function reachable(paths: object, schemas: Record<string, SchemaObject>): Record<string, SchemaObject> {
  const kept: Record<string, SchemaObject> = {};
  const visit = (node: object): void => {
    for (const [, name] of JSON.stringify(node).matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
      if (kept[name] || !schemas[name]) continue;
      kept[name] = schemas[name];
      visit(schemas[name]);
    }
  };
  visit(paths);
  return Object.fromEntries(Object.entries(kept).sort(([a], [b]) => a.localeCompare(b)));
}
