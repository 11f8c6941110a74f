import { fieldError, unsafeInput, type Actor, type FieldError, type TriageAction, type TriageCommand, type TriageState } from '#libs/contracts';

/** Where staff stand with one alert, as stored. */
export interface TriageRecord {
  triage: TriageState;
  assignee: string | null;
  assigneeName: string | null;
  note: string | null;
  version: number;
}

/** One staff action as asked. `assignee` undefined is "not sent"; null unassigns. */
export interface TriageAsk {
  actor: Actor;
  command: TriageCommand;
  expectedVersion: number;
  note?: string;
  assignee?: string | null;
  assigneeName?: string | null;
}

/** A step taken: the record after it, and what its history entry says. */
export interface TriageStep<A extends TriageAction = TriageAction> {
  next: TriageRecord;
  action: A;
  from: TriageState;
  to: TriageState;
  note: string | null;
}

export interface TriageRefusal {
  status: number;
  problems: FieldError[];
}

const PAST = { acknowledge: 'acknowledged', resolve: 'resolved', reopen: 'reopened', assign: 'assigned' } as const satisfies Record<TriageCommand, TriageAction>;

/** What a staff member can do, as history and events name it. */
export type StaffAction = (typeof PAST)[TriageCommand];

/** The states each command may start from. */
const FROM: Record<TriageCommand, readonly TriageState[]> = {
  acknowledge: ['open'],
  resolve: ['open', 'acknowledged'],
  reopen: ['resolved'],
  assign: ['open', 'acknowledged'],
};

const TO: Record<Exclude<TriageCommand, 'assign'>, TriageState> = { acknowledge: 'acknowledged', resolve: 'resolved', reopen: 'open' };

/** Coordinators and admins triage; bureaus read. The identity kept in the history is the key's id, so one is needed. */
export function triageRefusedTo(actor: Actor): FieldError | null {
  if (actor.role !== 'coordinator' && actor.role !== 'admin') return fieldError('actor.role', 'isStaff', 'only coordinator and admin keys may triage alerts; a bureau key may read them');
  if (!actor.keyId) return fieldError('actor.keyId', 'isDefined', 'triage is recorded under the key id of who did it, and this caller has none');
  return null;
}

const trimmed = (text: string | undefined | null): string | null => text?.trim() || null;

/**
 * The step `ask` takes `current` through, or why not: 403 for a bureau, 412 for a stale version, 409 for a
 * command its state does not allow (acknowledging a resolved alert), 400 for a missing note or assignee.
 */
export function triageStep(current: TriageRecord, ask: TriageAsk): TriageStep<StaffAction> | TriageRefusal {
  const denied = triageRefusedTo(ask.actor);
  if (denied) return { status: 403, problems: [denied] };
  if (ask.expectedVersion !== current.version) {
    return { status: 412, problems: [fieldError('If-Match', 'isCurrent', `the alert is at version ${current.version}, not ${ask.expectedVersion}; read it again and retry`)] };
  }
  if (!FROM[ask.command].includes(current.triage)) {
    const allowed = (Object.keys(FROM) as TriageCommand[]).filter((c) => FROM[c].includes(current.triage));
    return { status: 409, problems: [fieldError('triage', 'transition', `an alert that is ${current.triage} cannot be told to ${ask.command}; it can be told to ${allowed.join(' or ')}`)] };
  }
  const unsafe = unsafeInput({ note: ask.note, assigneeName: ask.assigneeName });
  if (unsafe) return { status: 400, problems: [unsafe] };
  const note = trimmed(ask.note);
  if (ask.command === 'assign') {
    if (ask.assignee === undefined) return { status: 400, problems: [fieldError('assignee', 'isDefined', 'assignee is required: a staff id, or null to unassign')] };
    const assignee = ask.assignee;
    const next = { ...current, assignee, assigneeName: assignee === null ? null : trimmed(ask.assigneeName), version: current.version + 1 };
    return { next, action: 'assigned', from: current.triage, to: current.triage, note };
  }
  if (ask.command === 'resolve' && !note) return { status: 400, problems: [fieldError('note', 'isNotEmpty', 'note is required to resolve: say what was done about it')] };
  const to = TO[ask.command];
  // The note on the record is the resolution's: reopening clears it (the history keeps it).
  const next = { ...current, triage: to, note: to === 'resolved' ? note : null, version: current.version + 1 };
  return { next, action: PAST[ask.command], from: current.triage, to, note };
}

export function isRefusal<S extends TriageStep>(outcome: S | TriageRefusal): outcome is TriageRefusal {
  return 'problems' in outcome;
}

/**
 * What the detector finding a resolved alert again does to it: opens it, as staff resolved a clash or a
 * fatigue that is back. An acknowledged or open one stays as it is, so staff keep their place.
 */
export function redetected(current: TriageRecord): TriageStep<'redetected'> | null {
  if (current.triage !== 'resolved') return null;
  return { next: { ...current, triage: 'open', note: null, version: current.version + 1 }, action: 'redetected', from: 'resolved', to: 'open', note: null };
}
