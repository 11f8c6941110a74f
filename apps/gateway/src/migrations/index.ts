import { ApiKey } from '../auth/api-key.entity.js';
import { ApiKeys1763900002000 } from './1763900002000-api-keys.js';

export const GatewayEntities = [ApiKey];
export const GatewayMigrations = [ApiKeys1763900002000];
