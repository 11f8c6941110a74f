import { ForbiddenException, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { presentedApiKey } from './api-key.js';
import { PUBLIC_METADATA, ROLES_METADATA } from './decorators.js';
import { ApiKeyAuthenticator, attachPrincipal } from './principal.js';
import type { Role } from './roles.js';

/**
 * Every HTTP route needs a valid, unrevoked key unless it is `@Public()`; a route with `@Roles(...)`
 * also needs one of those roles. No key or a bad key is 401, the wrong role 403.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: ApiKeyAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_METADATA, targets)) return true;

    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>();
    const key = presentedApiKey(request.headers);
    if (!key) throw new UnauthorizedException('Send an API key as "Authorization: Bearer <key>" or "X-API-Key: <key>".');
    const principal = await this.authenticator.authenticate(key);
    // One message for unknown, malformed and revoked keys, so a caller learns nothing about other keys.
    if (!principal) throw new UnauthorizedException('The API key is not valid or has been revoked.');
    attachPrincipal(request, principal);

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_METADATA, targets);
    if (roles && !roles.includes(principal.role)) {
      throw new ForbiddenException(`This needs a key with role ${roles.join(' or ')}; this key has role ${principal.role}.`);
    }
    return true;
  }
}
