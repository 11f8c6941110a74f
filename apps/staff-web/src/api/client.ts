import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

/** The gateway's API, typed by the generated schema; the app and the API share one origin. */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? 'http://localhost',
  // Looked up at each request rather than once, so that tests can answer for the gateway.
  fetch: (request) => globalThis.fetch(request),
});

/** Lets whoever signs people in add their credentials to every request (see src/auth). */
export function addApiMiddleware(middleware: Middleware): void {
  api.use(middleware);
}
