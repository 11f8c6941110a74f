import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OrganizationRecord } from '#libs/contracts';
import { OrganizationDirectory } from './organization-directory.js';
import { nextReference } from './organization-reference.js';
import type { OrganizationReference } from './organization-reference.entity.js';
import { OrganizationReferenceRepository } from './organization-reference.repository.js';

/** How stale the directory may be: another replica's copy of a registry change shows within this many milliseconds. */
const RECHECK_MS = 1000;

@Injectable()
export class OrganizationReferenceService {
  private current?: { stamp: string; directory: OrganizationDirectory };
  private checkedAt = 0;
  private refreshing?: Promise<OrganizationDirectory>;

  constructor(private readonly references: OrganizationReferenceRepository) {}

  async apply(manager: EntityManager, record: OrganizationRecord): Promise<void> {
    const next = nextReference(await this.references.findForUpdate(manager, record.id), record);
    if (next) {
      await this.references.save(manager, next);
      this.checkedAt = 0;
    }
  }

  find(id: string): Promise<OrganizationReference | null> {
    return this.references.findById(id);
  }

  /** The organizations as this service knows them, rebuilt when its copy has changed. */
  async directory(): Promise<OrganizationDirectory> {
    if (this.current && Date.now() - this.checkedAt < RECHECK_MS) return this.current.directory;
    // Concurrent callers share one check and at most one rebuild.
    this.refreshing ??= this.refresh().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async refresh(): Promise<OrganizationDirectory> {
    const stamp = await this.references.changeStamp();
    if (this.current?.stamp !== stamp) this.current = { stamp, directory: new OrganizationDirectory(await this.references.findAll()) };
    this.checkedAt = Date.now();
    return this.current.directory;
  }
}
