/** One JetStream stream per domain. Subjects here carry no deployment prefix. */
export interface StreamDefinition {
  name: string;
  subjects: string[];
}

export const Streams: readonly StreamDefinition[] = [
  { name: 'CIVIC_REGISTRY', subjects: ['civic.registry.>'] },
  { name: 'CIVIC_ENGAGEMENT', subjects: ['civic.engagement.>'] },
  { name: 'CIVIC_FEEDBACK', subjects: ['civic.feedback.>'] },
  { name: 'CIVIC_COORDINATION', subjects: ['civic.coordination.>'] },
  { name: 'CIVIC_NOTIFICATION', subjects: ['civic.notification.>'] },
  { name: 'CIVIC_INTAKE', subjects: ['civic.intake.>'] },
];

export const DeadLetterStream: StreamDefinition = { name: 'CIVIC_DEADLETTER', subjects: ['civic.deadletter.>'] };

/** Request/reply queries travel on core NATS under this prefix and are never stored. */
export const QUERY_SUBJECT_PREFIX = 'civic.query.';

/** What a dead-letter message carries, as JSON. */
export interface DeadLetterRecord {
  /** `undeliverable`: an outbox event the broker can never take (larger than its message limit); it stays in the outbox table. */
  reason: 'handler-failed' | 'invalid-envelope' | 'invalid-payload' | 'unknown-subject' | 'undeliverable';
  error: string;
  validationErrors?: string[];
  consumer: string;
  service: string;
  deliveryCount: number;
  subject: string;
  eventId?: string;
  eventType?: string;
  deadLetteredAt: string;
  /** The original message body, as received. */
  message: string;
}
