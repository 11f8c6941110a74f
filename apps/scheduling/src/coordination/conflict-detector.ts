import type { ConflictSeverity } from '#libs/contracts';
import { kindOf, type Reach, type ReachKind } from './reach.js';

/**
 * Sharing an organization means the same people are asked twice; a neighborhood, people nearby;
 * a council district, a wider area. A community tag names a community as an organization does.
 */
const SEVERITY_OF: Record<ReachKind, ConflictSeverity> = { org: 'high', tag: 'medium', nbhd: 'medium', district: 'low' };
const RANK: Record<ConflictSeverity, number> = { low: 1, medium: 2, high: 3 };

export interface ConflictFinding {
  other: Reach;
  severity: ConflictSeverity;
  /** The reach keys both share, most severe first. */
  shared: string[];
}

export const DEFAULT_CONFLICT_BUFFER_MINUTES = 60;

/**
 * Two scheduled engagements conflict when they are less than the buffer apart (or overlap) and
 * share some of their reach. Online engagements carry only organization and tag keys, so they
 * conflict only through those.
 */
export class ConflictDetector {
  constructor(readonly bufferMinutes: number = DEFAULT_CONFLICT_BUFFER_MINUTES) {}

  /** The instants another engagement must overlap to conflict: [start − buffer, end + buffer). */
  window(subject: Pick<Reach, 'startsAt' | 'endsAt'>): { from: Date; to: Date } {
    const buffer = this.bufferMinutes * 60_000;
    return { from: new Date(subject.startsAt.getTime() - buffer), to: new Date(subject.endsAt.getTime() + buffer) };
  }

  detect(subject: Reach, candidates: Reach[]): ConflictFinding[] {
    const { from, to } = this.window(subject);
    const keys = new Set(subject.keys);
    const findings: ConflictFinding[] = [];
    for (const other of candidates) {
      if (other.id === subject.id) continue;
      if (!(other.startsAt < to && other.endsAt > from)) continue;
      const shared = other.keys.filter((k) => keys.has(k)).sort((a, b) => RANK[SEVERITY_OF[kindOf(b)]] - RANK[SEVERITY_OF[kindOf(a)]] || a.localeCompare(b));
      if (shared.length === 0) continue;
      findings.push({ other, severity: SEVERITY_OF[kindOf(shared[0])], shared });
    }
    return findings;
  }
}
