import { alertEventTypes, eventTypeMatches, severityRank, Severities, type AlertScope, type Severity } from '#libs/contracts';
import { SubscriptionIndex, type MatchableSubscription } from './subscription-index.js';

const CONFLICT = 'coordination.conflict.detected';
const KENTON = '11111111-1111-4111-8111-111111111111';
const ARBOR = '22222222-2222-4222-8222-222222222222';

function sub(id: string, changes: Partial<MatchableSubscription> = {}): MatchableSubscription {
  return { id, eventTypes: ['*'], bureaus: [], councilDistricts: [], organizationIds: [], minSeverity: 'info', ...changes };
}

function scope(changes: Partial<AlertScope> = {}): AlertScope {
  return { bureaus: ['PBOT'], councilDistricts: ['2'], organizationIds: [KENTON], severity: 'medium', ...changes };
}

describe('event type patterns', () => {
  it('covers an exact type, a trailing * for the rest, and a middle * for one word', () => {
    expect(eventTypeMatches(CONFLICT, CONFLICT)).toBe(true);
    expect(eventTypeMatches('coordination.*', CONFLICT)).toBe(true);
    expect(eventTypeMatches('coordination.*', 'coordination.fatigue.detected')).toBe(true);
    expect(eventTypeMatches('coordination.*.detected', 'coordination.fatigue.detected')).toBe(true);
    expect(eventTypeMatches('coordination.*.detected', 'coordination.conflict.resolved')).toBe(false);
    expect(eventTypeMatches('*', 'engagement.scheduled')).toBe(true);
    expect(eventTypeMatches('engagement.*', CONFLICT)).toBe(false);
    expect(eventTypeMatches('coordination', CONFLICT)).toBe(false);
    expect(eventTypeMatches('coordination.conflict.detected.more', CONFLICT)).toBe(false);
  });

  it('knows the alerts from the catalog: every contract whose payload has a scope, and nothing else', () => {
    const types = alertEventTypes();
    expect(types).toEqual(
      expect.arrayContaining([
        CONFLICT,
        'coordination.conflict.resolved',
        'coordination.fatigue.detected',
        'coordination.reportback.overdue',
        'feedback.response.published',
        'engagement.scheduled',
        'engagement.held',
      ]),
    );
    expect(types.some((t) => t.startsWith('registry.') || t.startsWith('notification.'))).toBe(false);
  });
});

describe('SubscriptionIndex', () => {
  it('matches on the event type patterns', () => {
    const index = new SubscriptionIndex([
      sub('all'),
      sub('coordination', { eventTypes: ['coordination.*'] }),
      sub('conflicts', { eventTypes: [CONFLICT] }),
      sub('engagements', { eventTypes: ['engagement.*'] }),
      sub('two', { eventTypes: ['engagement.held', 'coordination.fatigue.detected'] }),
    ]);
    expect(index.match(CONFLICT, scope()).sort()).toEqual(['all', 'conflicts', 'coordination']);
    expect(index.match('coordination.fatigue.detected', scope()).sort()).toEqual(['all', 'coordination', 'two']);
    expect(index.match('engagement.held', scope()).sort()).toEqual(['all', 'engagements', 'two']);
  });

  it('filters by bureau', () => {
    const index = new SubscriptionIndex([sub('pbot', { bureaus: ['PBOT'] }), sub('bes', { bureaus: ['BES'] }), sub('either', { bureaus: ['BES', 'PBOT'] })]);
    expect(index.match(CONFLICT, scope({ bureaus: ['PBOT', 'PPR'] })).sort()).toEqual(['either', 'pbot']);
    expect(index.match(CONFLICT, scope({ bureaus: ['WATER'] }))).toEqual([]);
  });

  it('filters by council district', () => {
    const index = new SubscriptionIndex([sub('d2', { councilDistricts: ['2'] }), sub('d4', { councilDistricts: ['4'] })]);
    expect(index.match(CONFLICT, scope({ councilDistricts: ['2', '3'] }))).toEqual(['d2']);
    expect(index.match(CONFLICT, scope({ councilDistricts: [] }))).toEqual([]);
  });

  it('filters by neighborhood or organization', () => {
    const index = new SubscriptionIndex([sub('kenton', { organizationIds: [KENTON] }), sub('arbor', { organizationIds: [ARBOR] })]);
    expect(index.match(CONFLICT, scope({ organizationIds: [ARBOR] }))).toEqual(['arbor']);
    expect(index.match(CONFLICT, scope({ organizationIds: [KENTON, ARBOR] })).sort()).toEqual(['arbor', 'kenton']);
  });

  it('needs every filter of a subscription to match', () => {
    const index = new SubscriptionIndex([sub('pbot-d2-kenton', { bureaus: ['PBOT'], councilDistricts: ['2'], organizationIds: [KENTON] })]);
    expect(index.match(CONFLICT, scope())).toEqual(['pbot-d2-kenton']);
    expect(index.match(CONFLICT, scope({ bureaus: ['BES'] }))).toEqual([]);
    expect(index.match(CONFLICT, scope({ councilDistricts: ['4'] }))).toEqual([]);
    expect(index.match(CONFLICT, scope({ organizationIds: [ARBOR] }))).toEqual([]);
  });

  it('sends an alert only when it is at least the minimum severity', () => {
    const index = new SubscriptionIndex(Severities.map((s) => sub(`min-${s}`, { minSeverity: s })));
    expect(index.match(CONFLICT, scope({ severity: 'info' }))).toEqual(['min-info']);
    expect(index.match(CONFLICT, scope({ severity: 'medium' })).sort()).toEqual(['min-info', 'min-low', 'min-medium']);
    expect(index.match(CONFLICT, scope({ severity: 'high' }))).toHaveLength(4);
  });

  it('finds exactly what a scan of every subscription finds, on many random subscriptions and alerts', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T>(values: readonly T[], max: number): T[] => values.filter(() => random() < max / values.length);
    const bureaus = ['PBOT', 'BES', 'PPR', 'PWB', 'BPS', 'PHB'];
    const districts = ['1', '2', '3', '4'];
    const orgs = Array.from({ length: 40 }, (_, i) => `org-${i}`);
    const types = alertEventTypes();
    const patterns = ['*', 'coordination.*', 'engagement.*', 'coordination.*.detected', ...types];
    const subscriptions = Array.from({ length: 2000 }, (_, i) =>
      sub(`s${i}`, {
        eventTypes: pick(patterns, 1.5).concat(patterns[i % patterns.length]),
        bureaus: random() < 0.5 ? pick(bureaus, 1.5) : [],
        councilDistricts: random() < 0.5 ? pick(districts, 1.2) : [],
        organizationIds: random() < 0.5 ? pick(orgs, 2) : [],
        minSeverity: Severities[Math.floor(random() * 4)],
      }),
    );
    const index = new SubscriptionIndex(subscriptions);
    for (let i = 0; i < 300; i++) {
      const type = types[i % types.length];
      const alert: AlertScope = { bureaus: pick(bureaus, 2), councilDistricts: pick(districts, 1.5), organizationIds: pick(orgs, 3), severity: Severities[i % 4] as Severity };
      const scanned = subscriptions
        .filter(
          (s) =>
            s.eventTypes.some((p) => eventTypeMatches(p, type)) &&
            severityRank(s.minSeverity) <= severityRank(alert.severity) &&
            (s.bureaus.length === 0 || s.bureaus.some((b) => alert.bureaus.includes(b))) &&
            (s.councilDistricts.length === 0 || s.councilDistricts.some((d) => alert.councilDistricts.includes(d))) &&
            (s.organizationIds.length === 0 || s.organizationIds.some((o) => alert.organizationIds.includes(o))),
        )
        .map((s) => s.id)
        .sort();
      expect(index.match(type, alert).sort()).toEqual(scanned);
    }
  });
});
