import { ProblemException, fieldProblem, statusProblem } from '../problems/problem-details.js';

/** The entity tag of a record's version, as `ETag` gives it and `If-Match` takes it back. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/**
 * The version an admin's write is based on, from `If-Match`: the `ETag` they read (`"3"`) or the
 * bare number. A write without it could silently undo someone else's, so it is required (428).
 */
export function versionFromIfMatch(header: string | undefined, what = 'organization'): number {
  if (header === undefined || header.trim() === '') {
    throw new ProblemException(statusProblem(428, `If-Match is required: send the ETag (the version) of the ${what} you read`));
  }
  const match = /^\s*(?:"(\d{1,9})"|(\d{1,9}))\s*$/.exec(header);
  const version = match ? Number(match[1] ?? match[2]) : 0;
  if (version < 1) {
    throw fieldProblem('If-Match', 'isVersion', `If-Match must be the ETag of the ${what}, its version such as "3"`);
  }
  return version;
}
