import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Boundary, OrganizationKind, OrganizationStatus } from '#libs/contracts';

/** Feedback's copy of a registry neighborhood association or council district, with its boundary, to place comments. */
@Entity({ name: 'place' })
export class Place {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  kind: OrganizationKind;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  status: OrganizationStatus;

  @Column({ name: 'council_districts', type: 'text', array: true })
  councilDistricts: string[];

  @Column({ type: 'jsonb', nullable: true })
  boundary: Boundary | null;

  @Column({ type: 'int' })
  version: number;
}
