import type { NextFunction, Request, Response } from 'express';
import { CORRELATION_HEADER, currentCorrelationId } from '#libs/observability';
import { correlate, correlationIdFrom } from './correlation.middleware.js';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('correlation ids', () => {
  it('keeps a usable id the caller sent', () => {
    expect(correlationIdFrom('req-42')).toBe('req-42');
    expect(correlationIdFrom(['0190a8c2-1d7e-7c3f-9b1a-2f3e4d5c6b7a', 'other'])).toBe('0190a8c2-1d7e-7c3f-9b1a-2f3e4d5c6b7a');
  });

  it('makes a uuid v7 for a missing, empty, spaced or oversized id', () => {
    for (const header of [undefined, '', 'two words', 'line\nbreak', 'x'.repeat(129)]) expect(correlationIdFrom(header)).toMatch(UUID_V7);
  });

  it('runs the rest of the request inside the id and echoes it', () => {
    const headers: Record<string, string> = {};
    const request = { headers: {} } as Request;
    const response = { setHeader: (name: string, value: string) => (headers[name] = value) } as unknown as Response;
    let seen: string | undefined;
    correlate(request, response, (() => (seen = currentCorrelationId())) as NextFunction);
    expect(seen).toMatch(UUID_V7);
    expect(headers[CORRELATION_HEADER]).toBe(seen);
    expect(request.headers[CORRELATION_HEADER]).toBe(seen);
  });
});
