import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Events, type ConflictView, type EventContract, type FatigueView, type TriageHistory, type AlertIdParams, type TriageRequest, type ConflictTriagedV1, type FatigueTriagedV1 } from '#libs/contracts';
import { Outbox, refusal } from '#libs/messaging';
import { scopeOf } from '../engagements/engagement-record.js';
import { EngagementRepository } from '../engagements/engagement.repository.js';
import { OrganizationReferenceService } from '../organizations/organization-reference.service.js';
import { CoordinationFindingsService, notFound } from './coordination-findings.service.js';
import { CoordinationRepository, type StoredTriage } from './coordination.repository.js';
import { TriageHistoryRepository, type AlertKind } from './triage-history.repository.js';
import { isRefusal, triageRefusedTo, triageStep, type StaffAction, type TriageStep } from './triage-rules.js';

const CONFLICT_EVENTS: Record<StaffAction, EventContract<ConflictTriagedV1>> = {
  acknowledged: Events.ConflictAcknowledged,
  resolved: Events.ConflictTriageResolved,
  reopened: Events.ConflictReopened,
  assigned: Events.ConflictAssigned,
};

const FATIGUE_EVENTS: Record<StaffAction, EventContract<FatigueTriagedV1>> = {
  acknowledged: Events.FatigueAcknowledged,
  resolved: Events.FatigueResolved,
  reopened: Events.FatigueReopened,
  assigned: Events.FatigueAssigned,
};

/** Staff working through conflicts and fatigue alerts: each step checked by the triage rules, kept in the history and announced, in one transaction. */
@Injectable()
export class TriageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly coordination: CoordinationRepository,
    private readonly history: TriageHistoryRepository,
    private readonly findings: CoordinationFindingsService,
    private readonly engagements: EngagementRepository,
    private readonly organizations: OrganizationReferenceService,
    private readonly outbox: Outbox,
  ) {}

  async conflict(request: TriageRequest): Promise<ConflictView> {
    return this.acting(request, async (manager) => {
      const found = await this.coordination.findConflict(manager, request.id, true);
      if (!found) throw notFound('conflict', request.id);
      const { step, next } = await this.stepped(manager, 'conflict', request, found.triage);
      await this.coordination.saveTriage(manager, 'conflict', found.id, next);
      const [view] = await this.findings.conflictViews(manager, [{ ...found, triage: next }]);
      const both = await this.engagements.findByIds(manager, [found.engagementA, found.engagementB]);
      const scope = scopeOf(both, await this.organizations.directory(), found.severity);
      await this.outbox.publish(manager, {
        contract: CONFLICT_EVENTS[step.action],
        aggregateId: found.id,
        data: { conflictId: found.id, engagements: view.engagements, scope, ...announced(step, request, next) },
      });
      return view;
    });
  }

  async fatigue(request: TriageRequest): Promise<FatigueView> {
    return this.acting(request, async (manager) => {
      const found = await this.coordination.findFatigueCase(manager, request.id, true);
      if (!found) throw notFound('fatigue alert', request.id);
      const { step, next } = await this.stepped(manager, 'fatigue', request, found.triage);
      await this.coordination.saveTriage(manager, 'fatigue', found.id, next);
      const [view] = await this.findings.fatigueViews(manager, [{ ...found, triage: next }]);
      const organization = (await this.organizations.directory()).get(found.organizationId);
      await this.outbox.publish(manager, {
        contract: FATIGUE_EVENTS[step.action],
        aggregateId: found.id,
        data: {
          fatigueId: found.id,
          organizationId: found.organizationId,
          organizationName: view.organization.name,
          engagements: view.raisedBy,
          // Whom `fatigue.detected` concerned, so whoever heard of the alert hears of its triage.
          scope: { bureaus: view.bureaus, councilDistricts: organization?.councilDistricts ?? [], organizationIds: [found.organizationId], severity: 'medium' },
          ...announced(step, request, next),
        },
      });
      return view;
    });
  }

  async conflictHistory(request: AlertIdParams): Promise<TriageHistory> {
    if (!(await this.coordination.findConflict(this.dataSource.manager, request.id))) throw notFound('conflict', request.id);
    return this.historyOf('conflict', request.id);
  }

  async fatigueHistory(request: AlertIdParams): Promise<TriageHistory> {
    if (!(await this.coordination.findFatigueCase(this.dataSource.manager, request.id))) throw notFound('fatigue alert', request.id);
    return this.historyOf('fatigue', request.id);
  }

  private async historyOf(kind: AlertKind, id: string): Promise<TriageHistory> {
    const entries = await this.history.of(this.dataSource.manager, kind, id);
    return { items: entries.map((e) => ({ ...e, at: e.at.toISOString() })) };
  }

  /** A bureau is refused before anything is looked up, so it learns nothing of which ids exist. */
  private acting<T>(request: TriageRequest, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const denied = triageRefusedTo(request.actor);
    if (denied) throw refusal(403, [denied]);
    return this.dataSource.transaction(work);
  }

  /** The step the rules allow, recorded in the history; refused with their status otherwise. */
  private async stepped(manager: EntityManager, kind: AlertKind, request: TriageRequest, current: StoredTriage): Promise<{ step: TriageStep<StaffAction>; next: StoredTriage }> {
    const step = triageStep(current, request);
    if (isRefusal(step)) throw refusal(step.status, step.problems);
    const at = new Date();
    await this.history.record(manager, kind, request.id, {
      action: step.action,
      from: step.from,
      to: step.to,
      note: step.note,
      assignee: step.action === 'assigned' ? step.next.assignee : null,
      assigneeName: step.action === 'assigned' ? step.next.assigneeName : null,
      actorId: request.actor.keyId!,
      actorRole: request.actor.role,
      at,
    });
    return { step, next: { ...step.next, triagedAt: at } };
  }
}

/** What every triage event says of the step. */
function announced(step: TriageStep<StaffAction>, request: TriageRequest, next: StoredTriage) {
  return {
    action: step.action,
    from: step.from,
    to: step.to,
    assignee: next.assignee,
    assigneeName: next.assigneeName,
    note: step.note,
    actorId: request.actor.keyId!,
    at: next.triagedAt!.toISOString(),
    version: next.version,
  };
}
