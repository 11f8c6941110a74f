import { DateTime } from 'luxon';

export interface QuietHoursWindow {
  start: string;
  end: string;
  timeZone: string;
}

function atLocal(day: DateTime, hhmm: string): DateTime {
  const [hour, minute] = hhmm.split(':').map(Number);
  return day.set({ hour, minute, second: 0, millisecond: 0 });
}

/**
 * When quiet hours that hold `now` end, or null when `now` is outside them. A window whose end is
 * before its start runs past midnight (22:00–07:00).
 */
export function quietUntil(now: Date, quiet: QuietHoursWindow | null): Date | null {
  if (!quiet || quiet.start === quiet.end) return null;
  const local = DateTime.fromJSDate(now, { zone: quiet.timeZone });
  for (const offset of [-1, 0]) {
    const day = local.plus({ days: offset });
    const start = atLocal(day, quiet.start);
    let end = atLocal(day, quiet.end);
    if (end <= start) end = atLocal(day.plus({ days: 1 }), quiet.end);
    if (local >= start && local < end) return end.toJSDate();
  }
  return null;
}

/**
 * The next time a digest goes out after `now`: the local time `at` each day, or each Monday for a
 * weekly one; pushed to the end of quiet hours when it falls inside them.
 */
export function nextDigestAt(now: Date, at: string, timeZone: string, weekly: boolean, quiet: QuietHoursWindow | null = null): Date {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  let next = atLocal(local, at);
  while (next <= local || (weekly && next.weekday !== 1)) next = atLocal(next.plus({ days: 1 }), at);
  const when = next.toJSDate();
  return quietUntil(when, quiet) ?? when;
}

/** Exponential backoff with jitter: about base·2^(attempt-1), capped, drawn from its upper half so retries of many deliveries spread out. */
export function retryDelayMs(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
