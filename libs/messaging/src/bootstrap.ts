import { Catch, type ArgumentsHost, type INestApplication, type RpcExceptionFilter } from '@nestjs/common';
import type { CustomTransportStrategy } from '@nestjs/microservices';
import type { Logger } from 'pino';
import { ServiceNestLogger } from '#libs/observability';
import { throwError, type Observable } from 'rxjs';
import { OutboxRelay } from './outbox/outbox-relay.js';
import { EVENT_TRANSPORT, SERVICE_LOGGER } from './tokens.js';

/** Hands a handler's own error to the transport, which records it as the retry or dead-letter reason. */
@Catch()
class HandlerErrorPassthrough implements RpcExceptionFilter {
  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => exception);
  }
}

/** Attaches the event transport to an app and starts its consumers and query responders. */
export async function startMessaging(app: INestApplication): Promise<void> {
  const microservice = app.connectMicroservice(
    { strategy: app.get<CustomTransportStrategy>(EVENT_TRANSPORT) },
    { deferInitialization: true },
  );
  microservice.useGlobalFilters(new HandlerErrorPassthrough());
  await app.startAllMicroservices();
}

/** Starts publishing the outbox; called after consumers start so that, in one process, someone listens first. */
export function startRelay(app: INestApplication): void {
  app.get(OutboxRelay).start();
}

export function useServiceLogger(app: INestApplication): void {
  app.useLogger(new ServiceNestLogger(app.get<Logger>(SERVICE_LOGGER)));
}
