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
/** Most selective first: there are hundreds of organizations, dozens of bureaus, four districts. */
const DIMENSIONS: Dimension[] = ['organizationIds', 'bureaus', 'councilDistricts'];

/** The subscriptions to one event type, each filed under the values of its most selective filter. */
interface TypeBucket {
  /** `dimension:value` → subscriptions whose most selective filter names that value. */
  byPrimaryValue: Map<string, MatchableSubscription[]>;
  /** Subscriptions without any filter, by severity rank: those whose minimum is at most that rank. */
  unfilteredBySeverity: MatchableSubscription[][];
}

/**
 * Finds the subscriptions an alert concerns without looking at every subscription. Subscriptions are
 * grouped by the event types their patterns cover (worked out once per event type); inside a group
 * each is filed under the values of its most selective filter (its organizations, else its bureaus,
 * else its districts). A subscription can only match an alert whose scope names one of those values,
 * so an alert reads just the lists its scope's values select, plus the unfiltered subscriptions, and
 * checks the remaining filters on those candidates.
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
    const found = (bucket.unfilteredBySeverity[rank] ?? []).map((s) => s.id);
    const seen = new Set<string>();
    const values = { bureaus: new Set(scope.bureaus), councilDistricts: new Set(scope.councilDistricts), organizationIds: new Set(scope.organizationIds) };
    for (const d of DIMENSIONS) {
      for (const v of values[d]) {
        for (const s of bucket.byPrimaryValue.get(`${d}:${v}`) ?? []) {
          if (seen.has(s.id)) continue;
          seen.add(s.id);
          if (severityRank(s.minSeverity) <= rank && DIMENSIONS.every((dim) => accepts(s[dim], values[dim]))) found.push(s.id);
        }
      }
    }
    return found;
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

function indexed(subscriptions: MatchableSubscription[]): TypeBucket {
  const byPrimaryValue = new Map<string, MatchableSubscription[]>();
  const unfiltered: MatchableSubscription[] = [];
  for (const s of subscriptions) {
    const primary = DIMENSIONS.find((d) => s[d].length > 0);
    if (!primary) {
      unfiltered.push(s);
      continue;
    }
    for (const v of new Set(s[primary])) {
      const key = `${primary}:${v}`;
      const list = byPrimaryValue.get(key);
      if (list) list.push(s);
      else byPrimaryValue.set(key, [s]);
    }
  }
  const unfilteredBySeverity = [0, 1, 2, 3].map((rank) => unfiltered.filter((s) => severityRank(s.minSeverity) <= rank));
  return { byPrimaryValue, unfilteredBySeverity };
}
