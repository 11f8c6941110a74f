import type { Actor } from '#libs/contracts';
import { isRefusal, redetected, triageRefusedTo, triageStep, type TriageAsk, type TriageRecord } from './triage-rules.js';

const coordinator: Actor = { keyId: 'k_coord', role: 'coordinator', bureauCode: null };
const open: TriageRecord = { triage: 'open', assignee: null, assigneeName: null, note: null, version: 1 };
const at = (record: Partial<TriageRecord>): TriageRecord => ({ ...open, ...record });
const ask = (command: TriageAsk['command'], rest: Partial<TriageAsk> = {}): TriageAsk => ({ actor: coordinator, command, expectedVersion: 1, ...rest });

function stepped(record: TriageRecord, a: TriageAsk) {
  const outcome = triageStep(record, a);
  if (isRefusal(outcome)) throw new Error(`refused: ${JSON.stringify(outcome)}`);
  return outcome;
}

function refused(record: TriageRecord, a: TriageAsk) {
  const outcome = triageStep(record, a);
  if (!isRefusal(outcome)) throw new Error(`took a step: ${JSON.stringify(outcome)}`);
  return { status: outcome.status, fields: outcome.problems.map((p) => `${p.field}:${p.rule}`) };
}

describe('triage rules', () => {
  it('acknowledges an open alert, then resolves it with its note trimmed, each step one version on', () => {
    const acknowledged = stepped(open, ask('acknowledge'));
    expect(acknowledged).toMatchObject({ action: 'acknowledged', from: 'open', to: 'acknowledged', next: { triage: 'acknowledged', version: 2, note: null } });
    const resolved = stepped(acknowledged.next, ask('resolve', { expectedVersion: 2, note: '  PBOT moved its walk to May.  ' }));
    expect(resolved).toMatchObject({ action: 'resolved', from: 'acknowledged', to: 'resolved', note: 'PBOT moved its walk to May.', next: { triage: 'resolved', version: 3, note: 'PBOT moved its walk to May.' } });
  });

  it('resolves straight from open, and reopens a resolved one, clearing its note but keeping its assignee', () => {
    const resolved = stepped(at({ assignee: 'k_dana', assigneeName: 'Dana' }), ask('resolve', { note: 'Co-hosted.' }));
    const reopened = stepped(resolved.next, ask('reopen', { expectedVersion: 2, note: 'They split again.' }));
    expect(reopened).toMatchObject({ action: 'reopened', from: 'resolved', to: 'open', note: 'They split again.', next: { triage: 'open', note: null, assignee: 'k_dana', version: 3 } });
  });

  it('assigns and unassigns without changing the state; a name goes only with an assignee', () => {
    const assigned = stepped(at({ triage: 'acknowledged' }), ask('assign', { assignee: 'k_dana', assigneeName: ' Dana Ortiz ' }));
    expect(assigned).toMatchObject({ action: 'assigned', from: 'acknowledged', to: 'acknowledged', next: { assignee: 'k_dana', assigneeName: 'Dana Ortiz', version: 2 } });
    const unassigned = stepped(assigned.next, ask('assign', { expectedVersion: 2, assignee: null, assigneeName: 'ignored' }));
    expect(unassigned.next).toMatchObject({ assignee: null, assigneeName: null, version: 3 });
  });

  it('refuses bureaus (403) and callers without an identity to record', () => {
    expect(refused(open, ask('acknowledge', { actor: { keyId: 'k_pbot', role: 'bureau', bureauCode: 'PBOT' } }))).toEqual({ status: 403, fields: ['actor.role:isStaff'] });
    expect(refused(open, ask('acknowledge', { actor: { role: 'admin' } }))).toEqual({ status: 403, fields: ['actor.keyId:isDefined'] });
    expect(triageRefusedTo({ keyId: 'k_admin', role: 'admin' })).toBeNull();
  });

  it('refuses a stale version (412) before looking at the command', () => {
    expect(refused(at({ version: 4, triage: 'resolved' }), ask('acknowledge', { expectedVersion: 3 }))).toEqual({ status: 412, fields: ['If-Match:isCurrent'] });
  });

  it.each([
    ['acknowledge', 'acknowledged'],
    ['acknowledge', 'resolved'],
    ['resolve', 'resolved'],
    ['reopen', 'open'],
    ['reopen', 'acknowledged'],
    ['assign', 'resolved'],
  ] as const)('refuses to %s an alert that is %s (409)', (command, triage) => {
    expect(refused(at({ triage }), ask(command, { note: 'n', assignee: 'k_dana' }))).toEqual({ status: 409, fields: ['triage:transition'] });
  });

  it('needs a note to resolve and an assignee (or null) to assign, and refuses NUL in either text', () => {
    expect(refused(open, ask('resolve'))).toEqual({ status: 400, fields: ['note:isNotEmpty'] });
    expect(refused(open, ask('resolve', { note: '   ' }))).toEqual({ status: 400, fields: ['note:isNotEmpty'] });
    expect(refused(open, ask('resolve', { note: 'done\u0000' }))).toEqual({ status: 400, fields: ['note:noNul'] });
    expect(refused(open, ask('assign'))).toEqual({ status: 400, fields: ['assignee:isDefined'] });
    expect(refused(open, ask('assign', { assignee: 'k_dana', assigneeName: 'Da\u0000na' }))).toEqual({ status: 400, fields: ['assigneeName:noNul'] });
  });

  it('reopens a resolved alert the detector finds again, and leaves any other as it is', () => {
    expect(redetected(at({ triage: 'resolved', note: 'Moved.', version: 3 }))).toMatchObject({ action: 'redetected', from: 'resolved', to: 'open', next: { triage: 'open', note: null, version: 4 } });
    expect(redetected(at({ triage: 'acknowledged' }))).toBeNull();
    expect(redetected(open)).toBeNull();
  });
});
