import type { LoggerService } from '@nestjs/common';
import type { Logger } from 'pino';

/**
 * Nest's own log lines (start-up, routes, framework warnings) through a service's pino logger, so
 * that each says its service even when several services share one process.
 */
export class ServiceNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...context: unknown[]): void {
    this.logger.info(fields(context), text(message));
  }

  error(message: unknown, ...context: unknown[]): void {
    // Nest passes (message, stack, context) for errors.
    const [stack, ...rest] = context;
    this.logger.error({ ...fields(rest), ...(typeof stack === 'string' ? { stack } : {}) }, text(message));
  }

  warn(message: unknown, ...context: unknown[]): void {
    this.logger.warn(fields(context), text(message));
  }

  debug(message: unknown, ...context: unknown[]): void {
    this.logger.debug(fields(context), text(message));
  }

  verbose(message: unknown, ...context: unknown[]): void {
    this.logger.trace(fields(context), text(message));
  }

  fatal(message: unknown, ...context: unknown[]): void {
    this.logger.fatal(fields(context), text(message));
  }
}

function text(message: unknown): string {
  return message instanceof Error ? message.message : typeof message === 'string' ? message : JSON.stringify(message);
}

/** Nest's last argument is the context (the class that logged). */
function fields(context: unknown[]): Record<string, unknown> {
  const last = context[context.length - 1];
  return typeof last === 'string' ? { context: last } : {};
}
