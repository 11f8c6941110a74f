import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OrganizationRecord } from '#libs/contracts';
import { nextReference } from './organization-reference.js';
import type { OrganizationReference } from './organization-reference.entity.js';
import { OrganizationReferenceRepository } from './organization-reference.repository.js';

@Injectable()
export class OrganizationReferenceService {
  constructor(private readonly references: OrganizationReferenceRepository) {}

  async apply(manager: EntityManager, record: OrganizationRecord): Promise<void> {
    const next = nextReference(await this.references.findForUpdate(manager, record.id), record);
    if (next) await this.references.save(manager, next);
  }

  find(id: string): Promise<OrganizationReference | null> {
    return this.references.findById(id);
  }
}
