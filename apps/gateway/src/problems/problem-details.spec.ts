import { BadRequestException, ForbiddenException, NotFoundException } from '@nestjs/common';
import { validate } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { CreateOrganizationRequest } from '#libs/contracts';
import { TooManyFailedAuthentications } from '#libs/auth';
import { QueryFailedError, QueryUnavailableError } from '#libs/messaging';
import {
  INVALID_REQUEST_TYPE,
  invalidRequest,
  problemFor,
  ProblemException,
  RETRY_AFTER_SECONDS,
  retryAfterSeconds,
  statusProblem,
} from './problem-details.js';

describe('problem details', () => {
  it('names every field and the rule it broke', async () => {
    const body = plainToInstance(CreateOrganizationRequest, { slug: 'Not A Slug', kind: 'neighborhood_association', name: '' });
    const problem = invalidRequest(await validate(body)).problem;
    expect(problem).toMatchObject({ type: INVALID_REQUEST_TYPE, title: 'The request is not valid', status: 400 });
    expect(problem.errors).toEqual([
      { field: 'slug', rule: 'matches', message: 'slug must be lowercase words joined by hyphens' },
      { field: 'name', rule: 'isNotEmpty', message: 'name should not be empty' },
    ]);
    expect(problem.detail).toBe('slug must be lowercase words joined by hyphens; name should not be empty');
  });

  it('maps Nest HTTP errors to about:blank with the status phrase as title', () => {
    expect(problemFor(new ForbiddenException('This needs a key with role admin.'))).toEqual({
      type: 'about:blank',
      title: 'Forbidden',
      status: 403,
      detail: 'This needs a key with role admin.',
    });
    expect(problemFor(new NotFoundException('Cannot GET /nowhere'))).toMatchObject({ title: 'Not Found', detail: 'Cannot GET /nowhere' });
    expect(problemFor(new BadRequestException(['a is wrong', 'b is wrong'])).detail).toBe('a is wrong; b is wrong');
  });

  it('answers another service\'s validation failure as the gateway\'s own: the one type, each field and rule', () => {
    const slug = { field: 'slug', rule: 'matches', message: 'slug must be lowercase' };
    const refusal = new QueryFailedError('registry.organization.create', 'slug must be lowercase', 400, [slug]);
    expect(problemFor(refusal)).toEqual({
      type: INVALID_REQUEST_TYPE,
      title: 'The request is not valid',
      status: 400,
      detail: 'slug must be lowercase',
      errors: [slug],
    });
    expect(problemFor(new QueryFailedError('registry.organization.get', 'no organization', 404))).toMatchObject({ status: 404, title: 'Not Found' });
  });

  it('keeps the fields of another service\'s other refusals, such as a value another record holds', () => {
    const taken = { field: 'ocdId', rule: 'unique', message: 'ocdId "x" is already used by another organization' };
    expect(problemFor(new QueryFailedError('registry.organization.create', taken.message, 409, [taken]))).toEqual({
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: taken.message,
      errors: [taken],
    });
  });

  it('keeps another service\'s internal error text out of the answer', () => {
    const failure = new QueryFailedError('registry.organization.create', 'relation "organization" does not exist', 500);
    const problem = problemFor(failure);
    expect(problem.status).toBe(500);
    expect(problem.detail).not.toContain('does not exist');
    expect(problem.detail).toContain('registry.organization.create');
  });

  it('answers 503 when no service answers a query', () => {
    const problem = problemFor(new QueryUnavailableError('registry.organization.get', 'no-responder'));
    expect(problem).toMatchObject({ status: 503, title: 'Service Unavailable' });
    expect(problem.detail).toContain('registry.organization.get');
  });

  it('answers 503 when the gateway cannot reach its database, or a service reports it cannot reach its own', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(problemFor(refused)).toEqual({
      type: 'about:blank',
      title: 'Service Unavailable',
      status: 503,
      detail: 'The gateway cannot reach its database; nothing was done. Try again shortly.',
    });
    const reported = problemFor(new QueryFailedError('registry.organization.list', 'the service cannot reach its database', 503));
    expect(reported).toMatchObject({ status: 503, detail: 'The service answering "registry.organization.list" is unavailable; try again shortly.' });
  });

  it('tells every 503 when to try again, and no other error but a throttled one', () => {
    expect(retryAfterSeconds(new QueryUnavailableError('registry.organization.get', 'no-responder'), 503)).toBe(RETRY_AFTER_SECONDS);
    for (const status of [400, 401, 404, 500, 504]) expect(retryAfterSeconds(new Error('x'), status)).toBeUndefined();
  });

  it('tells a client refused for too many bad keys when its block ends', () => {
    const throttled = new TooManyFailedAuthentications(42);
    expect(problemFor(throttled)).toMatchObject({ status: 429, title: 'Too Many Requests', detail: 'Too many requests with an invalid API key; try again in 42 s.' });
    expect(retryAfterSeconds(throttled, 429)).toBe(42);
  });

  it('answers 500 without details to anything unexpected', () => {
    expect(problemFor(new Error('secret connection string'))).toEqual({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: 'The gateway could not answer; quote the correlation id when reporting this.',
    });
  });

  it('keeps the extension members of a problem thrown as such', () => {
    const thrown = new ProblemException(statusProblem(503, 'Not ready: registry.', { services: { registry: { status: 'down' } } }));
    expect(thrown.getStatus()).toBe(503);
    expect(problemFor(thrown)).toMatchObject({ status: 503, services: { registry: { status: 'down' } } });
  });
});
