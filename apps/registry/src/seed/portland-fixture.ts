import { readPortlandData } from './portland-data.js';
import { portlandOrganizations } from './portland-organizations.js';

/** Portland's organizations from the shipped data, computed once per test file. */
export const portland = portlandOrganizations(readPortlandData());
