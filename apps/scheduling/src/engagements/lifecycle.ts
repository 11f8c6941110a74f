import type { EngagementStatus } from '#libs/contracts';

/** draft → scheduled → held → closed; draft or scheduled → cancelled; scheduled → postponed → scheduled. */
const NEXT: Record<EngagementStatus, readonly EngagementStatus[]> = {
  draft: ['scheduled', 'cancelled'],
  scheduled: ['held', 'cancelled', 'postponed'],
  postponed: ['scheduled'],
  held: ['closed'],
  closed: [],
  cancelled: [],
};

/** Why an engagement cannot move from one status to another, or null when it can. */
export function transitionProblem(from: EngagementStatus, to: EngagementStatus): string | null {
  if (NEXT[from].includes(to)) return null;
  const allowed = NEXT[from].length > 0 ? `from ${from} it can only become ${NEXT[from].join(', ')}` : `${from} is final`;
  return `an engagement cannot go from ${from} to ${to}: ${allowed}`;
}
