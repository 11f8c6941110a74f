import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { MembershipRepository } from './membership.repository.js';
import { PeopleHandlers } from './people.handlers.js';
import { PeopleService } from './people.service.js';
import { PersonRepository } from './person.repository.js';

@Module({
  imports: [OrganizationsModule],
  controllers: [PeopleHandlers],
  providers: [PersonRepository, MembershipRepository, PeopleService],
})
export class PeopleModule {}
