/**
 * Postgres SQLSTATE codes that say the server (not the statement) is the problem: connection
 * exceptions (class 08), the server shutting down or restarting (57P01–57P03), too many
 * connections (53300) and a standby that cannot answer yet (57P04 is a dropped database: not transient).
 */
const TRANSIENT_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '53400']);
const TRANSIENT_NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** What node-postgres and its pool say when a connection ends or cannot be had; they carry no code. */
const TRANSIENT_MESSAGES = [
  /connection terminated/i,
  /connection (?:is )?(?:closed|ended)/i,
  /timeout exceeded when trying to connect/i,
  /terminating connection/i,
  /the database system is (?:starting up|shutting down|in recovery mode)/i,
  /client has encountered a connection error and is not queryable/i,
  /cannot use a pool after calling end/i,
  /Client was closed and is not queryable/i,
  /connection is not established with (?:the )?database/i,
  // TypeORM releases a transaction's query runner when its connection emits an error (the server
  // ended it); the transaction's next statement then fails with one of these, not the driver's error.
  /connection provided by a query runner was already released/i,
  /query runner already released/i,
];

/**
 * True when an error means the database could not be reached or went away mid-statement: the work
 * did not happen (or rolled back) and may be tried again once the server is back. A statement the
 * server refused (a constraint, a syntax error, a serialization failure) is not transient here.
 */
export function isTransientDatabaseError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    const { code, message, cause, driverError } = e as { code?: unknown; message?: unknown; cause?: unknown; driverError?: unknown };
    if (typeof code === 'string') {
      if (TRANSIENT_SQLSTATES.has(code) || code.startsWith('08') || TRANSIENT_NETWORK_CODES.has(code)) return true;
    }
    if (typeof message === 'string' && TRANSIENT_MESSAGES.some((m) => m.test(message))) return true;
    // TypeORM wraps the driver's error; AggregateError (a dual-stack connect) carries the attempts.
    const inner = (e as { errors?: unknown[] }).errors;
    if (Array.isArray(inner) && inner.some((x) => isTransientDatabaseError(x))) return true;
    e = driverError ?? cause;
  }
  return false;
}
