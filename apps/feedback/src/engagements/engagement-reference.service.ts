import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EngagementChangedV1 } from '#libs/contracts';
import { nextEngagementReference } from './engagement-reference.js';
import { EngagementReferenceRepository } from './engagement-reference.repository.js';

/** Feedback's copy of scheduling's engagements, kept from its events (eventually consistent: moments behind). */
@Injectable()
export class EngagementReferenceService {
  constructor(private readonly engagements: EngagementReferenceRepository) {}

  async apply(manager: EntityManager, event: EngagementChangedV1): Promise<void> {
    const next = nextEngagementReference(await this.engagements.lock(manager, event.engagement.id), event);
    if (next) await this.engagements.save(manager, next);
  }
}
