import { STATUS_CODES } from 'node:http';
import { applyDecorators, type INestApplication } from '@nestjs/common';
import { ApiResponse, DocumentBuilder, SwaggerModule, type OpenAPIObject, type SchemaObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '../problems/problem-details.js';

export const BEARER_SCHEME = 'bearer';
export const API_KEY_HEADER_SCHEME = 'x-api-key';

const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'RFC 9457 problem details',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', example: 'about:blank' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string', example: '/v1/organizations' },
    correlationId: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string' }, rule: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

/** Documents the error statuses a route answers with, all as problem+json. */
export function ProblemResponses(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, description: STATUS_CODES[status], content: { [PROBLEM_CONTENT_TYPE]: { schema: PROBLEM_SCHEMA } } }),
    ),
  );
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
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'civic API key', description: 'Authorization: Bearer <API key>' }, BEARER_SCHEME)
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'The same API key, in its own header' }, API_KEY_HEADER_SCHEME)
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** Swagger UI at `/docs`, the document at `/docs-json`. */
export function setupOpenApi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => createOpenApiDocument(app));
}
