import { ValidationPipe, type INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { SERVICE_LOGGER } from '#libs/messaging';
import { correlate } from './correlation/correlation.middleware.js';
import { setupOpenApi } from './openapi/openapi.js';
import { ProblemDetailsFilter } from './problems/problem-details.filter.js';
import { invalidRequest } from './problems/problem-details.js';

/**
 * The gateway's HTTP behaviour: correlation ids, validation, problem+json errors and the OpenAPI
 * docs. Call it once on the app of `GatewayModule.forRoot`, before `init()` or `listen()`.
 */
export function configureGatewayHttp(app: INestApplication): void {
  app.use(correlate);
  // Imports arrive as files. Queries carry them over NATS, whose default payload limit is 1 MB.
  (app as NestExpressApplication).useBodyParser('text', { type: ['text/csv', 'application/geo+json'], limit: '1mb' });
  // A batch of 500 engagements is several hundred kilobytes, above the parser's default of 100 kB.
  (app as NestExpressApplication).useBodyParser('json', { limit: '4mb' });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true, exceptionFactory: invalidRequest }));
  app.useGlobalFilters(new ProblemDetailsFilter(app.get<Logger>(SERVICE_LOGGER).child({ component: 'http' })));
  setupOpenApi(app);
}
