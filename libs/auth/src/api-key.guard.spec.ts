import { ForbiddenException, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { eventually } from '#libs/testing';
import { generateApiKey, parseApiKey } from './api-key.js';
import { ApiKeyGuard } from './api-key.guard.js';
import { Public, Roles } from './decorators.js';
import { FailedAuthenticationLimiter, TooManyFailedAuthentications } from './failed-authentication-limiter.js';
import { ApiKeyAuthenticator, principalOf, type Principal } from './principal.js';
import { StaffSessionAuthenticator, type StaffSessionPrincipal } from './staff-session.js';

class Routes {
  @Public()
  probe(): void {}

  anyKey(): void {}

  @Roles('admin', 'coordinator')
  staffOnly(): void {}
}

class KnownKeys extends ApiKeyAuthenticator {
  constructor(private readonly keys: Record<string, Principal>) {
    super();
  }

  asked = 0;

  async authenticate(key: string): Promise<Principal | null> {
    this.asked++;
    return this.keys[key] ?? null;
  }
}

const bureau: Principal = { keyId: 'b00000000001', role: 'bureau', bureauCode: 'PBOT' };
const admin: Principal = { keyId: 'a00000000001', role: 'admin', bureauCode: null };
const authenticator = new KnownKeys({ 'bureau-key': bureau, 'admin-key': admin });
const guarded = (limiter = new FailedAuthenticationLimiter()) => new ApiKeyGuard(new Reflector(), authenticator, limiter);
const guard = guarded();

function call(route: keyof Routes, headers: Record<string, string>, ip = '192.0.2.1', on = guard, method = 'GET') {
  const request = { headers, ip, method };
  const context = {
    getType: () => 'http',
    getHandler: () => Routes.prototype[route],
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  return { request, allowed: on.canActivate(context) };
}

describe('ApiKeyGuard', () => {
  it('lets anyone reach a public route', async () => {
    await expect(call('probe', {}).allowed).resolves.toBe(true);
  });

  it('answers 401 without a key and with an unknown key', async () => {
    await expect(call('anyKey', {}).allowed).rejects.toThrow(UnauthorizedException);
    await expect(call('anyKey', { authorization: 'Bearer nope' }).allowed).rejects.toThrow(/not valid or has been revoked/);
  });

  it('attaches the principal of a valid key', async () => {
    const { request, allowed } = call('anyKey', { 'x-api-key': 'bureau-key' });
    await expect(allowed).resolves.toBe(true);
    expect(principalOf(request)).toEqual(bureau);
  });

  it('answers 403 to a valid key without the role, naming the roles needed', async () => {
    const denied = call('staffOnly', { authorization: 'Bearer bureau-key' }).allowed;
    await expect(denied).rejects.toThrow(ForbiddenException);
    await expect(denied).rejects.toThrow('This needs a key with role admin or coordinator; this key has role bureau.');
    await expect(call('staffOnly', { authorization: 'Bearer admin-key' }).allowed).resolves.toBe(true);
  });

  describe('staff sessions', () => {
    const coordinator: Principal = { keyId: 'staff:casey', role: 'coordinator', bureauCode: null };
    const staffed = new (class extends StaffSessionAuthenticator {
      async authenticate(token: string): Promise<StaffSessionPrincipal | null> {
        return token === 'live-session' ? { principal: coordinator, csrfToken: 'the-csrf-token' } : null;
      }
    })();
    const withSessions = new ApiKeyGuard(new Reflector(), authenticator, new FailedAuthenticationLimiter(), staffed);
    const asSession = (route: keyof Routes, method: string, extra: Record<string, string> = {}) => call(route, { cookie: 'civic_session=live-session', ...extra }, '192.0.2.9', withSessions, method);

    it('lets a live session read, with its staffer as the principal', async () => {
      const { request, allowed } = asSession('staffOnly', 'GET');
      await expect(allowed).resolves.toBe(true);
      expect(principalOf(request)).toEqual(coordinator);
    });

    it('refuses a change by session without its CSRF token, or with another', async () => {
      await expect(asSession('anyKey', 'POST').allowed).rejects.toThrow(/X-CSRF-Token/);
      await expect(asSession('anyKey', 'DELETE', { 'x-csrf-token': 'a-guess' }).allowed).rejects.toThrow(ForbiddenException);
      await expect(asSession('anyKey', 'PATCH', { 'x-csrf-token': 'the-csrf-token' }).allowed).resolves.toBe(true);
    });

    it('answers 401 to an ended session, and lets a key in a header win over a cookie', async () => {
      await expect(call('anyKey', { cookie: 'civic_session=ended' }, '192.0.2.9', withSessions).allowed).rejects.toThrow('Your session has ended; sign in again.');
      const { request, allowed } = call('anyKey', { cookie: 'civic_session=live-session', authorization: 'Bearer bureau-key' }, '192.0.2.9', withSessions, 'POST');
      await expect(allowed).resolves.toBe(true);
      expect(principalOf(request)).toEqual(bureau);
    });

    it('answers 403 to a session without the role', async () => {
      const bureauSession = new ApiKeyGuard(new Reflector(), authenticator, new FailedAuthenticationLimiter(), {
        authenticate: async () => ({ principal: bureau, csrfToken: 't' }),
      });
      await expect(call('staffOnly', { cookie: '__Host-civic_session=any' }, '192.0.2.9', bureauSession).allowed).rejects.toThrow(
        'This needs a key with role admin or coordinator; you are signed in as bureau.',
      );
    });
  });

  describe('failed authentications', () => {
    const limits = { client: { failures: 3, windowSeconds: 60, blockSeconds: 1 }, key: { failures: 2, windowSeconds: 60, blockSeconds: 1 } };
    const bad = (on: ApiKeyGuard, ip: string, key = 'nope') => call('anyKey', { authorization: `Bearer ${key}` }, ip, on).allowed;
    const failure = (promise: Promise<boolean>) => promise.then(() => undefined, (err: unknown) => err);

    it('answers 429 with the seconds to wait once an address has failed too often, before looking its key up', async () => {
      const limited = guarded(new FailedAuthenticationLimiter(limits));
      for (let i = 0; i < 3; i++) await expect(bad(limited, '198.51.100.7')).rejects.toThrow(UnauthorizedException);
      // The failure over the limit is the first 429; after it the key is not even looked up.
      await expect(bad(limited, '198.51.100.7')).rejects.toThrow(TooManyFailedAuthentications);
      const asked = authenticator.asked;
      const refused = await failure(bad(limited, '198.51.100.7'));
      expect(authenticator.asked).toBe(asked);
      expect(refused).toBeInstanceOf(TooManyFailedAuthentications);
      expect((refused as TooManyFailedAuthentications).getStatus()).toBe(429);
      expect((refused as TooManyFailedAuthentications).retryAfterSeconds).toBe(1);
      // Even a valid key from that address waits: the address is what is blocked.
      await expect(call('anyKey', { 'x-api-key': 'admin-key' }, '198.51.100.7', limited).allowed).rejects.toThrow(TooManyFailedAuthentications);
      // Other addresses are not affected; nor is a missing key, which costs no lookup, counted.
      await expect(call('anyKey', { 'x-api-key': 'admin-key' }, '198.51.100.8', limited).allowed).resolves.toBe(true);
      for (let i = 0; i < 5; i++) await expect(call('anyKey', {}, '198.51.100.9', limited).allowed).rejects.toThrow(UnauthorizedException);
    });

    it('limits failures per key id across addresses', async () => {
      const limited = guarded(new FailedAuthenticationLimiter(limits));
      const guessed = generateApiKey().key;
      const other = generateApiKey().key;
      expect(parseApiKey(guessed)).not.toEqual(parseApiKey(other));
      await expect(bad(limited, '203.0.113.1', guessed)).rejects.toThrow(UnauthorizedException);
      await expect(bad(limited, '203.0.113.2', guessed)).rejects.toThrow(UnauthorizedException);
      await expect(bad(limited, '203.0.113.3', guessed)).rejects.toThrow(TooManyFailedAuthentications);
      await expect(bad(limited, '203.0.113.4', guessed)).rejects.toThrow(TooManyFailedAuthentications);
      await expect(bad(limited, '203.0.113.4', other)).rejects.toThrow(UnauthorizedException);
    });

    it('lets the address try again once its block has passed', async () => {
      const limited = guarded(new FailedAuthenticationLimiter(limits));
      for (let i = 0; i < 4; i++) await failure(bad(limited, '198.51.100.20'));
      await expect(call('anyKey', { 'x-api-key': 'admin-key' }, '198.51.100.20', limited).allowed).rejects.toThrow(TooManyFailedAuthentications);
      const allowed = () => call('anyKey', { 'x-api-key': 'admin-key' }, '198.51.100.20', limited).allowed.then(() => true, () => false);
      await expect(eventually(allowed, (ok) => ok, { timeoutMs: 10_000 })).resolves.toBe(true);
    });
  });
});
