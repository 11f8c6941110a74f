import {
  ConflictDetectedV1,
  ConflictResolvedV1,
  FatigueDetectedV1,
  ReportBackOverdueV1,
  ReportBackPublishedV1,
} from './coordination/coordination.events.js';
import { ConflictTriagedV1, FatigueTriagedV1 } from './coordination/triage.js';
import { NotificationDeliveredV1, NotificationFailedV1 } from './notifications/notification.events.js';
import { OrganizationArchivedV1, OrganizationChangedV1 } from './registry/organization.events.js';
import { EngagementChangedV1 } from './scheduling/engagement.events.js';
import { EngagementIntakeRejectedV1, EngagementIntakeV1 } from './scheduling/engagement-intake.js';
import { FeedbackIntakeV1, FeedbackReceivedV1, FeedbackSynthesizedV1, SynthesisProgressV1, ThemeEmergingV1 } from './feedback/feedback.events.js';

/** A payload class validated with class-validator. */
export type PayloadClass<T extends object = object> = new () => T;

export interface EventContract<T extends object = object, S extends string = string> {
  /** NATS subject, without any deployment prefix. Never renamed: a breaking change is a new `.v2` subject. */
  subject: S;
  /** CloudEvents `type`. */
  type: string;
  payload: PayloadClass<T>;
}

export function contract<S extends string, T extends object>(subject: S, payload: PayloadClass<T>, version = 1): EventContract<T, S> {
  return { subject, type: `gov.${subject}.v${version}`, payload };
}

/** Every event a service publishes: subject → payload class. */
export const Events = {
  OrganizationCreated: contract('civic.registry.organization.created', OrganizationChangedV1),
  OrganizationUpdated: contract('civic.registry.organization.updated', OrganizationChangedV1),
  OrganizationArchived: contract('civic.registry.organization.archived', OrganizationArchivedV1),
  EngagementScheduled: contract('civic.engagement.scheduled', EngagementChangedV1),
  EngagementUpdated: contract('civic.engagement.updated', EngagementChangedV1),
  EngagementCancelled: contract('civic.engagement.cancelled', EngagementChangedV1),
  EngagementPostponed: contract('civic.engagement.postponed', EngagementChangedV1),
  EngagementHeld: contract('civic.engagement.held', EngagementChangedV1),
  /** What bureaus publish themselves on `civic.intake.engagement.<bureau>`; one contract for every bureau's subject. */
  EngagementIntake: { subject: 'civic.intake.engagement.*', type: 'gov.civic.intake.engagement.v1', payload: EngagementIntakeV1 } as EventContract<EngagementIntakeV1, 'civic.intake.engagement.*'>,
  EngagementIntakeRejected: contract('civic.intake.engagement.rejected', EngagementIntakeRejectedV1),
  ConflictDetected: contract('civic.coordination.conflict.detected', ConflictDetectedV1),
  ConflictResolved: contract('civic.coordination.conflict.resolved', ConflictResolvedV1),
  FatigueDetected: contract('civic.coordination.fatigue.detected', FatigueDetectedV1),
  /**
   * Staff triage, under `.triage.` beside the detector's own `detected` and `resolved` (a conflict that stops
   * clashing), which mean something else and keep their subjects.
   */
  ConflictAcknowledged: contract('civic.coordination.conflict.triage.acknowledged', ConflictTriagedV1),
  ConflictTriageResolved: contract('civic.coordination.conflict.triage.resolved', ConflictTriagedV1),
  ConflictReopened: contract('civic.coordination.conflict.triage.reopened', ConflictTriagedV1),
  ConflictAssigned: contract('civic.coordination.conflict.triage.assigned', ConflictTriagedV1),
  FatigueAcknowledged: contract('civic.coordination.fatigue.triage.acknowledged', FatigueTriagedV1),
  FatigueResolved: contract('civic.coordination.fatigue.triage.resolved', FatigueTriagedV1),
  FatigueReopened: contract('civic.coordination.fatigue.triage.reopened', FatigueTriagedV1),
  FatigueAssigned: contract('civic.coordination.fatigue.triage.assigned', FatigueTriagedV1),
  ReportBackOverdue: contract('civic.coordination.reportback.overdue', ReportBackOverdueV1),
  ReportBackPublished: contract('civic.feedback.response.published', ReportBackPublishedV1),
  NotificationDelivered: contract('civic.notification.delivered', NotificationDeliveredV1),
  NotificationFailed: contract('civic.notification.failed', NotificationFailedV1),
  FeedbackReceived: contract('civic.feedback.received', FeedbackReceivedV1),
  FeedbackSynthesized: contract('civic.feedback.synthesized', FeedbackSynthesizedV1),
  SynthesisProgress: contract('civic.feedback.synthesis.progress', SynthesisProgressV1),
  ThemeEmerging: contract('civic.feedback.theme.emerging', ThemeEmergingV1),
  /** Bureaus publish on `civic.intake.feedback.<bureau code>`; one contract covers every bureau's subject. */
  FeedbackIntake: { subject: 'civic.intake.feedback.*', type: 'gov.civic.intake.feedback.v1', payload: FeedbackIntakeV1 } as EventContract<FeedbackIntakeV1, 'civic.intake.feedback.*'>,
} as const;

export type PayloadOf<C> = C extends EventContract<infer T, string> ? T : never;

/** NATS subject matching with `*` (one token) and `>` (the rest). */
function matchesPattern(pattern: string, subject: string): boolean {
  const p = pattern.split('.');
  const s = subject.split('.');
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '>') return s.length > i;
    if (i >= s.length || (p[i] !== '*' && p[i] !== s[i])) return false;
  }
  return p.length === s.length;
}

/**
 * Looks contracts up by subject; extra contracts (tests, new versions) can be added beside the
 * built-in ones. A contract whose subject has wildcards covers every subject it matches that has
 * no contract of its own.
 */
export class EventCatalog {
  private readonly bySubject = new Map<string, EventContract>();
  private readonly patterns: EventContract[] = [];

  constructor(contracts: Iterable<EventContract> = Object.values(Events)) {
    for (const c of contracts) this.add(c);
  }

  add(c: EventContract): this {
    const existing = this.bySubject.get(c.subject);
    if (existing && existing !== c) throw new Error(`Two contracts claim subject ${c.subject}`);
    this.bySubject.set(c.subject, c);
    if (/(^|\.)[*>](\.|$)/.test(c.subject) && !this.patterns.includes(c)) this.patterns.push(c);
    return this;
  }

  /** The contract of a subject; a contract whose subject has `*` tokens covers every subject matching it. */
  get(subject: string): EventContract | undefined {
    return this.bySubject.get(subject) ?? this.patterns.find((p) => matchesPattern(p.subject, subject));
  }

  all(): EventContract[] {
    return [...this.bySubject.values()];
  }
}
