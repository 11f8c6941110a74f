import type { MessageHandler } from '@nestjs/microservices';
import { isObservable, lastValueFrom } from 'rxjs';
import { currentCorrelationId, runInContext } from '#libs/observability';
import { QueryContext } from './event-context.js';

/** The wire shape of a query's answer. */
export type QueryReply = { data: unknown } | { error: { message: string; status: number } };

export interface QueryRequest {
  correlationId: string;
  data: unknown;
}

/** Runs a `@MessagePattern` handler and turns its result or error into a reply. */
export async function answerQuery(pattern: string, handler: MessageHandler, request: QueryRequest): Promise<QueryReply> {
  return runInContext({ correlationId: request.correlationId || currentCorrelationId() }, async () => {
    try {
      const result = await handler(request.data, new QueryContext([pattern, request.correlationId]));
      const data = isObservable(result) ? await lastValueFrom(result, { defaultValue: null }) : result;
      return { data: data ?? null };
    } catch (err) {
      return { error: errorReply(err) };
    }
  });
}

function errorReply(err: unknown): { message: string; status: number } {
  const e = err as { message?: unknown; status?: unknown; getStatus?: () => number; error?: unknown };
  // Nest's RpcException carries its payload in `error`.
  const inner = typeof e?.error === 'object' && e.error !== null ? (e.error as { message?: unknown; status?: unknown }) : undefined;
  const status = Number(inner?.status ?? e?.status ?? e?.getStatus?.() ?? 500);
  const message = String(inner?.message ?? e?.message ?? e?.error ?? 'query failed');
  return { message, status: Number.isInteger(status) ? status : 500 };
}

/** Thrown by a query when no service answers or it answers too late. */
export class QueryUnavailableError extends Error {
  readonly status = 503;
  constructor(readonly pattern: string, reason: 'no-responder' | 'timeout', timeoutMs?: number) {
    super(
      reason === 'no-responder'
        ? `No service answers query "${pattern}": its service is not running or not connected`
        : `Query "${pattern}" got no answer within ${timeoutMs} ms`,
    );
    this.name = 'QueryUnavailableError';
  }
}

/** The answering service reported an error. */
export class QueryFailedError extends Error {
  constructor(readonly pattern: string, message: string, readonly status: number) {
    super(message);
    this.name = 'QueryFailedError';
  }
}
