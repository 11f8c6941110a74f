import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A contact person of one or more organizations. Email and phone are personal data. */
@Entity({ name: 'person' })
export class Person {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
