import { Module } from '@nestjs/common';
import { OrganizationHandlers } from './organization.handlers.js';
import { OrganizationRepository } from './organization.repository.js';
import { OrganizationService } from './organization.service.js';

@Module({
  controllers: [OrganizationHandlers],
  providers: [OrganizationRepository, OrganizationService],
  exports: [OrganizationRepository, OrganizationService],
})
export class OrganizationsModule {}
