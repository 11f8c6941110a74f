/** An RFC 9457 problem the gateway answered with, or a network failure (status 0). */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors: Array<{ field: string; message: string }> = [],
  ) {
    super(detail || title);
  }
}

interface ProblemJson {
  title?: string;
  detail?: string;
  errors?: Array<{ field: string; message: string }>;
}

/** The data of an openapi-fetch answer, or its problem thrown, for TanStack Query to show. */
export function dataOrThrow<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    const problem = (result.error ?? {}) as ProblemJson;
    throw new ApiProblem(result.response.status, problem.title ?? result.response.statusText, problem.detail ?? '', problem.errors);
  }
  return result.data;
}

/** What to tell a person when a request failed, in plain words. */
export function problemMessage(error: unknown): string {
  if (!(error instanceof ApiProblem)) return 'The platform could not be reached. Check your connection and try again.';
  if (error.status === 401) return 'Your sign-in is no longer accepted. Sign in again.';
  if (error.status === 403) return 'Your key does not allow this.';
  if (error.status === 404) return 'It was not found. It may have been removed, or the link may be wrong.';
  if (error.status === 429) return 'Too many failed attempts from this computer. Wait a minute and try again.';
  if (error.status >= 500) return 'The platform is not answering right now. Try again in a few seconds.';
  const fields = error.errors.map((e) => e.message).join('; ');
  return fields || error.detail || error.title;
}
