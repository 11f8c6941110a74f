import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceModule, type ServiceAppOptions } from '#libs/messaging';
import { ImportsModule } from './imports/imports.module.js';
import { LookupModule } from './lookup/lookup.module.js';
import { RegistryEntities, RegistryMigrations } from './migrations/index.js';
import { OrganizationsModule } from './organizations/organizations.module.js';
import { PeopleModule } from './people/people.module.js';

export const REGISTRY_SERVICE = 'registry';

/** The registry: organizations the city engages, their boundaries and contacts. */
@Module({})
export class RegistryModule {
  static forRoot(options: ServiceAppOptions = {}): DynamicModule {
    return {
      module: RegistryModule,
      imports: [
        ServiceModule.forService({ service: REGISTRY_SERVICE, entities: RegistryEntities, migrations: RegistryMigrations, ...options }),
        OrganizationsModule,
        LookupModule,
        PeopleModule,
        ImportsModule,
      ],
    };
  }
}
