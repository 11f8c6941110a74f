import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Subscription } from './subscription.entity.js';

/** The only place that queries `subscription` and its revision counter. */
@Injectable()
export class SubscriptionRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, subscription: Subscription): Promise<void> {
    await manager.insert(Subscription, subscription);
    await this.bumpRevision(manager);
  }

  async save(manager: EntityManager, subscription: Subscription): Promise<Subscription> {
    const saved = await manager.save(Subscription, subscription);
    await this.bumpRevision(manager);
    return saved;
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(Subscription, { id });
    await this.bumpRevision(manager);
  }

  /** Called by every change, including a subscriber's deletion that cascades to its subscriptions. */
  async bumpRevision(manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE subscription_revision SET revision = revision + 1 WHERE id = 1`);
  }

  async revision(manager: EntityManager = this.dataSource.manager): Promise<string> {
    const [row] = await manager.query<Array<{ revision: string }>>(`SELECT revision FROM subscription_revision WHERE id = 1`);
    return String(row.revision);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Subscription | null> {
    return manager.findOneBy(Subscription, { id });
  }

  async findByIds(ids: string[]): Promise<Map<string, Subscription>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(Subscription).findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((s) => [s.id, s]));
  }

  findBySubscriber(subscriberId: string): Promise<Subscription[]> {
    return this.dataSource.getRepository(Subscription).find({ where: { subscriberId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findAll(): Promise<Subscription[]> {
    return this.dataSource.getRepository(Subscription).find({ order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findActive(manager: EntityManager = this.dataSource.manager): Promise<Subscription[]> {
    return manager.findBy(Subscription, { active: true });
  }
}
