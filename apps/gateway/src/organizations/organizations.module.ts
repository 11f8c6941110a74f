import { Module } from '@nestjs/common';
import { OrganizationMapController, OrganizationsController } from './organizations.controller.js';
import { OrganizationsService } from './organizations.service.js';

@Module({
  // The map first: its path must not reach `/v1/organizations/:idOrSlug`.
  controllers: [OrganizationMapController, OrganizationsController],
  providers: [OrganizationsService],
})
export class OrganizationsModule {}
