import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OrganizationRecord } from '#libs/contracts';
import type { PlaceResolver } from '../comments/comment-intake.js';
import { Place } from './place.entity.js';
import { placeResolver } from './place-resolution.js';

const PLACE_KINDS = new Set(['neighborhood_association', 'council_district']);

/** Keeps the places from registry events and answers resolvers over a cached snapshot, rebuilt when a place changes. */
@Injectable()
export class PlaceDirectory {
  private cached: { stamp: string; resolve: PlaceResolver } | undefined;

  /** Applies a registry record; older or repeated versions change nothing. */
  async apply(manager: EntityManager, record: OrganizationRecord): Promise<void> {
    if (!PLACE_KINDS.has(record.kind)) return;
    const current = await manager.findOne(Place, { where: { id: record.id }, lock: { mode: 'pessimistic_write' } });
    if (current && current.version >= record.version) return;
    await manager.upsert(
      Place,
      {
        id: record.id,
        slug: record.slug,
        kind: record.kind,
        name: record.name,
        status: record.status,
        councilDistricts: record.councilDistricts,
        // Update events may leave the boundary out when it did not change.
        boundary: record.boundary ?? current?.boundary ?? null,
        version: record.version,
      },
      ['id'],
    );
  }

  /**
   * Reads through `manager`: inside a transaction, its own connection. Asking the pool for a second one while the
   * transaction holds the first deadlocks a burst as large as the pool.
   */
  async resolver(manager: EntityManager): Promise<PlaceResolver> {
    const [row] = await manager.query<Array<{ stamp: string }>>(`SELECT count(*) || ':' || coalesce(sum(version), 0) AS stamp FROM place`);
    if (this.cached?.stamp !== row.stamp) {
      this.cached = { stamp: row.stamp, resolve: placeResolver(await manager.find(Place, { order: { name: 'ASC' } })) };
    }
    return this.cached.resolve;
  }
}
