import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { LookupRequest, RegistryQueries, type LookupResponse } from '#libs/contracts';
import { validatedQuery } from '#libs/messaging';
import { LookupService } from './lookup.service.js';

@Controller()
export class LookupHandlers {
  constructor(private readonly lookups: LookupService) {}

  @MessagePattern(RegistryQueries.lookup)
  async lookup(@Payload() body: unknown): Promise<LookupResponse> {
    const { lat, lon } = await validatedQuery(LookupRequest, body);
    return this.lookups.at(lat, lon);
  }
}
