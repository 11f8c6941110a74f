import type { Role } from './roles.js';

/** Who is calling: the key that authenticated the request and what it may do. */
export interface Principal {
  keyId: string;
  role: Role;
  /** Set for role `bureau`: the only bureau the key speaks for. */
  bureauCode: string | null;
}

/**
 * Resolves a presented key to its principal, or null when the key is unknown, malformed or revoked.
 * The app that stores keys provides it; the guard only knows this port.
 */
export abstract class ApiKeyAuthenticator {
  abstract authenticate(key: string): Promise<Principal | null>;
}

const PRINCIPAL = Symbol('civic.principal');

type WithPrincipal = { [PRINCIPAL]?: Principal };

export function attachPrincipal(request: object, principal: Principal): void {
  (request as WithPrincipal)[PRINCIPAL] = principal;
}

export function principalOf(request: object): Principal | undefined {
  return (request as WithPrincipal)[PRINCIPAL];
}
