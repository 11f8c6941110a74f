import { pino, type Logger, type LoggerOptions } from 'pino';
import { currentContext } from './correlation.js';

/** Paths of personal data that must never reach a log line. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
  '*.email',
  '*.phone',
  '*.contactEmail',
  '*.contactPhone',
  '*.commenter',
  '*.demographics',
];

/** Query parameters and route parameters whose value is a credential, whatever a client sends them for. */
const SECRET_PARAMETER = /^(?:api[_-]?key|key|token|access[_-]?token|auth|authorization|secret|password|signature|sig)$/i;
/** Path segments that are credentials: the token of an alert email's unsubscribe link. */
const SECRET_PATH_SEGMENT = /(\/unsubscribe\/)[^/?#]+/i;
const CENSOR = '[redacted]';

/** The URL with every credential in its path or query replaced, for logs. */
export function redactUrl(url: string): string {
  const at = url.indexOf('?');
  const path = (at < 0 ? url : url.slice(0, at)).replace(SECRET_PATH_SEGMENT, `$1${CENSOR}`);
  if (at < 0) return path;
  const query = url
    .slice(at + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq < 0 ? pair : pair.slice(0, eq);
      return SECRET_PARAMETER.test(safeDecode(name)) ? `${name}=${CENSOR}` : pair;
    })
    .join('&');
  return `${path}?${query}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

function redactParameters(values: unknown): unknown {
  if (typeof values !== 'object' || values === null) return values;
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, SECRET_PARAMETER.test(name) ? CENSOR : value]));
}

/** The request as logged (pino-http hands over its standard serialization): no credential in its URL, query or route parameters. */
export function redactedRequest(req: { url?: unknown; query?: unknown; params?: unknown }): object {
  const redacted: Record<string, unknown> = { ...req };
  if (typeof req.url === 'string') redacted.url = redactUrl(req.url);
  if ('query' in req) redacted.query = redactParameters(req.query);
  if ('params' in req) redacted.params = redactParameters(req.params);
  return redacted;
}

export function loggerOptions(service: string, level = process.env.LOG_LEVEL ?? 'info'): LoggerOptions {
  return {
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: CENSOR },
    serializers: { req: redactedRequest },
    formatters: { level: (label) => ({ level: label }) },
    mixin() {
      const ctx = currentContext();
      if (!ctx) return {};
      return { correlationId: ctx.correlationId, eventId: ctx.eventId, eventType: ctx.eventType };
    },
  };
}

const destination = pino.destination({ sync: false });

/** A JSON logger for code that runs outside a request (relays, consumers, start-up). */
export function createLogger(service: string, level?: string, component?: string): Logger {
  const root = pino(loggerOptions(service, level), destination);
  return component ? root.child({ component }) : root;
}
