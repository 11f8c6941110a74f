/** An engagement seen reaching one community: its bureau and start. */
export interface FatigueSighting {
  id: string;
  bureau: string;
  startsAt: Date;
}

export const DEFAULT_FATIGUE_THRESHOLD = 3;
export const DEFAULT_FATIGUE_WINDOW_DAYS = 30;

/**
 * A community is fatigued when engagements of at least `threshold` distinct bureaus start within
 * one window of `windowDays` (half-open: 30 days apart is two windows).
 */
export class FatigueDetector {
  constructor(
    readonly threshold: number = DEFAULT_FATIGUE_THRESHOLD,
    readonly windowDays: number = DEFAULT_FATIGUE_WINDOW_DAYS,
  ) {}

  get windowMs(): number {
    return this.windowDays * 86_400_000;
  }

  /**
   * The engagements of the window around `subject` with the most distinct bureaus, when they reach
   * the threshold; otherwise null. Only windows holding `subject` count, so each alert is about it.
   */
  detect(subject: FatigueSighting, others: FatigueSighting[]): FatigueSighting[] | null {
    const busiest = this.busiestWindow(subject, others);
    return new Set(busiest.map((s) => s.bureau)).size >= this.threshold ? busiest : null;
  }

  /** The engagements, `subject` among them, of the window holding it that has the most distinct bureaus, in start order. */
  busiestWindow(subject: FatigueSighting, others: FatigueSighting[]): FatigueSighting[] {
    const t = subject.startsAt.getTime();
    const near = others.filter((o) => o.id !== subject.id && Math.abs(o.startsAt.getTime() - t) < this.windowMs);
    // The largest windows holding `subject` start at `subject` or at an engagement before it.
    const starts = [t, ...near.map((o) => o.startsAt.getTime()).filter((s) => s <= t)];
    let best: FatigueSighting[] = [subject];
    let bestBureaus = 0;
    for (const s of starts) {
      const inside = near.filter((o) => o.startsAt.getTime() >= s && o.startsAt.getTime() < s + this.windowMs);
      const bureaus = new Set([subject.bureau, ...inside.map((o) => o.bureau)]).size;
      if (bureaus > bestBureaus) {
        bestBureaus = bureaus;
        best = [...inside, subject].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
      }
    }
    return best;
  }
}
