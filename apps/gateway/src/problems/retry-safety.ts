import { applyDecorators, Injectable, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiHeader } from '@nestjs/swagger';
import type { Request } from 'express';
import { catchError, throwError, type Observable } from 'rxjs';
import { IDEMPOTENCY_KEY } from '#libs/contracts';
import { QueryUnavailableError } from '#libs/messaging';
import { ProblemException, statusProblem } from './problem-details.js';

const ACCEPTS_IDEMPOTENCY_KEY = 'civic:idempotency-key';

/** The route honours an `Idempotency-Key` header: a repeat with the same key changes nothing again. */
export const AcceptsIdempotencyKey = () =>
  applyDecorators(
    SetMetadata(ACCEPTS_IDEMPOTENCY_KEY, true),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      schema: { type: 'string', pattern: IDEMPOTENCY_KEY.source },
      description:
        'Your name for this attempt (1-200 letters, digits or _ . : -), kept per bureau: a retry with the same key (after a 503 or a lost answer) gets the first answer and changes nothing again; the same key with a different request is a 422',
    }),
  );

/** Methods whose repeat has the effect of one request (RFC 9110 §9.2.2). */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/**
 * Whether sending this request again cannot do its work twice: an idempotent method, a change
 * conditional on `If-Match` (every change bumps the version, so a repeat after it was applied gets
 * 412), or an `Idempotency-Key` on a route that honours it.
 */
export function safeToRepeat(method: string, headers: Request['headers'], acceptsIdempotencyKey: boolean): boolean {
  if (IDEMPOTENT_METHODS.has(method.toUpperCase()) || headers['if-match']) return true;
  return acceptsIdempotencyKey && Boolean(headers['idempotency-key']);
}

/**
 * A 503 must mean "nothing was done, or send the same request again": a client that retries only
 * 503s is then right. A query that timed out may have been carried out without its answer, so for
 * a request that is not safe to repeat it is a 504 telling the client to look before sending again.
 */
@Injectable()
export class RetrySafety implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((err: unknown) => {
        if (!(err instanceof QueryUnavailableError) || err.reason !== 'timeout' || context.getType() !== 'http') return throwError(() => err);
        const request = context.switchToHttp().getRequest<Request>();
        const accepts = this.reflector.getAllAndOverride<boolean>(ACCEPTS_IDEMPOTENCY_KEY, [context.getHandler(), context.getClass()]) ?? false;
        if (safeToRepeat(request.method, request.headers, accepts)) return throwError(() => err);
        const advice = accepts ? 'read it back before sending it again, or send it with an Idempotency-Key' : 'read it back before sending it again';
        return throwError(() => new ProblemException(statusProblem(504, `${err.message}; the change may have been made: ${advice}.`)));
      }),
    );
  }
}
