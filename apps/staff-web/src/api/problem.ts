import { i18n } from '../i18n';

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
  const t = i18n.getFixedT(null, 'app');
  if (!(error instanceof ApiProblem)) return t('problem.network');
  if (error.status === 401 || error.status === 403 || error.status === 404 || error.status === 412 || error.status === 429) return t(`problem.${error.status}`);
  if (error.status >= 500) return t('problem.5xx');
  const fields = error.errors.map((e) => e.message).join('; ');
  return fields || error.detail || error.title;
}
