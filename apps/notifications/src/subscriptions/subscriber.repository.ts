import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
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

  findByIds(ids: string[]): Promise<Subscriber[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(Subscriber).createQueryBuilder('s').where('s.id IN (:...ids)', { ids }).getMany();
  }

  findAll(): Promise<Subscriber[]> {
    return this.dataSource.getRepository(Subscriber).find({ order: { name: 'ASC', id: 'ASC' } });
  }
}
