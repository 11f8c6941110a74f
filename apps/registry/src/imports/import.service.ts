import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { fieldError, type ImportOrganizationsRequest, type ImportReport } from '#libs/contracts';
import { badRequest } from '#libs/messaging';
import { defaultOcdId } from '../organizations/ocd-id.js';
import { OrganizationService, type OrganizationDetails } from '../organizations/organization.service.js';
import { planImport, type PlannedImport } from './import-plan.js';
import { ImportFileError, readImport } from './organization-import.js';

type Placer = Awaited<ReturnType<OrganizationService['placer']>>;

/**
 * An admin's bulk import: the diff first, then (unless a dry run) every create and update in one
 * transaction with their events. One invalid row and nothing is imported.
 */
@Injectable()
export class ImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationService,
  ) {}

  async import(request: ImportOrganizationsRequest): Promise<ImportReport> {
    let rows;
    try {
      rows = readImport(request.format, request.content);
    } catch (e) {
      if (!(e instanceof ImportFileError)) throw e;
      throw badRequest([fieldError(e.field, e.rule, e.message)]);
    }
    const plan = planImport(rows, await this.organizations.all());
    const report = reportOf(plan, request.dryRun);
    const invalid = plan.filter((p) => p.action === 'invalid');
    if (request.dryRun) return report;
    if (invalid.length > 0) {
      const problems = invalid.flatMap((p) => p.problems.map((problem) => fieldError(p.ref, 'isValidOrganization', problem)));
      throw badRequest(problems, `${invalid.length} of ${plan.length} organizations are invalid; nothing was imported (a dry run lists every problem)`);
    }
    await this.dataSource.transaction((manager) => this.apply(plan, manager));
    return { ...report, applied: true };
  }

  private async apply(plan: PlannedImport[], manager: EntityManager): Promise<void> {
    const place = await this.organizations.placer();
    const createdIds = new Map<string, string>();
    const parentId = (p: PlannedImport): string | null | undefined => {
      if (!p.parent) return undefined;
      return 'id' in p.parent ? p.parent.id : createdIds.get(p.parent.newSlug);
    };
    // Parents created by the same import come first; each pass creates those whose parent now exists.
    let pending = plan.filter((p) => p.action === 'create');
    while (pending.length > 0) {
      const ready = pending.filter((p) => parentId(p) !== undefined || !p.parent);
      if (ready.length === 0) throw badRequest([fieldError('content', 'noParentCycle', `parents form a cycle among ${pending.map((p) => p.slug).join(', ')}`)]);
      for (const p of ready) createdIds.set(p.slug, (await this.organizations.createFrom(this.detailsOf(p, parentId(p) ?? null, place), manager)).id);
      pending = pending.filter((p) => !ready.includes(p));
    }
    for (const p of plan.filter((item) => item.action === 'update')) {
      await this.organizations.update(p.id!, this.changesOf(p, parentId(p), place), manager);
    }
  }

  private detailsOf(p: PlannedImport, parentId: string | null, place: Placer): OrganizationDetails {
    const f = p.fields;
    const placed = f.boundary
      ? place(f.boundary)
      : { boundary: null, representativePoint: f.representativePoint ?? null, councilDistricts: [] };
    return {
      slug: f.slug,
      ocdId: f.ocdId ?? defaultOcdId(f.kind!, f.slug),
      kind: f.kind!,
      name: f.name!,
      parentId,
      bureauCode: f.bureauCode ?? null,
      ...placed,
      languages: f.languages ?? [],
      website: f.website ?? null,
      publicEmail: f.publicEmail ?? null,
      meetingSchedule: f.meetingSchedule ?? null,
      serviceArea: f.serviceArea ?? null,
    };
  }

  private changesOf(p: PlannedImport, parentId: string | null | undefined, place: Placer): Partial<OrganizationDetails> & { status?: 'active' | 'inactive' } {
    const changed = new Set(p.changes.map((c) => c.field));
    const { boundary, ...rest } = p.fields;
    // `parent` names the parent by slug; it becomes parentId below.
    const changes: Partial<OrganizationDetails> & { status?: 'active' | 'inactive' } = Object.fromEntries(
      Object.entries(rest).filter(([field]) => changed.has(field) && field !== 'parent'),
    );
    if (boundary && changed.has('boundary')) Object.assign(changes, place(boundary));
    if (changed.has('parent')) changes.parentId = parentId ?? null;
    return changes;
  }
}

function reportOf(plan: PlannedImport[], dryRun: boolean): ImportReport {
  const count = (action: PlannedImport['action']) => plan.filter((p) => p.action === action).length;
  return {
    dryRun,
    applied: false,
    summary: { create: count('create'), update: count('update'), unchanged: count('unchanged'), invalid: count('invalid') },
    items: plan.map(({ ref, slug, action, id, changes, problems }) => ({ ref, slug, action, id, changes, problems })),
  };
}
