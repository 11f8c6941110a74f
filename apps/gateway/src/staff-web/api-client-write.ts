import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { previewOpenApiDocument, STAFF_WEB_SCHEMA_PATH, staffWebSchema } from './api-client.js';

// `npm run web:api`: regenerates the staff web app's API types from the gateway's routes.
writeFileSync(STAFF_WEB_SCHEMA_PATH, await staffWebSchema(await previewOpenApiDocument()));
process.stdout.write(`Wrote ${relative(process.cwd(), STAFF_WEB_SCHEMA_PATH)}\n`);
