import { eventTypeMatches, severityRank, type AlertScope, type Severity } from '#libs/contracts';

/** What matching needs to know of a subscription. Empty filter lists mean "any". */
export interface MatchableSubscription {
  id: string;
  eventTypes: string[];
  bureaus: string[];
  councilDistricts: string[];
  organizationIds: string[];
  minSeverity: Severity;
}

type Dimension = 'bureaus' | 'councilDistricts' | 'organizationIds';
const DIMENSIONS: Dimension[] = ['bureaus', 'councilDistricts', 'organizationIds'];

/** One filter dimension of the subscriptions to one event type: who takes any value, and who takes each value. */
interface DimensionIndex {
  any: MatchableSubscription[];
  byValue: Map<string, MatchableSubscription[]>;
}

/** The subscriptions to one event type, indexed by each filter and by minimum severity. */
interface TypeBucket {
  dimensions: Record<Dimension, DimensionIndex>;
  /** By severity rank: the subscriptions whose minimum is at most that rank. */
  bySeverity: MatchableSubscription[][];
}

/**
 * Finds the subscriptions an alert concerns without looking at every subscription. Subscriptions are
 * grouped by the event types their patterns cover (worked out once per event type), and inside a
 * group indexed by each filter value; an alert reads the smallest candidate list its scope selects
 * and checks the other filters on those candidates only.
 */
export class SubscriptionIndex {
  private readonly buckets = new Map<string, TypeBucket>();

  constructor(private readonly subscriptions: readonly MatchableSubscription[]) {}

  get size(): number {
    return this.subscriptions.length;
  }

  /** Ids of the subscriptions matching an alert of `eventType` with this scope. */
  match(eventType: string, scope: AlertScope): string[] {
    const bucket = this.bucket(eventType);
    const rank = severityRank(scope.severity);
    let best: MatchableSubscription[][] = [bucket.bySeverity[rank] ?? []];
    let bestSize = best[0].length;
    for (const d of DIMENSIONS) {
      const index = bucket.dimensions[d];
      const lists = [index.any, ...uniq(scope[d]).map((v) => index.byValue.get(v) ?? [])];
      const size = lists.reduce((n, l) => n + l.length, 0);
      if (size < bestSize) {
        best = lists;
        bestSize = size;
      }
    }
    const values = { bureaus: new Set(scope.bureaus), councilDistricts: new Set(scope.councilDistricts), organizationIds: new Set(scope.organizationIds) };
    const found = new Set<string>();
    for (const list of best) {
      for (const s of list) {
        if (!found.has(s.id) && severityRank(s.minSeverity) <= rank && DIMENSIONS.every((d) => accepts(s[d], values[d]))) found.add(s.id);
      }
    }
    return [...found];
  }

  private bucket(eventType: string): TypeBucket {
    let bucket = this.buckets.get(eventType);
    if (!bucket) {
      bucket = indexed(this.subscriptions.filter((s) => s.eventTypes.some((p) => eventTypeMatches(p, eventType))));
      this.buckets.set(eventType, bucket);
    }
    return bucket;
  }
}

function accepts(wanted: string[], present: Set<string>): boolean {
  return wanted.length === 0 || wanted.some((v) => present.has(v));
}

function uniq(values: string[]): string[] {
  return [...new Set(values)];
}

function indexed(subscriptions: MatchableSubscription[]): TypeBucket {
  const dimension = (d: Dimension): DimensionIndex => {
    const index: DimensionIndex = { any: [], byValue: new Map() };
    for (const s of subscriptions) {
      if (s[d].length === 0) index.any.push(s);
      for (const v of uniq(s[d])) {
        const list = index.byValue.get(v);
        if (list) list.push(s);
        else index.byValue.set(v, [s]);
      }
    }
    return index;
  };
  const bySeverity = [0, 1, 2, 3].map((rank) => subscriptions.filter((s) => severityRank(s.minSeverity) <= rank));
  return { dimensions: { bureaus: dimension('bureaus'), councilDistricts: dimension('councilDistricts'), organizationIds: dimension('organizationIds') }, bySeverity };
}
