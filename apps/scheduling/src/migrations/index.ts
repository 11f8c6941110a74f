import { OrganizationReference } from '../organizations/organization-reference.entity.js';
import { OrganizationReferences1763900002000 } from './1763900002000-organization-references.js';

export const SchedulingEntities = [OrganizationReference];
export const SchedulingMigrations = [OrganizationReferences1763900002000];
