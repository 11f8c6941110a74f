import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Subscriber } from './subscriber.entity.js';

/** The only place that queries `subscriber`. */
@Injectable()
export class SubscriberRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, subscriber: Subscriber): Promise<void> {
    await manager.insert(Subscriber, subscriber);
  }

  async save(manager: EntityManager, subscriber: Subscriber): Promise<Subscriber> {
    return manager.save(Subscriber, subscriber);
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(Subscriber, { id });
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Subscriber | null> {
    return manager.findOneBy(Subscriber, { id });
  }

  findByKey(keyId: string, manager: EntityManager = this.dataSource.manager): Promise<Subscriber | null> {
    return manager.findOneBy(Subscriber, { keyId });
  }

  async findByIds(ids: string[]): Promise<Map<string, Subscriber>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(Subscriber).findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((s) => [s.id, s]));
  }

  /** Up to `limit` subscribers in name, then id, order after `after`. */
  findPage(after: { name: string; id: string } | null, limit: number): Promise<Subscriber[]> {
    const query = this.dataSource.getRepository(Subscriber).createQueryBuilder('s').orderBy('s.name', 'ASC').addOrderBy('s.id', 'ASC').limit(limit);
    if (after) query.where('(s.name, s.id) > (:name, :id)', after);
    return query.getMany();
  }

  findAll(): Promise<Subscriber[]> {
    return this.dataSource.getRepository(Subscriber).find({ order: { name: 'ASC', id: 'ASC' } });
  }
}
