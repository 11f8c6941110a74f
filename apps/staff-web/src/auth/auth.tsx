import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { addApiMiddleware, api } from '../api/client';
import { type Ok } from '../api/models';
import { ApiProblem, dataOrThrow } from '../api/problem';

/**
 * Sign-in is the gateway's: OpenID Connect at the city's provider (or the demo one), then a session
 * cookie this code never sees. The app only asks who is signed in (`GET /v1/session`) and repeats
 * the session's CSRF token on every change. This folder is all that knows it.
 */
export type Principal = Ok<'/v1/session', 'get'>;

interface Auth {
  /** Null while the first answer is on its way. */
  signedIn: boolean | null;
  principal: Principal | undefined;
  /** Goes to the provider, to come back to `returnTo`. */
  signIn(returnTo: string): void;
  signOut(): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

export function signInUrl(returnTo: string): string {
  return `/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`;
}

/** The session's CSRF token, for the requests that change something; kept as the session query answers. */
const held: { csrfToken: string | null } = { csrfToken: null };
/** Who hears that the session ended under the app (idle too long, signed out in another tab). */
const endedListeners = new Set<() => void>();
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

// Registered once, before any page asks anything.
addApiMiddleware({
  onRequest({ request }) {
    if (held.csrfToken && !SAFE.has(request.method)) request.headers.set('x-csrf-token', held.csrfToken);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && !request.url.endsWith('/v1/session')) endedListeners.forEach((listener) => listener());
    return response;
  },
});

async function currentSession(): Promise<Principal | null> {
  const answer = await api.GET('/v1/session');
  if (answer.response.status === 401) return null;
  return dataOrThrow(answer);
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const queries = useQueryClient();
  const session = useQuery({ queryKey: ['session'], queryFn: currentSession, staleTime: 60_000, refetchOnWindowFocus: true });
  useEffect(() => {
    held.csrfToken = session.data?.csrfToken ?? null;
  }, [session.data]);

  // A session that ended mid-visit sends the person to sign in rather than to errors on every view.
  useEffect(() => {
    const ended = () => void queries.invalidateQueries({ queryKey: ['session'] });
    endedListeners.add(ended);
    return () => void endedListeners.delete(ended);
  }, [queries]);

  const signIn = useCallback((returnTo: string) => window.location.assign(signInUrl(returnTo)), []);
  const signOut = useCallback(async () => {
    const answer = await api.POST('/auth/sign-out');
    queries.clear();
    window.location.assign(answer.data?.redirectTo ?? '/');
  }, [queries]);

  const signedIn = session.isPending ? null : session.data != null;
  const auth = useMemo<Auth>(() => ({ signedIn, principal: session.data ?? undefined, signIn, signOut }), [signedIn, session.data, signIn, signOut]);
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

export { ApiProblem };
