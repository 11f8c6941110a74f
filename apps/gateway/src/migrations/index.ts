import { ApiKey } from '../auth/api-key.entity.js';
import { ApiKeys1763900002000 } from './1763900002000-api-keys.js';
import { StaffSessions1763900003000 } from './1763900003000-staff-sessions.js';
import { StaffSession } from '../sign-in/staff-session.entity.js';
import { StaffSignIn } from '../sign-in/staff-sign-in.entity.js';

export const GatewayEntities = [ApiKey, StaffSession, StaffSignIn];
export const GatewayMigrations = [ApiKeys1763900002000, StaffSessions1763900003000];
