import { Injectable } from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import { DataSource, type EntityManager } from 'typeorm';
import {
  DEFAULT_PERIOD_PAGE_SIZE,
  TriageStates,
  type ConflictIdParams,
  type FatigueIdParams,
  type FatigueView,
  type TriagedAlert,
  type ConflictListQuery,
  type ConflictPage,
  type ConflictView,
  type FatigueListQuery,
  type FatiguePage,
} from '#libs/contracts';
import { badRequest } from '#libs/messaging';
import { decodeTimeCursor, encodeTimeCursor, INVALID_CURSOR_PROBLEM, type TimePosition } from '#libs/persistence';
import { audienceOrganization, summaryOf } from '../engagements/engagement-record.js';
import type { Engagement } from '../engagements/engagement.entity.js';
import type { FatigueSighting } from './fatigue-detector.js';
import { EngagementRepository } from '../engagements/engagement.repository.js';
import { OrganizationReferenceService } from '../organizations/organization-reference.service.js';
import { CoordinationService } from './coordination.service.js';
import { containing, CoordinationRepository, type FatigueCase, type FoundConflict, type StoredTriage, type TriageCriteria } from './coordination.repository.js';
import { reachKey } from './reach.js';

function positionOf(cursor: string | undefined, idCount: 1 | 2): TimePosition | null {
  if (cursor === undefined) return null;
  const position = decodeTimeCursor(cursor, idCount);
  if (!position) throw badRequest([INVALID_CURSOR_PROBLEM]);
  return position;
}

const instant = (value: string | undefined) => (value === undefined ? null : new Date(value));

export function notFound(what: string, id: string): RpcException {
  return new RpcException({ status: 404, message: `no ${what} has id "${id}"` });
}

/** Without a `triage` filter, an inbox leaves out what staff resolved. */
function triageCriteria(query: ConflictListQuery | FatigueListQuery): TriageCriteria {
  const triage = query.triage ?? null;
  return {
    triage: triage === null ? ['open', 'acknowledged'] : triage === 'all' ? [...TriageStates] : [triage],
    assignee: query.assignee ?? null,
    text: containing(query.q),
  };
}

export function triageView(t: StoredTriage): TriagedAlert {
  return { triage: t.triage, assignee: t.assignee, assigneeName: t.assigneeName, note: t.note, triagedAt: t.triagedAt?.toISOString() ?? null, version: t.version };
}

/** What coordination found, for staff to look through: conflicts and fatigue alerts, as their engagements stand now. */
@Injectable()
export class CoordinationFindingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly coordination: CoordinationRepository,
    private readonly engagements: EngagementRepository,
    private readonly organizations: OrganizationReferenceService,
    private readonly analysis: CoordinationService,
  ) {}

  async conflicts(query: ConflictListQuery): Promise<ConflictPage> {
    const after = positionOf(query.cursor, 1);
    const limit = query.limit ?? DEFAULT_PERIOD_PAGE_SIZE;
    const status = query.status ?? 'open';
    const manager = this.dataSource.manager;
    const found = await this.coordination.listConflicts(
      manager,
      {
        open: status === 'all' ? null : status === 'open',
        severity: query.severity ?? null,
        bureau: query.bureau ?? null,
        district: query.district ?? null,
        from: instant(query.from),
        to: instant(query.to),
        ...triageCriteria(query),
      },
      after,
      limit + 1,
    );
    const items = found.slice(0, limit);
    const views = await this.conflictViews(manager, items);
    const last = items.at(-1);
    return { items: views, nextCursor: found.length > limit && last ? encodeTimeCursor({ at: last.firstStart, ids: [last.id] }) : null };
  }

  async conflict(params: ConflictIdParams): Promise<ConflictView> {
    const found = await this.coordination.findConflict(this.dataSource.manager, params.id);
    if (!found) throw notFound('conflict', params.id);
    const [view] = await this.conflictViews(this.dataSource.manager, [found]);
    return view;
  }

  /** One row per community and window, whichever of the filters match one of the engagements that tipped it. */
  async fatigue(query: FatigueListQuery): Promise<FatiguePage> {
    const after = positionOf(query.cursor, 1);
    const limit = query.limit ?? DEFAULT_PERIOD_PAGE_SIZE;
    const directory = await this.organizations.directory();
    const organization = query.organization === undefined ? undefined : directory.find(query.organization);
    // A community the registry does not know was never found fatigued.
    if (query.organization !== undefined && !organization) return { items: [], nextCursor: null };
    const manager = this.dataSource.manager;
    const found = await this.coordination.listFatigue(
      manager,
      {
        organizationIds: organization ? directory.withMembers(organization) : null,
        bureau: query.bureau ?? null,
        from: instant(query.from),
        to: instant(query.to),
        ...triageCriteria(query),
      },
      after,
      limit + 1,
    );
    const items = found.slice(0, limit);
    const last = items.at(-1);
    return {
      items: await this.fatigueViews(manager, items),
      nextCursor: found.length > limit && last ? encodeTimeCursor({ at: last.firstStart, ids: [last.id] }) : null,
    };
  }

  async fatigueCase(params: FatigueIdParams): Promise<FatigueView> {
    const found = await this.coordination.findFatigueCase(this.dataSource.manager, params.id);
    if (!found) throw notFound('fatigue alert', params.id);
    const [view] = await this.fatigueViews(this.dataSource.manager, [found]);
    return view;
  }

  /**
   * Each case with its window as it stands now: for every engagement that tipped it, the engagements of the most
   * distinct bureaus reaching the community around it (fewer than the threshold once some were cancelled or moved).
   */
  async fatigueViews(manager: EntityManager, cases: FatigueCase[]): Promise<FatigueView[]> {
    const directory = await this.organizations.directory();
    const detector = this.analysis.fatigue;
    const tipping = await this.coordination.engagementsOfCases(manager, cases.map((c) => c.id));
    const raising = new Map((await this.engagements.findByIds(manager, [...new Set(tipping.map((t) => t.engagementId))])).map((e) => [e.id, e]));
    const raisedBy = cases.map((c) => tipping.filter((t) => t.caseId === c.id).map((t) => raising.get(t.engagementId)!));
    const probes = cases.flatMap((c, probe) => {
      const starts = raisedBy[probe].map((e) => e.startsAt.getTime());
      const from = new Date(Math.min(...starts) - detector.windowMs);
      const to = new Date(Math.max(...starts) + detector.windowMs);
      return [reachKey.organization(c.organizationId), reachKey.neighborhood(c.organizationId)].map((key) => ({ probe, key, from, to }));
    });
    const sightings = cases.map(() => new Map<string, FatigueSighting>());
    for (const { probe, reach } of await this.engagements.reachingMany(manager, probes, ['scheduled', 'held', 'closed'])) {
      sightings[probe].set(reach.id, { id: reach.id, bureau: reach.bureau, startsAt: reach.startsAt });
    }
    const windows = cases.map((_, i) => {
      const inWindow = new Map<string, FatigueSighting>();
      for (const e of raisedBy[i]) {
        for (const s of detector.busiestWindow({ id: e.id, bureau: e.bureau, startsAt: e.startsAt }, [...sightings[i].values()])) inWindow.set(s.id, s);
      }
      return [...inWindow.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
    });
    const others = await this.engagements.findByIds(manager, [...new Set(windows.flat().map((s) => s.id))].filter((id) => !raising.has(id)));
    const byId = new Map([...raising, ...others.map((e) => [e.id, e] as const)]);
    return cases.map((c, i) => {
      const window = windows[i].map((s) => byId.get(s.id)).filter((e): e is Engagement => !!e);
      return {
        id: c.id,
        organization: audienceOrganization(directory, c.organizationId),
        engagement: summaryOf(raisedBy[i][0], directory),
        raisedBy: raisedBy[i].map((e) => summaryOf(e, directory)),
        raisedAt: c.raisedAt.toISOString(),
        lastRaisedAt: c.lastRaisedAt.toISOString(),
        windowDays: detector.windowDays,
        window: window.map((e) => summaryOf(e, directory)),
        bureaus: [...new Set(window.map((e) => e.bureau))].sort(),
        ...triageView(c.triage),
      };
    });
  }

  async conflictViews(manager: EntityManager, conflicts: FoundConflict[]): Promise<ConflictView[]> {
    const directory = await this.organizations.directory();
    const ids = [...new Set(conflicts.flatMap((c) => [c.engagementA, c.engagementB]))];
    const byId = new Map((await this.engagements.findByIds(manager, ids)).map((e) => [e.id, e]));
    return conflicts.map((c) => ({
      id: c.id,
      severity: c.severity,
      open: c.open,
      reasons: c.reasons,
      detectedAt: c.detectedAt.toISOString(),
      resolvedAt: c.resolvedAt?.toISOString() ?? null,
      engagements: [byId.get(c.engagementA)!, byId.get(c.engagementB)!].map((e) => summaryOf(e, directory)),
      ...triageView(c.triage),
    }));
  }
}
