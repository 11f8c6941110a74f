import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Person } from './person.entity.js';

/** The only place that queries `person`. */
@Injectable()
export class PersonRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, person: Person): Promise<void> {
    await manager.insert(Person, person);
  }

  async findById(id: string): Promise<Person | null> {
    return this.dataSource.getRepository(Person).findOneBy({ id });
  }

  async findByIds(ids: string[]): Promise<Person[]> {
    if (ids.length === 0) return [];
    return this.dataSource.getRepository(Person).find({ where: { id: In(ids) }, order: { name: 'ASC', id: 'ASC' } });
  }
}
