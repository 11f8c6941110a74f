import {
  ConflictDetectedV1,
  ConflictResolvedV1,
  FatigueDetectedV1,
  ReportBackOverdueV1,
  ReportBackPublishedV1,
} from './coordination/coordination.events.js';
import { OrganizationArchivedV1, OrganizationChangedV1 } from './registry/organization.events.js';
import { EngagementChangedV1 } from './scheduling/engagement.events.js';
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
  ConflictDetected: contract('civic.coordination.conflict.detected', ConflictDetectedV1),
  ConflictResolved: contract('civic.coordination.conflict.resolved', ConflictResolvedV1),
  FatigueDetected: contract('civic.coordination.fatigue.detected', FatigueDetectedV1),
  ReportBackOverdue: contract('civic.coordination.reportback.overdue', ReportBackOverdueV1),
  ReportBackPublished: contract('civic.feedback.response.published', ReportBackPublishedV1),
  FeedbackReceived: contract('civic.feedback.received', FeedbackReceivedV1),
  FeedbackSynthesized: contract('civic.feedback.synthesized', FeedbackSynthesizedV1),
  SynthesisProgress: contract('civic.feedback.synthesis.progress', SynthesisProgressV1),
  ThemeEmerging: contract('civic.feedback.theme.emerging', ThemeEmergingV1),
  /** Bureaus publish on `civic.intake.feedback.<bureau code>`; one contract covers every bureau's subject. */
  FeedbackIntake: { subject: 'civic.intake.feedback.*', type: 'gov.civic.intake.feedback.v1', payload: FeedbackIntakeV1 } as EventContract<FeedbackIntakeV1, 'civic.intake.feedback.*'>,
} as const;

export type PayloadOf<C> = C extends EventContract<infer T, string> ? T : never;

/** Looks contracts up by subject; extra contracts (tests, new versions) can be added beside the built-in ones. */
export class EventCatalog {
  private readonly bySubject = new Map<string, EventContract>();

  constructor(contracts: Iterable<EventContract> = Object.values(Events)) {
    for (const c of contracts) this.add(c);
  }

  add(c: EventContract): this {
    const existing = this.bySubject.get(c.subject);
    if (existing && existing !== c) throw new Error(`Two contracts claim subject ${c.subject}`);
    this.bySubject.set(c.subject, c);
    return this;
  }

  /** The contract of a subject; a contract whose subject has `*` tokens covers every subject matching it. */
  get(subject: string): EventContract | undefined {
    const exact = this.bySubject.get(subject);
    if (exact) return exact;
    const tokens = subject.split('.');
    for (const [pattern, c] of this.bySubject) {
      if (!pattern.includes('*')) continue;
      const parts = pattern.split('.');
      if (parts.length === tokens.length && parts.every((p, i) => p === '*' || p === tokens[i])) return c;
    }
    return undefined;
  }

  all(): EventContract[] {
    return [...this.bySubject.values()];
  }
}
