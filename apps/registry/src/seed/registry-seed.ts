import type { INestApplication } from '@nestjs/common';
import { OrganizationService, type OrganizationDetails } from '../organizations/organization.service.js';
import { portlandOrganizations } from './portland-organizations.js';
import { readPortlandData } from './portland-data.js';
import { planSeed } from './seed-plan.js';
import type { SeedOrganization } from './seed-organization.js';

export interface SeedResult {
  created: number;
  updated: number;
}

/**
 * Brings the registry in step with the seed data through the service, so every create and update
 * writes its row and its event in one transaction. Running it again changes nothing.
 */
export class RegistrySeed {
  constructor(private readonly organizations: OrganizationService) {}

  async run(desired: SeedOrganization[] = portlandOrganizations(readPortlandData())): Promise<SeedResult> {
    const existing = await this.organizations.all();
    const plan = planSeed(desired, existing);
    const idOf = new Map(existing.map((o) => [o.ocdId, o.id]));
    // An organization found by slug may be getting a new OCD id that its children already use.
    for (const { id, ocdId } of plan.updates) idOf.set(ocdId, id);
    const parentId = (ocdId: string | null): string | null => {
      if (ocdId === null) return null;
      const id = idOf.get(ocdId);
      if (!id) throw new Error(`parent ${ocdId} is neither in the registry nor in the seed data before its children`);
      return id;
    };
    for (const o of plan.creates) {
      const { parentOcdId, ...rest } = o;
      const details: OrganizationDetails = { ...rest, parentId: parentId(parentOcdId), languages: [], publicEmail: null, meetingSchedule: null };
      idOf.set(o.ocdId, (await this.organizations.createFrom(details)).id);
    }
    for (const { id, changes } of plan.updates) {
      const { parentOcdId, ...rest } = changes;
      await this.organizations.update(id, parentOcdId === undefined ? rest : { ...rest, parentId: parentId(parentOcdId) });
    }
    return { created: plan.creates.length, updated: plan.updates.length };
  }
}

/** Single-process start: a registry with no organizations at all gets Portland's. */
export async function seedIfEmpty(app: INestApplication): Promise<SeedResult | null> {
  const organizations = app.get(OrganizationService);
  if (!(await organizations.isEmpty())) return null;
  return new RegistrySeed(organizations).run();
}
