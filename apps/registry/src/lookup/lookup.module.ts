import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { LookupHandlers } from './lookup.handlers.js';
import { LookupService } from './lookup.service.js';

@Module({
  imports: [OrganizationsModule],
  controllers: [LookupHandlers],
  providers: [LookupService],
})
export class LookupModule {}
