import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AlertScope } from '#libs/contracts';
import { SubscriptionIndex } from './subscription-index.js';
import type { Subscription } from './subscription.entity.js';
import { SubscriptionRepository } from './subscription.repository.js';

/**
 * Keeps this replica's index of the active subscriptions. A change on any replica bumps the
 * revision in the same transaction; the index is rebuilt when the revision it was built from is
 * no longer the current one.
 */
@Injectable()
export class SubscriptionMatcher {
  private built: { revision: string; index: SubscriptionIndex; byId: Map<string, Subscription> } | undefined;
  private loading: Promise<void> | undefined;

  constructor(private readonly subscriptions: SubscriptionRepository) {}

  async match(manager: EntityManager, eventType: string, scope: AlertScope): Promise<Subscription[]> {
    const revision = await this.subscriptions.revision(manager);
    if (this.built?.revision !== revision) await this.rebuild(manager, revision);
    const { index, byId } = this.built!;
    return index.match(eventType, scope).map((id) => byId.get(id)!);
  }

  private async rebuild(manager: EntityManager, revision: string): Promise<void> {
    // Concurrent handlers share one rebuild rather than each loading every subscription.
    if (this.loading) await this.loading;
    if (this.built?.revision === revision) return;
    this.loading ??= (async () => {
      const active = await this.subscriptions.findActive(manager);
      this.built = { revision, index: new SubscriptionIndex(active), byId: new Map(active.map((s) => [s.id, s])) };
    })().finally(() => (this.loading = undefined));
    await this.loading;
  }
}
