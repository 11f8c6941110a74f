import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EngagementAccessibility, EngagementContact, EngagementKind, EngagementStatus } from '#libs/contracts';

/** One bureau's engagement with the community. Times are stored in UTC; `timeZone` is the zone it was scheduled in. */
@Entity({ name: 'engagement' })
export class Engagement {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  bureau: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text' })
  kind: EngagementKind;

  @Column({ type: 'text' })
  status: EngagementStatus;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ name: 'time_zone', type: 'text' })
  timeZone: string;

  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lon: number | null;

  @Column({ name: 'online_url', type: 'text', nullable: true })
  onlineUrl: string | null;

  /** Neighborhood associations containing the place, from the registry's boundaries. */
  @Column({ name: 'neighborhood_ids', type: 'uuid', array: true })
  neighborhoodIds: string[];

  /** Council districts containing the place. */
  @Column({ name: 'location_districts', type: 'text', array: true })
  locationDistricts: string[];

  @Column({ name: 'audience_organization_ids', type: 'uuid', array: true })
  audienceOrganizationIds: string[];

  @Column({ name: 'audience_districts', type: 'text', array: true })
  audienceDistricts: string[];

  @Column({ name: 'community_tags', type: 'text', array: true })
  communityTags: string[];

  @Column({ type: 'text', array: true })
  languages: string[];

  @Column({ type: 'jsonb' })
  accessibility: EngagementAccessibility;

  @Column({ name: 'expected_attendance', type: 'int', nullable: true })
  expectedAttendance: number | null;

  @Column({ name: 'actual_attendance', type: 'int', nullable: true })
  actualAttendance: number | null;

  /** Personal data: never in events, shown only to coordinators and admins. */
  @Column({ type: 'jsonb', nullable: true })
  contact: EngagementContact | null;

  @Column({ name: 'external_url', type: 'text', nullable: true })
  externalUrl: string | null;

  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId: string | null;

  @Column({ name: 'held_at', type: 'timestamptz', nullable: true })
  heldAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  /** The bureau's words for why, shown wherever the engagement is. */
  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason: string | null;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
