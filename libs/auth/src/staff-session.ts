import { parse } from 'cookie';
import type { Principal } from './principal.js';

/** The session cookie: `__Host-` pinned to this origin over HTTPS, plain on a laptop's http://127.0.0.1. */
export const SESSION_COOKIE = 'civic_session';
export const SECURE_SESSION_COOKIE = '__Host-civic_session';

/** The header a browser write repeats the session's CSRF token in; a cookie alone never changes anything. */
export const CSRF_HEADER = 'x-csrf-token';

/** Who a session is for, and the CSRF token its writes must carry. */
export interface StaffSessionPrincipal {
  principal: Principal;
  csrfToken: string;
}

/** Resolves a session cookie's token to its staffer, or null when it is unknown, ended or idle too long. */
export abstract class StaffSessionAuthenticator {
  abstract authenticate(token: string): Promise<StaffSessionPrincipal | null>;
}

type Headers = Record<string, string | string[] | undefined>;

/** The value of one cookie a request carries, if any. */
export function presentedCookie(headers: Headers, name: string): string | undefined {
  const header = Array.isArray(headers.cookie) ? headers.cookie.join('; ') : headers.cookie;
  return header ? parse(header)[name] || undefined : undefined;
}

/** The session token a request's cookies carry, if any. */
export function presentedSessionToken(headers: Headers): string | undefined {
  return presentedCookie(headers, SECURE_SESSION_COOKIE) ?? presentedCookie(headers, SESSION_COOKIE);
}
