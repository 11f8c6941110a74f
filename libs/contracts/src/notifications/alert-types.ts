import { getMetadataStorage } from 'class-validator';
import type { EventContract } from '../event-map.js';

const SUBJECT_ROOT = 'civic.';

/** The name subscribers use for an event: its subject without `civic.`, e.g. coordination.conflict.detected. */
export function eventTypeOf(subject: string): string {
  return subject.startsWith(SUBJECT_ROOT) ? subject.slice(SUBJECT_ROOT.length) : subject;
}

export function subjectOf(eventType: string): string {
  return `${SUBJECT_ROOT}${eventType}`;
}

/**
 * Events staff can be alerted about: those whose payload carries an AlertScope as `scope`. Found from
 * the payload's validation metadata, so a new event with a scope is an alert without a change here.
 */
export function isAlertContract(contract: EventContract): boolean {
  return getMetadataStorage()
    .getTargetValidationMetadatas(contract.payload, '', true, false)
    .some((m) => m.propertyName === 'scope');
}

/**
 * Whether an event type pattern covers an event type. Tokens are dot-separated; `*` stands for one
 * token, and as the last token for one or more, so `coordination.*` covers coordination.conflict.detected;
 * `*` alone covers every event.
 */
export function eventTypeMatches(pattern: string, eventType: string): boolean {
  const p = pattern.split('.');
  const t = eventType.split('.');
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '*' && i === p.length - 1) return t.length > i;
    if (i >= t.length) return false;
    if (p[i] !== '*' && p[i] !== t[i]) return false;
  }
  return p.length === t.length;
}

export const EVENT_TYPE_PATTERN = /^(\*|[a-z0-9_-]+)(\.(\*|[a-z0-9_-]+))*$/;
