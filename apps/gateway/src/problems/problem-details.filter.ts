import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { CORRELATION_HEADER, redactUrl } from '#libs/observability';
import { PROBLEM_CONTENT_TYPE, problemFor, retryAfterSeconds } from './problem-details.js';

/** Renders every error of the gateway, unknown routes included, as `application/problem+json`. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const correlationId = response.getHeader(CORRELATION_HEADER);
    const problem = {
      ...problemFor(exception),
      instance: request.originalUrl.split('?')[0],
      ...(correlationId ? { correlationId: String(correlationId) } : {}),
    };
    if (problem.status >= 500) this.logger.error({ err: exception, status: problem.status }, `${request.method} ${redactUrl(problem.instance)} failed`);
    if (problem.status === 401) response.setHeader('WWW-Authenticate', 'Bearer realm="civic"');
    const retryAfter = retryAfterSeconds(exception, problem.status);
    if (retryAfter !== undefined) response.setHeader('Retry-After', String(retryAfter));
    // A body left unread (refused before it was read, or too large) is not drained: the connection closes after the answer.
    if (!request.complete) response.setHeader('Connection', 'close');
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }
}
