import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { addApiMiddleware, api } from '../api/client';
import { type Ok } from '../api/models';
import { ApiProblem, dataOrThrow } from '../api/problem';
import { forgetKey, storedKey, storeKey } from './key-store';

/**
 * Sign-in for now: a person pastes an API key, which is sent as `Authorization: Bearer`. This
 * folder is all that knows it; OpenID Connect sessions replace it without touching the pages.
 */
export type Principal = Ok<'/v1/api-keys/current', 'get'>;

interface Auth {
  signedIn: boolean;
  principal: Principal | undefined;
  /** Checks the key with the gateway and keeps it; throws its ApiProblem when refused. */
  signIn(key: string): Promise<void>;
  signOut(): void;
}

const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

async function currentKey(key: string): Promise<Principal> {
  return dataOrThrow(await api.GET('/v1/api-keys/current', { headers: { authorization: `Bearer ${key}` } }));
}

/** Who hears that the gateway refused the key in use (revoked meanwhile, or expired). */
const refusedListeners = new Set<() => void>();

// Registered once, before any page asks anything: every request carries the key of this tab.
addApiMiddleware({
  onRequest({ request }) {
    const key = storedKey();
    if (key && !request.headers.has('authorization')) request.headers.set('authorization', `Bearer ${key}`);
    return request;
  },
  onResponse({ request, response }) {
    const key = storedKey();
    if (response.status === 401 && key && request.headers.get('authorization') === `Bearer ${key}`) refusedListeners.forEach((listener) => listener());
    return response;
  },
});

export function AuthProvider({ children }: { children: ReactNode }) {
  const [key, setKey] = useState(storedKey);
  const queries = useQueryClient();

  const signOut = useCallback(() => {
    forgetKey();
    setKey(null);
    queries.clear();
  }, [queries]);

  // A key refused mid-session sends the person back to the sign-in page rather than to errors on every view.
  useEffect(() => {
    refusedListeners.add(signOut);
    return () => void refusedListeners.delete(signOut);
  }, [signOut]);

  const principal = useQuery({ queryKey: ['principal', key], queryFn: () => currentKey(key!), enabled: key !== null, staleTime: Infinity });

  const signIn = useCallback(
    async (candidate: string) => {
      const who = await currentKey(candidate);
      storeKey(candidate);
      queries.setQueryData(['principal', candidate], who);
      setKey(candidate);
    },
    [queries],
  );

  const auth = useMemo<Auth>(() => ({ signedIn: key !== null, principal: principal.data, signIn, signOut }), [key, principal.data, signIn, signOut]);
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

export { ApiProblem };
