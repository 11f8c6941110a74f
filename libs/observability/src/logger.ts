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

export function loggerOptions(service: string, level = process.env.LOG_LEVEL ?? 'info'): LoggerOptions {
  return {
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
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
