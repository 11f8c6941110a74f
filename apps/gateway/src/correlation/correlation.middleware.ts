import type { NextFunction, Request, Response } from 'express';
import { v7 as uuidv7 } from 'uuid';
import { CORRELATION_HEADER, runInContext } from '#libs/observability';

/** What a caller may send as its correlation id; anything else (log injection, huge values) is replaced. */
const ACCEPTED = /^[A-Za-z0-9._:-]{1,128}$/;

export function correlationIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && ACCEPTED.test(value) ? value : uuidv7();
}

/**
 * Runs the rest of the request inside its correlation context, so that log lines, queries to other
 * services and the events they cause all carry the id the response echoes.
 */
export function correlate(request: Request, response: Response, next: NextFunction): void {
  const correlationId = correlationIdFrom(request.headers[CORRELATION_HEADER]);
  // The request logger reads the id from this header.
  request.headers[CORRELATION_HEADER] = correlationId;
  response.setHeader(CORRELATION_HEADER, correlationId);
  runInContext({ correlationId }, () => next());
}
