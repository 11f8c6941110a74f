/**
 * SQLSTATEs that blame the server or the connection, not the statement: connection exceptions
 * (class 08), an administrator or crash shutdown (57P01, 57P02), a server still starting (57P03),
 * too many connections (53300).
 */
const TRANSIENT_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** Socket errors on the way to the server. */
const TRANSIENT_NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/** What node-postgres, its pool and TypeORM say, without a code, when a connection ends or cannot be had. */
const TRANSIENT_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /terminating connection/i,
  /the database system is (?:starting up|shutting down|in recovery mode)/i,
  /client has encountered a connection error and is not queryable/i,
  /cannot use a pool after calling end/i,
  /client was closed and is not queryable/i,
  /connection is not established with (?:the )?database/i,
];

/**
 * True when an error says the database could not be reached or went away: the statement did not
 * run (or its transaction rolled back) and the same work may be tried again once the server is
 * back. A statement the server refused (a constraint, a syntax error) is not transient.
 *
 * The lead's `isTransientDatabaseError` in libs/persistence replaces this one; it is the only copy.
 */
export function isTransientDatabaseError(err: unknown): boolean {
  // TypeORM wraps the driver's error in `driverError`; others chain `cause`.
  for (let e: unknown = err, depth = 0; typeof e === 'object' && e !== null && depth < 5; depth++) {
    const { code, message, errors, driverError, cause } = e as { code?: unknown; message?: unknown; errors?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof code === 'string' && (code.startsWith('08') || TRANSIENT_SQLSTATES.has(code) || TRANSIENT_NETWORK_CODES.has(code))) return true;
    if (typeof message === 'string' && TRANSIENT_MESSAGES.some((pattern) => pattern.test(message))) return true;
    // A dual-stack connect (127.0.0.1 and ::1) fails as an AggregateError of both attempts.
    if (Array.isArray(errors) && errors.some(isTransientDatabaseError)) return true;
    e = driverError ?? cause;
  }
  return false;
}
