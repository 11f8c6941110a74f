import type { Server } from 'node:http';
import { ValidationPipe, type INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { SERVICE_LOGGER } from '#libs/messaging';
import { correlate } from './correlation/correlation.middleware.js';
import { applyHttpTimeouts } from './http-timeouts.js';
import { useSecurityHeaders } from './security-headers.js';
import { setupOpenApi } from './openapi/openapi.js';
import { ProblemDetailsFilter } from './problems/problem-details.filter.js';
import { invalidRequest } from './problems/problem-details.js';

/**
 * The gateway's HTTP behaviour: correlation ids, validation, problem+json errors and the OpenAPI
 * docs. Call it once on the app of `GatewayModule.forRoot`, before `init()` or `listen()`.
 */
export function configureGatewayHttp(app: INestApplication): void {
  app.use(correlate);
  useSecurityHeaders(app);
  const express = app as NestExpressApplication;
  // Batches (5,000 comments of up to 20,000 characters, 500 engagements) are far above the 100 kB
  // default; the gateway sends what exceeds one NATS message to its service in parts.
  express.useBodyParser('json', { limit: '120mb' });
  // Uploaded files stay bytes until their route checks they are UTF-8 (uploads/uploaded-text.ts).
  express.useBodyParser('raw', { type: ['text/csv', 'application/geo+json'], limit: '50mb' });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true, exceptionFactory: invalidRequest }));
  app.useGlobalFilters(new ProblemDetailsFilter(app.get<Logger>(SERVICE_LOGGER).child({ component: 'http' })));
  setupOpenApi(app);
  applyHttpTimeouts(app.getHttpServer() as Server);
}
