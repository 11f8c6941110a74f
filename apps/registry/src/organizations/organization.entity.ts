import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Boundary, LonLat, OrganizationKind, OrganizationStatus } from '#libs/contracts';
import { normalizedBoundary, normalizedPosition } from '../boundaries/boundary-normalization.js';

/** An organization the city engages: neighborhood association, business district, coalition, council district, bureau. */
@Entity({ name: 'organization' })
export class Organization {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ name: 'ocd_id', type: 'text', unique: true })
  ocdId: string;

  @Column({ type: 'text' })
  kind: OrganizationKind;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: 'active' })
  status: OrganizationStatus;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ name: 'council_districts', type: 'text', array: true, default: () => `'{}'` })
  councilDistricts: string[];

  @Column({ name: 'bureau_code', type: 'text', nullable: true })
  bureauCode: string | null;

  /** Read normalized, as the point below, so boundaries stored before rings were rewound and rounded are served right too. */
  @Column({ type: 'jsonb', nullable: true, transformer: { from: (b: Boundary | null) => b && normalizedBoundary(b), to: (b: Boundary | null | undefined) => b } })
  boundary: Boundary | null;

  @Column({ name: 'representative_point', type: 'jsonb', nullable: true, transformer: { from: (p: LonLat | null) => p && normalizedPosition(p), to: (p: LonLat | null | undefined) => p } })
  representativePoint: LonLat | null;

  /** BCP 47 tags. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  languages: string[];

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ name: 'public_email', type: 'text', nullable: true })
  publicEmail: string | null;

  @Column({ name: 'meeting_schedule', type: 'text', nullable: true })
  meetingSchedule: string | null;

  /** A bureau's service area in the city government (e.g. Public Works). */
  @Column({ name: 'service_area', type: 'text', nullable: true })
  serviceArea: string | null;

  /** The name as searches compare it; see `searchTextOf`. */
  @Column({ name: 'search_text', type: 'text', default: '' })
  searchText: string;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
