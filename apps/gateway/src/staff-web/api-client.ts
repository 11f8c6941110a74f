import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import openapiTS, { astToString } from 'openapi-typescript';
import { projectPath } from '#libs/messaging';
import { GatewayModule } from '../gateway.module.js';
import { createOpenApiDocument } from '../openapi/openapi.js';

/** Where the staff web app keeps its generated API types (committed, read by openapi-fetch). */
export const STAFF_WEB_SCHEMA_PATH = projectPath(import.meta.url, 'apps', 'staff-web', 'src', 'api', 'schema.d.ts');

const HEADER = '// Generated from the gateway\'s OpenAPI document by `npm run web:api`; do not edit.\n\n';

/** The TypeScript the staff web app's client is typed by, generated from an OpenAPI document. */
export async function staffWebSchema(document: OpenAPIObject): Promise<string> {
  // openapi-typescript takes any OpenAPI 3 object; its own type for one is stricter than Nest's.
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return HEADER + astToString(ast);
}

/**
 * The document `/docs-json` serves, made without starting anything: in preview mode Nest reads
 * the routes' metadata and creates no provider, so no database or broker is needed.
 */
export async function previewOpenApiDocument(): Promise<OpenAPIObject> {
  // The configuration is read when the module is declared; nothing connects to it in preview.
  const app = await NestFactory.create(GatewayModule.forRoot({ env: { DATABASE_URL: 'postgres://preview.invalid/civic' } }), {
    preview: true,
    logger: false,
    bodyParser: false,
  });
  try {
    return createOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
