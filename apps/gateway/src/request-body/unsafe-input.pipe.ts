import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { unsafeInput } from '#libs/contracts';
import { fieldProblem } from '../problems/problem-details.js';

/**
 * Refuses path parameters and query values that no contract could accept (a NUL character, a
 * lone surrogate), naming the parameter, before they reach a service's database. Bodies are
 * checked where they are read (request-body.interceptor.ts).
 */
@Injectable()
export class UnsafeInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'param' && metadata.type !== 'query') return value;
    const problem = unsafeInput(value, metadata.data ?? '');
    if (problem) throw fieldProblem(problem.field, problem.rule, problem.message);
    return value;
  }
}
