import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A person's role in an organization over a period; an open end date means current. */
@Entity({ name: 'membership' })
export class Membership {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'text' })
  role: string;

  /** Dates as YYYY-MM-DD: memberships are kept by the day. */
  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
