import type { Principal } from '#libs/auth';
import { ProblemException, fieldProblem, statusProblem } from '../problems/problem-details.js';

/** The bureau a write speaks for: a bureau key's own, or the one a coordinator or admin names. */
export function bureauOf(principal: Principal, requested: string | undefined): string {
  if (principal.role === 'bureau') {
    if (requested && requested !== principal.bureauCode) {
      throw new ProblemException(statusProblem(403, `this key speaks for ${principal.bureauCode}, not ${requested}`));
    }
    return principal.bureauCode ?? '';
  }
  if (!requested) {
    throw fieldProblem('bureau', 'isDefined', 'bureau is required for coordinator and admin keys');
  }
  return requested;
}
