import type { Principal } from '#libs/auth';
import type { Actor } from '#libs/contracts';

/** The caller as the services it asks see it: key id, role and bureau. */
export function actorOf(principal: Principal): Actor {
  return { keyId: principal.keyId, role: principal.role, bureauCode: principal.bureauCode };
}
