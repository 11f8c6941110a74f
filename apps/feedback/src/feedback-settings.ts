/** The feedback service's own settings, read from the environment at start. */
export class FeedbackSettings {
  /** How often the job runner looks for queued syntheses, new comments and overdue report-backs; 0 = only when kicked. */
  readonly jobPollMs: number;
  /** Days after an engagement is held before a missing report-back is overdue. */
  readonly overdueDays: number;
  /** Comments fitting no theme of a synthesis before `theme.emerging` is raised. */
  readonly emergingThreshold: number;
  /** The time the service goes by; tests give their own. */
  readonly now: () => Date;

  constructor(env: NodeJS.ProcessEnv, now: () => Date = () => new Date()) {
    this.jobPollMs = positiveInteger(env, 'FEEDBACK_JOB_POLL_MS', 2000, true);
    this.overdueDays = positiveInteger(env, 'REPORT_BACK_OVERDUE_DAYS', 45);
    this.emergingThreshold = positiveInteger(env, 'THEME_EMERGING_THRESHOLD', 20);
    this.now = now;
  }
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, zeroAllowed = false): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < (zeroAllowed ? 0 : 1)) throw new Error(`${name} must be a ${zeroAllowed ? 'non-negative' : 'positive'} integer (got "${raw}")`);
  return value;
}
