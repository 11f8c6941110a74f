import { RpcException, type MessageHandler } from '@nestjs/microservices';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { isObservable, lastValueFrom } from 'rxjs';
import { isTransientDatabaseError } from '#libs/persistence';
import { fieldErrorsOf, type FieldError } from '#libs/contracts';
import { currentCorrelationId, runInContext } from '#libs/observability';
import { QueryContext } from './event-context.js';

/** The wire shape of a query's answer. */
export type QueryReply = { data: unknown } | { error: QueryErrorBody };

export interface QueryErrorBody {
  message: string;
  status: number;
  /** Each field and the rule it broke, when the request failed validation (or a uniqueness check). */
  errors?: FieldError[];
}

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

function errorReply(err: unknown): QueryErrorBody {
  // Its transaction rolled back: the caller may send the same request again once the database is back.
  if (isTransientDatabaseError(err)) return { message: 'the service cannot reach its database', status: 503 };
  const e = err as { message?: unknown; status?: unknown; getStatus?: () => number; error?: unknown };
  // Nest's RpcException carries its payload in `error`.
  const inner =
    typeof e?.error === 'object' && e.error !== null ? (e.error as { message?: unknown; status?: unknown; errors?: unknown }) : undefined;
  const status = Number(inner?.status ?? e?.status ?? e?.getStatus?.() ?? 500);
  const message = String(inner?.message ?? e?.message ?? e?.error ?? 'query failed');
  const errors = Array.isArray(inner?.errors) ? inner.errors.map(asFieldError) : undefined;
  return { message, status: Number.isInteger(status) ? status : 500, ...(errors ? { errors } : {}) };
}

/** A refusal carries `FieldError`s; anything else a handler put there is kept as a message without a field. */
function asFieldError(entry: unknown): FieldError {
  const e = entry as Partial<FieldError> | null;
  if (typeof e === 'object' && e !== null && typeof e.field === 'string' && typeof e.rule === 'string' && typeof e.message === 'string') {
    return { field: e.field, rule: e.rule, message: e.message };
  }
  return { field: '', rule: 'unknown', message: String(entry) };
}

/** Thrown by a query when no service answers or it answers too late. */
export class QueryUnavailableError extends Error {
  readonly status = 503;
  constructor(
    readonly pattern: string,
    /** No responder: nobody received the query. Timeout: a service may have done the work without answering in time. */
    readonly reason: 'no-responder' | 'timeout',
    timeoutMs?: number,
  ) {
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
  constructor(
    readonly pattern: string,
    message: string,
    readonly status: number,
    readonly errors?: FieldError[],
  ) {
    super(message);
    this.name = 'QueryFailedError';
  }
}

/** A 400 answer to a query, naming each field and the rule it broke; `message` sums them up when there are many. */
export function badRequest(problems: FieldError[], message?: string): RpcException {
  return refusal(400, problems, message);
}

/** A 4xx answer to a query naming the fields at fault, e.g. 409 for a value another record already holds. */
export function refusal(status: number, problems: FieldError[], message = problems.map((p) => p.message).join('; ')): RpcException {
  return new RpcException({ status, message, errors: problems });
}

/** Validates a query body against its request class; a failure answers 400 naming each field and rule. */
export async function validatedQuery<T extends object>(type: new () => T, body: unknown): Promise<T> {
  const instance = plainToInstance(type, body ?? {});
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: false });
  if (errors.length > 0) throw badRequest(fieldErrorsOf(errors));
  return instance;
}
