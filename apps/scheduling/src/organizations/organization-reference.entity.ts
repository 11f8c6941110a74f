import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Boundary, LonLat, OrganizationKind, OrganizationStatus } from '#libs/contracts';

/** Scheduling's local copy of a registry organization, kept from registry events. */
@Entity({ name: 'organization_reference' })
export class OrganizationReference {
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

  @Column({ name: 'bureau_code', type: 'text', nullable: true })
  bureauCode: string | null;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  /** Kept so a place resolves to its neighborhoods and council district here, while the registry is away. */
  @Column({ type: 'jsonb', nullable: true })
  boundary: Boundary | null;

  @Column({ name: 'representative_point', type: 'jsonb', nullable: true })
  representativePoint: LonLat | null;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
