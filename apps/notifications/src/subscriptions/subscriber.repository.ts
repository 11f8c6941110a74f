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

  findAll(): Promise<Subscriber[]> {
    return this.dataSource.getRepository(Subscriber).find({ order: { name: 'ASC', id: 'ASC' } });
  }
}
