import { ForbiddenException, Injectable, Optional, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { parseApiKey, presentedApiKey } from './api-key.js';
import { PUBLIC_METADATA, ROLES_METADATA } from './decorators.js';
import { FailedAuthenticationLimiter, TooManyFailedAuthentications } from './failed-authentication-limiter.js';
import { ApiKeyAuthenticator, attachPrincipal } from './principal.js';
import type { Role } from './roles.js';
import { CSRF_HEADER, presentedSessionToken, StaffSessionAuthenticator } from './staff-session.js';

/** Methods that change nothing, which a session cookie may call without its CSRF token. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

interface HttpRequest {
  method?: string;
  headers: Record<string, string | string[] | undefined>;
  /** Express's client address (the TCP peer, or what `trust proxy` allows it to read from X-Forwarded-For). */
  ip?: string;
  socket?: { remoteAddress?: string };
}

/**
 * Every HTTP route needs a valid, unrevoked key, or a staffer's session, unless it is `@Public()`;
 * a route with `@Roles(...)` also needs one of those roles. No key or a bad key is 401, the wrong
 * role 403; too many bad keys from one address or for one key id are 429 until their block ends,
 * before any key is looked up. A key in a header wins over a session cookie; a write by session
 * must repeat its CSRF token in `X-CSRF-Token` (403 otherwise), so another site cannot make one.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: ApiKeyAuthenticator,
    private readonly limiter: FailedAuthenticationLimiter,
    @Optional() private readonly sessions?: StaffSessionAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_METADATA, targets)) return true;

    const request = context.switchToHttp().getRequest<HttpRequest>();
    const key = presentedApiKey(request.headers);
    const sessionToken = key ? undefined : presentedSessionToken(request.headers);
    if (sessionToken && this.sessions) {
      const session = await this.sessions.authenticate(sessionToken);
      if (!session) throw new UnauthorizedException('Your session has ended; sign in again.');
      const csrf = request.headers[CSRF_HEADER];
      if (!SAFE_METHODS.has(request.method ?? 'GET') && (typeof csrf !== 'string' || csrf !== session.csrfToken)) {
        throw new ForbiddenException('A change made with a session needs its CSRF token in the X-CSRF-Token header (GET /v1/session gives it).');
      }
      attachPrincipal(request, session.principal);
      return this.permits(targets, session.principal.role, 'you are signed in as');
    }
    if (!key) throw new UnauthorizedException('Sign in, or send an API key as "Authorization: Bearer <key>" or "X-API-Key: <key>".');
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
    return this.permits(targets, principal.role, 'this key has role');
  }

  private permits(targets: Parameters<Reflector['getAllAndOverride']>[1], role: Role, caller: string): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_METADATA, targets);
    if (roles && !roles.includes(role)) throw new ForbiddenException(`This needs a key with role ${roles.join(' or ')}; ${caller} ${role}.`);
    return true;
  }
}
