const DAY_MS = 86_400_000;

export interface OverdueCandidate {
  status: string;
  heldAt: Date | null;
  reportBackAt: Date | null;
  overdueNotices: number;
  lastOverdueAt: Date | null;
}

/**
 * The report-back rule: an engagement held more than `days` days ago with no report-back is overdue; it is
 * raised once, then again each week until a report-back is published. Null when no notice is due now.
 */
export function overdueNoticeDue(engagement: OverdueCandidate, now: Date, days: number): { notice: number; daysSinceHeld: number } | null {
  if (engagement.status !== 'held' && engagement.status !== 'closed') return null;
  if (!engagement.heldAt || engagement.reportBackAt) return null;
  const elapsed = now.getTime() - engagement.heldAt.getTime();
  if (elapsed <= days * DAY_MS) return null;
  const daysSinceHeld = Math.floor(elapsed / DAY_MS);
  if (engagement.overdueNotices === 0 || !engagement.lastOverdueAt) return { notice: 1, daysSinceHeld };
  if (now.getTime() - engagement.lastOverdueAt.getTime() >= 7 * DAY_MS) return { notice: engagement.overdueNotices + 1, daysSinceHeld };
  return null;
}
