import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { useEffect } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { vi } from 'vitest';
import { AppRoutes } from '../app/App';
import { AuthProvider } from '../auth/auth';

type Answer = { status?: number; body: unknown };

/**
 * Answers the app's requests as the gateway would, by path; records every URL asked for.
 * An unknown path is a 404 problem, so a test sees a request it did not expect.
 */
export function answerApi(routes: Record<string, (url: URL) => Answer>, requests?: Request[]): URL[] {
  const asked: URL[] = [];
  vi.stubGlobal('fetch', async (request: Request) => {
    const url = new URL(request.url);
    asked.push(url);
    requests?.push(request);
    const route = routes[url.pathname];
    const { status = 200, body } = route ? route(url) : { status: 404, body: { title: 'Not Found', status: 404, detail: `no route ${url.pathname}` } };
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' } });
  });
  return asked;
}

const seen = { location: '' };
function LocationProbe() {
  const here = useLocation();
  useEffect(() => {
    seen.location = `${here.pathname}${here.search}`;
  }, [here]);
  return null;
}

/** Where the app's router is now. */
export const currentLocation = (): string => seen.location;

/** The app at a URL, with a fresh query cache and no retries. */
export function renderApp(at: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <MemoryRouter initialEntries={[at]}>
          <AppRoutes />
          <LocationProbe />
        </MemoryRouter>
      </AuthProvider>
    </QueryClientProvider>,
  );
}

/** What `GET /v1/session` answers for a signed-in coordinator. */
export const COORDINATOR_SESSION = {
  staffId: 'staff:casey',
  displayName: 'Casey Morgan',
  role: 'coordinator',
  bureauCode: null,
  csrfToken: 'csrf-of-the-session',
  idleExpiresAt: '2026-12-04T12:30:00.000Z',
  expiresAt: '2026-12-04T23:00:00.000Z',
};
