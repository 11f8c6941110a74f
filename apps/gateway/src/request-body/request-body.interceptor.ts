import { isUtf8 } from 'node:buffer';
import { Injectable, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import getRawBody from 'raw-body';
import type { Observable } from 'rxjs';
import { unsafeInput } from '#libs/contracts';
import { fieldProblem, ProblemException, statusProblem } from '../problems/problem-details.js';

/** What a route reads unless it says otherwise: far above any single record, far below what would tie up the gateway. */
export const DEFAULT_BODY_LIMIT = 1_000_000;

const BODY_LIMIT = 'civic:body-limit';

/** The largest body a route reads, in bytes, instead of `DEFAULT_BODY_LIMIT`: for the batch and import routes. */
export const BodyLimit = (bytes: number) => SetMetadata(BODY_LIMIT, bytes);

const JSON_TYPE = 'application/json';
/** Uploaded files stay bytes until their route checks they are UTF-8 (uploads/uploaded-text.ts). */
const FILE_TYPES = ['text/csv', 'application/geo+json'];

/** The body as JSON: UTF-8 only (RFC 8259), an object or an array, and nothing a contract could not hold. */
function jsonOf(bytes: Buffer, contentType: string): unknown {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1].toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') throw new ProblemException(statusProblem(415, `JSON must be UTF-8; got charset ${charset}`));
  // Anything else would be decoded with U+FFFD in place of what was sent.
  if (!isUtf8(bytes)) throw fieldProblem('body', 'isUtf8', 'body must be UTF-8 encoded JSON');
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw fieldProblem('body', 'isJson', 'body must be valid JSON');
  }
  if (typeof value !== 'object' || value === null) throw fieldProblem('body', 'isJson', 'body must be a JSON object or array');
  const unsafe = unsafeInput(value);
  if (unsafe) throw fieldProblem(unsafe.field, unsafe.rule, unsafe.message);
  return value;
}

/** raw-body's refusals as problem details; anything else is the gateway's own failure. */
function readProblem(err: unknown, limit: number): unknown {
  switch ((err as { type?: string }).type) {
    case 'entity.too.large': {
      const message = `body must be at most ${limit} bytes on this route`;
      return new ProblemException(statusProblem(413, message, { errors: [{ field: 'body', rule: 'maxSize', message }] }));
    }
    case 'request.aborted':
    case 'request.size.invalid':
      return new ProblemException(statusProblem(400, (err as Error).message));
    default:
      return err;
  }
}

/**
 * Reads the request body once the guards have let the request through, so an unauthenticated
 * request is refused before a byte of its body is read, and each route reads at most its own
 * limit (`@BodyLimit`): a longer announced length is refused before reading, a longer stream as
 * soon as it passes the limit, and the connection then closes (problem-details.filter.ts). A JSON
 * body that no contract could accept (not UTF-8, NUL characters, lone surrogates, nesting deeper
 * than 32 levels, prototype keys) is refused here, before class-transformer walks it.
 */
@Injectable()
export class RequestBodyInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    const type = req.is([JSON_TYPE, ...FILE_TYPES]);
    if (!type) return next.handle();
    const encoding = req.headers['content-encoding'];
    if (encoding && encoding !== 'identity') throw new ProblemException(statusProblem(415, `Content-Encoding ${encoding} is not accepted; send the body uncompressed`));
    const limit = this.reflector.getAllAndOverride<number | undefined>(BODY_LIMIT, [context.getHandler(), context.getClass()]) ?? DEFAULT_BODY_LIMIT;
    let bytes: Buffer;
    try {
      bytes = await getRawBody(req, { limit, length: req.headers['content-length'] });
    } catch (err) {
      throw readProblem(err, limit);
    }
    if (bytes.length > 0) req.body = type === JSON_TYPE ? jsonOf(bytes, req.headers['content-type'] ?? '') : bytes;
    return next.handle();
  }
}
