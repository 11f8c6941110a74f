import { Injectable } from '@nestjs/common';
import type { LookupResponse } from '#libs/contracts';
import { OrganizationRepository } from '../organizations/organization.repository.js';
import { PointLookup } from './point-lookup.js';

/** How stale a lookup may be: another replica's change shows within this many milliseconds. */
const RECHECK_MS = 1000;

/** Answers point lookups from an in-memory index, rebuilt when the registry has changed. */
@Injectable()
export class LookupService {
  private current?: { stamp: string; lookup: PointLookup };
  private checkedAt = 0;
  private refreshing?: Promise<PointLookup>;

  constructor(private readonly organizations: OrganizationRepository) {}

  async at(lat: number, lon: number): Promise<LookupResponse> {
    return (await this.lookup()).at(lat, lon);
  }

  private async lookup(): Promise<PointLookup> {
    if (this.current && Date.now() - this.checkedAt < RECHECK_MS) return this.current.lookup;
    // Concurrent requests share one check and at most one rebuild.
    this.refreshing ??= this.refresh().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async refresh(): Promise<PointLookup> {
    const stamp = await this.organizations.changeStamp();
    if (this.current?.stamp !== stamp) this.current = { stamp, lookup: new PointLookup(await this.organizations.findAll()) };
    this.checkedAt = Date.now();
    return this.current.lookup;
  }
}
