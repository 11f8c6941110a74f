import type { Server } from 'node:http';
import { ValidationPipe, type INestApplication } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Logger } from 'pino';
import { SERVICE_LOGGER } from '#libs/messaging';
import { correlate } from './correlation/correlation.middleware.js';
import { applyHttpTimeouts } from './http-timeouts.js';
import { useSecurityHeaders } from './security-headers.js';
import { setupOpenApi } from './openapi/openapi.js';
import { mountDemoIdentityProvider } from './sign-in/sign-in.module.js';
import { serveStaffWeb } from './staff-web/staff-web.js';
import { ProblemDetailsFilter } from './problems/problem-details.filter.js';
import { invalidRequest } from './problems/problem-details.js';
import { RequestBodyInterceptor } from './request-body/request-body.interceptor.js';
import { UnsafeInputPipe } from './request-body/unsafe-input.pipe.js';

/**
 * The gateway's HTTP behaviour: correlation ids, the staff web app, validation, problem+json errors
 * and the OpenAPI docs. Call it once on the app of `GatewayModule.forRoot`, before `init()` or `listen()`.
 */
export function configureGatewayHttp(app: INestApplication): void {
  app.use(correlate);
  useSecurityHeaders(app);
  serveStaffWeb(app);
  mountDemoIdentityProvider(app);
  // No body parser runs before the routes (services are created with bodyParser: false): the body
  // is read after the API key guard, up to each route's own limit (request-body.interceptor.ts).
  app.useGlobalInterceptors(new RequestBodyInterceptor(app.get(Reflector)));
  app.useGlobalPipes(
    new UnsafeInputPipe(),
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true, exceptionFactory: invalidRequest }),
  );
  app.useGlobalFilters(new ProblemDetailsFilter(app.get<Logger>(SERVICE_LOGGER).child({ component: 'http' })));
  setupOpenApi(app);
  applyHttpTimeouts(app.getHttpServer() as Server);
}
