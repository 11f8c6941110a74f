/** A bad command line; its message is the one line printed before exiting with code 2. */
export class UsageError extends Error {}

// A zone is required: a bare local time would mean different instants on the operator's laptop and in a container.
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** An ISO 8601 time with a zone (or a UTC date) given as `--<flag>`; anything else is a UsageError naming the flag. */
export function parseTime(flag: string, value: string): Date {
  const m = ISO_TIME.exec(value);
  const time = new Date(value);
  if (!m || Number.isNaN(time.getTime()) || !isCalendarTime(m)) {
    throw new UsageError(`--${flag} must be an ISO 8601 time with a zone, e.g. 2025-06-01T18:00:00Z (got "${value}")`);
  }
  return time;
}

/** Date() rolls 2025-02-30 over to March and 24:00 to the next day; an operator's typo should fail instead. */
function isCalendarTime(m: RegExpExecArray): boolean {
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((part) => Number(part ?? 0));
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 59;
}

/**
 * An operator tool's arguments, or the exit code when there is nothing to run: 0 after printing
 * the usage for --help (the parser answers null), 2 after printing one line for a bad command line.
 */
export function commandLine<T>(tool: string, usage: string, parse: (argv: string[]) => T | null, argv: string[]): { args: T } | { exitCode: number } {
  try {
    const args = parse(argv);
    if (args === null) {
      process.stdout.write(`${usage}\n`);
      return { exitCode: 0 };
    }
    return { args };
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`${tool}: ${err.message}\n`);
    return { exitCode: 2 };
  }
}
