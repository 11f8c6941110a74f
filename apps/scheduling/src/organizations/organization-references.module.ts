import { Module } from '@nestjs/common';
import { OrganizationReferenceHandlers } from './organization-reference.handlers.js';
import { OrganizationReferenceRepository } from './organization-reference.repository.js';
import { OrganizationReferenceService } from './organization-reference.service.js';

@Module({
  controllers: [OrganizationReferenceHandlers],
  providers: [OrganizationReferenceRepository, OrganizationReferenceService],
  exports: [OrganizationReferenceService],
})
export class OrganizationReferencesModule {}
