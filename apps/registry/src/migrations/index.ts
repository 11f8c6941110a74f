import { Organization } from '../organizations/organization.entity.js';
import { Membership } from '../people/membership.entity.js';
import { Person } from '../people/person.entity.js';
import { Organizations1763900001000 } from './1763900001000-organizations.js';
import { OrganizationDetails1763900003000 } from './1763900003000-organization-details.js';
import { OrganizationSearch1763900004000 } from './1763900004000-organization-search.js';
import { People1763900005000 } from './1763900005000-people.js';

export const RegistryEntities = [Organization, Person, Membership];
export const RegistryMigrations = [Organizations1763900001000, OrganizationDetails1763900003000, OrganizationSearch1763900004000, People1763900005000];
