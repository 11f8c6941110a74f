import { Engagement } from '../engagements/engagement.entity.js';
import { OrganizationReference } from '../organizations/organization-reference.entity.js';
import { OrganizationReferences1763900002000 } from './1763900002000-organization-references.js';
import { OrganizationPlaces1763900005000 } from './1763900005000-organization-places.js';
import { Engagements1763900006000 } from './1763900006000-engagements.js';
import { ReachLookup1763900007000 } from './1763900007000-reach-lookup.js';
import { Cancellations1763900008000 } from './1763900008000-cancellations.js';
import { StatusHistory1763900009000 } from './1763900009000-status-history.js';
import { Triage1763900010000 } from './1763900010000-triage.js';
import { EngagementStatusChange } from '../engagements/engagement-status-change.entity.js';

export const SchedulingEntities = [OrganizationReference, Engagement, EngagementStatusChange];
export const SchedulingMigrations = [OrganizationReferences1763900002000, OrganizationPlaces1763900005000, Engagements1763900006000, ReachLookup1763900007000, Cancellations1763900008000, StatusHistory1763900009000, Triage1763900010000];
