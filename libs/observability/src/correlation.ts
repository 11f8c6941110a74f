import { AsyncLocalStorage } from 'node:async_hooks';
import { v7 as uuidv7 } from 'uuid';

/** What every log line and every event caused by a piece of work carries. */
export interface WorkContext {
  correlationId: string;
  eventId?: string;
  eventType?: string;
}

const storage = new AsyncLocalStorage<WorkContext>();

export function runInContext<T>(context: WorkContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentContext(): WorkContext | undefined {
  return storage.getStore();
}

/** The correlation id of the work in progress, or a new one when work starts here. */
export function currentCorrelationId(): string {
  return storage.getStore()?.correlationId ?? uuidv7();
}

export const CORRELATION_HEADER = 'x-correlation-id';
