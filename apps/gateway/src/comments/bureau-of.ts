import type { Principal } from '#libs/auth';
import { ProblemException, statusProblem, INVALID_REQUEST_TYPE } from '../problems/problem-details.js';

/** The bureau a write speaks for: a bureau key's own, or the one a coordinator or admin names. */
export function bureauOf(principal: Principal, requested: string | undefined): string {
  if (principal.role === 'bureau') {
    if (requested && requested !== principal.bureauCode) {
      throw new ProblemException(statusProblem(403, `this key speaks for ${principal.bureauCode}, not ${requested}`));
    }
    return principal.bureauCode ?? '';
  }
  if (!requested) {
    throw new ProblemException({
      type: INVALID_REQUEST_TYPE,
      title: 'The request is not valid',
      status: 400,
      detail: 'bureau is required for coordinator and admin keys',
      errors: [{ field: 'bureau', rule: 'isDefined', message: 'bureau is required for coordinator and admin keys' }],
    });
  }
  return requested;
}
