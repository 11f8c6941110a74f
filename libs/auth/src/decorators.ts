import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { principalOf, type Principal } from './principal.js';
import type { Role } from './roles.js';

export const ROLES_METADATA = 'civic:roles';
export const PUBLIC_METADATA = 'civic:public';

/** Only keys with one of these roles may call the route; without it any valid key may. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_METADATA, roles);

/** The route needs no key at all (probes, metrics). */
export const Public = () => SetMetadata(PUBLIC_METADATA, true);

/** The principal the guard authenticated for this request. */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = principalOf(context.switchToHttp().getRequest<object>());
  // The guard runs before every non-public route, so a missing principal is a wiring mistake.
  if (!principal) throw new Error('CurrentPrincipal used on a route the API key guard did not authenticate');
  return principal;
});
