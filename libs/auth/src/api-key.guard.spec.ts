import { ForbiddenException, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiKeyGuard } from './api-key.guard.js';
import { Public, Roles } from './decorators.js';
import { ApiKeyAuthenticator, principalOf, type Principal } from './principal.js';

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

  async authenticate(key: string): Promise<Principal | null> {
    return this.keys[key] ?? null;
  }
}

const bureau: Principal = { keyId: 'b00000000001', role: 'bureau', bureauCode: 'PBOT' };
const admin: Principal = { keyId: 'a00000000001', role: 'admin', bureauCode: null };
const guard = new ApiKeyGuard(new Reflector(), new KnownKeys({ 'bureau-key': bureau, 'admin-key': admin }));

function call(route: keyof Routes, headers: Record<string, string>) {
  const request = { headers };
  const context = {
    getType: () => 'http',
    getHandler: () => Routes.prototype[route],
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  return { request, allowed: guard.canActivate(context) };
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
});
