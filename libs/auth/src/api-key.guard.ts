import { ForbiddenException, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { parseApiKey, presentedApiKey } from './api-key.js';
import { PUBLIC_METADATA, ROLES_METADATA } from './decorators.js';
import { FailedAuthenticationLimiter, TooManyFailedAuthentications } from './failed-authentication-limiter.js';
import { ApiKeyAuthenticator, attachPrincipal } from './principal.js';
import type { Role } from './roles.js';

interface HttpRequest {
  headers: Record<string, string | string[] | undefined>;
  /** Express's client address (the TCP peer, or what `trust proxy` allows it to read from X-Forwarded-For). */
  ip?: string;
  socket?: { remoteAddress?: string };
}

/**
 * Every HTTP route needs a valid, unrevoked key unless it is `@Public()`; a route with `@Roles(...)`
 * also needs one of those roles. No key or a bad key is 401, the wrong role 403; too many bad keys
 * from one address or for one key id are 429 until their block ends, before any key is looked up.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: ApiKeyAuthenticator,
    private readonly limiter: FailedAuthenticationLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_METADATA, targets)) return true;

    const request = context.switchToHttp().getRequest<HttpRequest>();
    const key = presentedApiKey(request.headers);
    if (!key) throw new UnauthorizedException('Send an API key as "Authorization: Bearer <key>" or "X-API-Key: <key>".');
    const client = request.ip ?? request.socket?.remoteAddress ?? 'unknown';
    const keyId = parseApiKey(key)?.keyId ?? null;
    const blocked = await this.limiter.blockedFor(client, keyId);
    if (blocked > 0) throw new TooManyFailedAuthentications(blocked);
    const principal = await this.authenticator.authenticate(key);
    if (!principal) {
      const nowBlocked = await this.limiter.failed(client, keyId);
      if (nowBlocked > 0) throw new TooManyFailedAuthentications(nowBlocked);
      // One message for unknown, malformed and revoked keys, so a caller learns nothing about other keys.
      throw new UnauthorizedException('The API key is not valid or has been revoked.');
    }
    attachPrincipal(request, principal);

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_METADATA, targets);
    if (roles && !roles.includes(principal.role)) {
      throw new ForbiddenException(`This needs a key with role ${roles.join(' or ')}; this key has role ${principal.role}.`);
    }
    return true;
  }
}
