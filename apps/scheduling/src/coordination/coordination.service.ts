import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { v5 as uuidv5 } from 'uuid';
import { Events, type AudienceSummary, type ConflictResolvedV1 } from '#libs/contracts';
import type { OutgoingEvent } from '#libs/messaging';
import { scopeOf, summaryOf } from '../engagements/engagement-record.js';
import type { Engagement } from '../engagements/engagement.entity.js';
import { EngagementRepository } from '../engagements/engagement.repository.js';
import type { OrganizationDirectory } from '../organizations/organization-directory.js';
import { SCHEDULING_SETTINGS, type SchedulingSettings } from '../scheduling-settings.js';
import { ConflictDetector, type ConflictFinding } from './conflict-detector.js';
import { CoordinationRepository, type StoredConflict, type StoredTriage } from './coordination.repository.js';
import { FatigueDetector, type FatigueSighting } from './fatigue-detector.js';
import { kindOf, reachKey, valueOf, type Reach } from './reach.js';
import { TriageHistoryRepository, type AlertKind } from './triage-history.repository.js';
import { redetected } from './triage-rules.js';

/** Namespace of conflict ids: a pair of engagements always has the same one. */
const CONFLICT_NAMESPACE = '8f3c2b8e-6a4e-4d7c-9a51-3f0f3c8f2a10';

export function conflictIdOf(a: string, b: string): string {
  return uuidv5([a, b].sort().join(':'), CONFLICT_NAMESPACE);
}

/** How an engagement stood before a change, as far as analysis cares. */
export interface AnalysedState {
  status: Engagement['status'];
  startsAt: Date;
  endsAt: Date;
}

/** Runs conflict and fatigue analysis inside the transaction that changed an engagement, and publishes what it finds. */
@Injectable()
export class CoordinationService {
  readonly conflicts: ConflictDetector;
  readonly fatigue: FatigueDetector;

  constructor(
    private readonly coordination: CoordinationRepository,
    private readonly engagements: EngagementRepository,
    private readonly history: TriageHistoryRepository,
    @Inject(SCHEDULING_SETTINGS) settings: SchedulingSettings,
  ) {
    this.conflicts = new ConflictDetector(settings.SCHEDULING_CONFLICT_BUFFER_MINUTES);
    this.fatigue = new FatigueDetector(settings.SCHEDULING_FATIGUE_THRESHOLD, settings.SCHEDULING_FATIGUE_WINDOW_DAYS);
  }

  /** Records what a change to one engagement opens, raises and resolves, and answers the events that announce it, in order. */
  async afterChange(manager: EntityManager, before: AnalysedState | null, after: Engagement, keys: string[], directory: OrganizationDirectory): Promise<OutgoingEvent[]> {
    const now = new Date();
    const events: OutgoingEvent[] = [];
    if (after.status === 'scheduled') {
      await this.engagements.lockReach(manager, keys);
      await this.checkConflicts(manager, before, after, keys, directory, now, events);
      await this.checkFatigue(manager, after, keys, directory, now, events);
    } else if (before?.status === 'scheduled' && (after.status === 'cancelled' || after.status === 'postponed')) {
      for (const c of await this.coordination.openConflictsOf(manager, after.id)) {
        events.push(await this.resolve(manager, c.id, c.severity, [c.engagementA, c.engagementB], after.status, after, directory, now));
      }
    }
    return events;
  }

  private async checkConflicts(
    manager: EntityManager,
    before: AnalysedState | null,
    after: Engagement,
    keys: string[],
    directory: OrganizationDirectory,
    now: Date,
    events: OutgoingEvent[],
  ): Promise<void> {
    const subject = { id: after.id, bureau: after.bureau, startsAt: after.startsAt, endsAt: after.endsAt, keys };
    const { from, to } = this.conflicts.window(subject);
    const findings = this.conflicts.detect(subject, await this.engagements.reaching(manager, keys, from, to, ['scheduled'], after.id));
    const open = await this.coordination.openConflictsOf(manager, after.id);
    const others = new Map((await this.engagements.findByIds(manager, findings.map((f) => f.other.id))).map((e) => [e.id, e]));
    for (const finding of findings) {
      const other = others.get(finding.other.id);
      if (!other) continue;
      const [a, b] = [after, other].sort((x, y) => x.id.localeCompare(y.id));
      const conflict = { id: conflictIdOf(a.id, b.id), engagementA: a.id, engagementB: b.id, severity: finding.severity, reasons: reasonsOf(finding, directory) };
      const opened = await this.coordination.open(manager, conflict, now);
      if (opened.triage) await this.reopenFound(manager, 'conflict', conflict.id, opened.triage, now);
      if (!opened.announce) continue;
      events.push(conflictDetected(conflict, [a, b], finding, directory));
    }
    const still = new Set(findings.map((f) => conflictIdOf(after.id, f.other.id)));
    const moved = !before || before.startsAt.getTime() !== after.startsAt.getTime() || before.endsAt.getTime() !== after.endsAt.getTime();
    for (const c of open.filter((c) => !still.has(c.id))) {
      events.push(await this.resolve(manager, c.id, c.severity, [c.engagementA, c.engagementB], moved ? 'moved' : 'audience_changed', after, directory, now));
    }
  }

  private async resolve(
    manager: EntityManager,
    id: string,
    severity: ConflictResolvedV1['scope']['severity'],
    pair: string[],
    resolution: ConflictResolvedV1['resolution'],
    changed: Engagement,
    directory: OrganizationDirectory,
    now: Date,
  ): Promise<OutgoingEvent<typeof Events.ConflictResolved>> {
    await this.coordination.resolve(manager, id, now);
    const found = await this.engagements.findByIds(manager, pair.filter((p) => p !== changed.id));
    const both = [changed, ...found].sort((x, y) => x.id.localeCompare(y.id));
    return {
      contract: Events.ConflictResolved,
      aggregateId: id,
      data: { conflictId: id, resolution, engagements: both.map((e) => summaryOf(e, directory)), scope: scopeOf(both, directory, severity) },
    };
  }

  /** One alert per community and engagement that makes the community fatigued; a repeat of the same finds it raised. */
  private async checkFatigue(manager: EntityManager, after: Engagement, keys: string[], directory: OrganizationDirectory, now: Date, events: OutgoingEvent[]): Promise<void> {
    const communities = [...new Set(keys.filter((k) => kindOf(k) === 'org' || kindOf(k) === 'nbhd').map(valueOf))].sort();
    const window = this.fatigue.windowMs;
    for (const organizationId of communities) {
      const sightings = await this.engagements.reaching(
        manager,
        [reachKey.organization(organizationId), reachKey.neighborhood(organizationId)],
        new Date(after.startsAt.getTime() - window),
        new Date(after.startsAt.getTime() + window),
        ['scheduled', 'held', 'closed'],
        after.id,
      );
      const found = this.fatigue.detect({ id: after.id, bureau: after.bureau, startsAt: after.startsAt }, sightings);
      if (!found || !(await this.raise(manager, organizationId, after, now))) continue;
      const byId = new Map((await this.engagements.findByIds(manager, found.map((s) => s.id).filter((id) => id !== after.id))).map((e) => [e.id, e]));
      byId.set(after.id, after);
      events.push(this.fatigueDetected(organizationId, after, found.map((s) => byId.get(s.id)).filter((e): e is Engagement => !!e), directory));
    }
  }

  /** Records fatigue raised by `cause` in its community's case for the window, reopening a resolved case; false when already raised. */
  private async raise(manager: EntityManager, organizationId: string, cause: Engagement, now: Date): Promise<boolean> {
    const before = await this.coordination.raiseFatigue(manager, organizationId, cause.id, cause.startsAt, this.fatigue.windowMs, now);
    if (before) await this.reopenFound(manager, 'fatigue', before.id, before.triage, now);
    return before !== null;
  }

  /** A resolved alert the detector finds again opens again, in its history under no staff name. */
  private async reopenFound(manager: EntityManager, kind: AlertKind, id: string, triage: StoredTriage, now: Date): Promise<void> {
    const step = redetected(triage);
    if (!step) return;
    const next = { ...step.next, triagedAt: triage.triagedAt };
    await this.coordination.saveTriage(manager, kind, id, next);
    await this.history.record(manager, kind, id, { ...step, assignee: null, assigneeName: null, actorId: null, actorRole: null, at: now });
  }

  /**
   * Analysis of engagements just created together (a batch): every conflict and fatigue query of
   * the batch in two statements, then the alerts in one outbox append. The batch's own rows are
   * already written, so engagements of one batch are analysed against each other too.
   */
  async afterCreateMany(manager: EntityManager, created: Array<{ engagement: Engagement; keys: string[] }>, directory: OrganizationDirectory): Promise<OutgoingEvent[]> {
    const now = new Date();
    const scheduled = created.filter((c) => c.engagement.status === 'scheduled' && c.keys.length > 0);
    const known = new Map(created.map((c) => [c.engagement.id, c.engagement]));
    const window = this.fatigue.windowMs;
    await this.engagements.lockReach(manager, scheduled.flatMap((c) => c.keys));

    // Conflicts: probe i looks for engagement i's keys within its buffered range.
    const conflictProbes = scheduled.flatMap(({ engagement: e, keys }, i) => {
      const { from, to } = this.conflicts.window(e);
      return keys.map((key) => ({ probe: i, key, from, to }));
    });
    // Fatigue: probe j looks for one community of one engagement within the window around its start.
    const communities = scheduled.flatMap(({ engagement: e, keys }, i) =>
      [...new Set(keys.filter((k) => kindOf(k) === 'org' || kindOf(k) === 'nbhd').map(valueOf))].map((organizationId) => ({ i, organizationId, e })),
    );
    const fatigueProbes = communities.flatMap(({ e, organizationId }, j) =>
      [reachKey.organization(organizationId), reachKey.neighborhood(organizationId)].map((key) => ({
        probe: j,
        key,
        from: new Date(e.startsAt.getTime() - window),
        to: new Date(e.startsAt.getTime() + window),
      })),
    );
    const [conflictRows, fatigueRows] = [
      await this.engagements.reachingMany(manager, conflictProbes, ['scheduled']),
      await this.engagements.reachingMany(manager, fatigueProbes, ['scheduled', 'held', 'closed']),
    ];

    const candidates = scheduled.map(() => new Map<string, Reach>());
    for (const { probe, reach } of conflictRows) {
      const seen = candidates[probe].get(reach.id);
      if (seen) seen.keys.push(...reach.keys);
      else candidates[probe].set(reach.id, reach);
    }
    const pairs = new Map<string, { conflict: Omit<StoredConflict, 'open'>; ids: [string, string]; finding: ConflictFinding }>();
    scheduled.forEach(({ engagement: e, keys }, i) => {
      const subject = { id: e.id, bureau: e.bureau, startsAt: e.startsAt, endsAt: e.endsAt, keys };
      for (const finding of this.conflicts.detect(subject, [...candidates[i].values()])) {
        const [a, b] = [e.id, finding.other.id].sort();
        const id = conflictIdOf(a, b);
        if (pairs.has(id)) continue;
        pairs.set(id, { conflict: { id, engagementA: a, engagementB: b, severity: finding.severity, reasons: reasonsOf(finding, directory) }, ids: [a, b], finding });
      }
    });

    // As if created one after another: an engagement sees only those of the batch before it, so the
    // one that crosses the threshold raises the alert, as it would have alone.
    const order = new Map(created.map((c, i) => [c.engagement.id, i]));
    const sightings = communities.map(() => new Map<string, FatigueSighting>());
    for (const { probe, reach } of fatigueRows) {
      if ((order.get(reach.id) ?? -1) > order.get(communities[probe].e.id)!) continue;
      sightings[probe].set(reach.id, { id: reach.id, bureau: reach.bureau, startsAt: reach.startsAt });
    }
    const fatigued = communities.flatMap(({ e, organizationId }, j) => {
      const found = this.fatigue.detect({ id: e.id, bureau: e.bureau, startsAt: e.startsAt }, [...sightings[j].values()]);
      return found ? [{ organizationId, engagement: e, found }] : [];
    });

    const opened = await this.coordination.openMany(manager, [...pairs.values()].map((p) => p.conflict), now);
    // One after another, so a batch's alerts for one community and window land in one case.
    const alerts: typeof fatigued = [];
    for (const f of fatigued) if (await this.raise(manager, f.organizationId, f.engagement, now)) alerts.push(f);
    const announced = [...pairs.values()].filter((p) => opened.has(p.conflict.id));
    const missing = [...new Set([...announced.flatMap((p) => p.ids), ...alerts.flatMap((f) => f.found.map((s) => s.id))])].filter((id) => !known.has(id));
    for (const e of await this.engagements.findByIds(manager, missing)) known.set(e.id, e);
    return [
      ...announced.map((p) => conflictDetected(p.conflict, p.ids.map((id) => known.get(id)!), p.finding, directory)),
      ...alerts.map((f) => this.fatigueDetected(f.organizationId, f.engagement, f.found.map((s) => known.get(s.id)).filter((e): e is Engagement => !!e), directory)),
    ];
  }

  private fatigueDetected(organizationId: string, cause: Engagement, engagements: Engagement[], directory: OrganizationDirectory): OutgoingEvent<typeof Events.FatigueDetected> {
    const bureaus = [...new Set(engagements.map((e) => e.bureau))].sort();
    const organization = directory.get(organizationId);
    const name = organization?.name ?? organizationId;
    const others = bureaus.filter((b) => b !== cause.bureau);
    return {
      contract: Events.FatigueDetected,
      aggregateId: organizationId,
      data: {
        organizationId,
        organizationName: name,
        windowDays: this.fatigue.windowDays,
        threshold: this.fatigue.threshold,
        engagements: engagements.map((e) => summaryOf(e, directory)),
        bureaus,
        suggestion: `${bureaus.length} bureaus reach ${name} within ${this.fatigue.windowDays} days: consider co-hosting with ${listOf(others)} instead of holding another engagement`,
        scope: { bureaus, councilDistricts: organization?.councilDistricts ?? [], organizationIds: [organizationId], severity: 'medium' },
      },
    };
  }
}

function conflictDetected(
  conflict: Omit<StoredConflict, 'open'>,
  pair: Engagement[],
  finding: ConflictFinding,
  directory: OrganizationDirectory,
): OutgoingEvent<typeof Events.ConflictDetected> {
  const [a, b] = [...pair].sort((x, y) => x.id.localeCompare(y.id));
  return {
    contract: Events.ConflictDetected,
    aggregateId: conflict.id,
    data: {
      conflictId: conflict.id,
      severity: conflict.severity,
      engagements: [summaryOf(a, directory), summaryOf(b, directory)],
      reasons: conflict.reasons,
      sharedAudience: sharedAudienceOf(finding, directory),
      scope: scopeOf([a, b], directory, conflict.severity),
    },
  };
}

function listOf(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function reasonsOf(finding: ConflictFinding, directory: OrganizationDirectory): string[] {
  return finding.shared.map((key) => {
    const value = valueOf(key);
    switch (kindOf(key)) {
      case 'org':
        return `both reach ${directory.get(value)?.name ?? value}`;
      case 'nbhd':
        return `both are in or for the ${directory.get(value)?.name ?? value} neighborhood`;
      case 'district':
        return `both are in or for council district ${value}`;
      case 'tag':
        return `both are for ${value}`;
    }
  });
}

function sharedAudienceOf(finding: ConflictFinding, directory: OrganizationDirectory): AudienceSummary {
  const ids = [...new Set(finding.shared.filter((k) => kindOf(k) === 'org' || kindOf(k) === 'nbhd').map(valueOf))];
  return {
    organizations: ids.map((id) => {
      const o = directory.get(id);
      return o ? { id, slug: o.slug, name: o.name, kind: o.kind } : { id, slug: id, name: id, kind: 'unknown' };
    }),
    councilDistricts: finding.shared.filter((k) => kindOf(k) === 'district').map(valueOf),
    communityTags: finding.shared.filter((k) => kindOf(k) === 'tag').map(valueOf),
  };
}
