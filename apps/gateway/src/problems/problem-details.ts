import { STATUS_CODES } from 'node:http';
import { HttpException } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { TooManyFailedAuthentications } from '#libs/auth';
import { isTransientDatabaseError } from '#libs/persistence';
import { fieldErrorsOf, type FieldError } from '#libs/contracts';
import { QueryFailedError, QueryUnavailableError } from '#libs/messaging';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The one problem type with its own meaning; every other error is `about:blank` plus its HTTP status. */
export const INVALID_REQUEST_TYPE = 'urn:civic:problem:invalid-request';

export type { FieldError };

/** RFC 9457 problem details, with extension members (`errors`, `correlationId`, ...) beside the standard ones. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

/**
 * What a 503 tells a client to wait before sending the request again: about what a database or a
 * service takes to restart. A 503 always means nothing was done, or that the same request (with the
 * same Idempotency-Key) may be sent again safely.
 */
export const RETRY_AFTER_SECONDS = 5;

/** An HTTP error that already carries its problem details. */
export class ProblemException extends HttpException {
  constructor(readonly problem: ProblemDetails) {
    super(problem.detail, problem.status);
  }
}

/** An `about:blank` problem, whose title is by definition the HTTP status phrase. */
export function statusProblem(status: number, detail: string, extensions: Record<string, unknown> = {}): ProblemDetails {
  return { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status, detail, ...extensions };
}

/** The one documented answer to a request that fails validation: 400 naming every field and the rule it broke. */
export function invalidRequestProblem(errors: FieldError[], detail = errors.map((e) => e.message).join('; ')): ProblemDetails {
  return { type: INVALID_REQUEST_TYPE, title: 'The request is not valid', status: 400, detail, errors };
}

/** 400 naming one field and the rule it broke, for checks the ValidationPipe cannot make. */
export function fieldProblem(field: string, rule: string, message: string): ProblemException {
  return new ProblemException(invalidRequestProblem([{ field, rule, message }]));
}

/** The ValidationPipe's exception: 400 naming every field and the rule it broke. */
export function invalidRequest(errors: ValidationError[]): ProblemException {
  return new ProblemException(invalidRequestProblem(fieldErrorsOf(errors)));
}

/** Problem details for whatever a gateway route threw. */
export function problemFor(exception: unknown): ProblemDetails {
  if (exception instanceof ProblemException) return exception.problem;
  if (exception instanceof QueryUnavailableError) return statusProblem(503, `${exception.message}; try again shortly.`);
  if (exception instanceof QueryFailedError) return queryProblem(exception);
  if (exception instanceof HttpException) return statusProblem(exception.getStatus(), httpDetail(exception));
  // The API key lookup is the gateway's own statement; nothing was done before it.
  if (isTransientDatabaseError(exception)) return statusProblem(503, 'The gateway cannot reach its database; nothing was done. Try again shortly.');
  return statusProblem(500, 'The gateway could not answer; quote the correlation id when reporting this.');
}

/** The Retry-After of an answer, in seconds: every 503, and a 429 that knows when its block ends. */
export function retryAfterSeconds(exception: unknown, status: number): number | undefined {
  if (exception instanceof TooManyFailedAuthentications) return exception.retryAfterSeconds;
  return status === 503 ? RETRY_AFTER_SECONDS : undefined;
}

function queryProblem(error: QueryFailedError): ProblemDetails {
  const status = error.status >= 400 && error.status <= 599 ? error.status : 500;
  // The service could not reach its database (libs/messaging answers 503 for that): its transaction rolled back.
  if (status === 503) return statusProblem(503, `The service answering "${error.pattern}" is unavailable; try again shortly.`);
  // Another service's internal error text (SQL, stack) is for its logs, not for callers.
  if (status >= 500) return statusProblem(status, `The service answering "${error.pattern}" failed; quote the correlation id when reporting this.`);
  const errors = error.errors?.length ? error.errors : undefined;
  // A service's validation failure is the gateway's: the same type, fields and rules.
  if (status === 400 && errors) return invalidRequestProblem(errors, error.message);
  return statusProblem(status, error.message, errors ? { errors } : {});
}

function httpDetail(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : String(message ?? exception.message);
}
