import type { Logger } from 'pino';
import { Counter } from 'prom-client';
import { platformRegistry } from './metrics.js';

const unhandled = new Counter({
  name: 'civic_unhandled_rejections_total',
  help: 'Promise rejections no code handled; each is logged with its stack, and the process keeps running',
  registers: [platformRegistry],
});

let guarded = false;

/**
 * A rejection nobody handled is a defect to fix, not a reason to end every request in flight:
 * log it with its stack and carry on. (Node's default ends the process silently mid-request.)
 */
export function guardProcess(logger: Logger): void {
  if (guarded) return;
  guarded = true;
  process.on('unhandledRejection', (reason) => {
    unhandled.inc();
    const err = reason instanceof Error ? { message: reason.message, name: reason.name, stack: reason.stack } : { message: String(reason) };
    logger.error({ err }, 'unhandled promise rejection; the process keeps running');
  });
}
