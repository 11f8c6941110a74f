import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OrganizationKind, OrganizationStatus } from '#libs/contracts';

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

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
