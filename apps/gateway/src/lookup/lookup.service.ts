import { Injectable } from '@nestjs/common';
import { RegistryQueries, type LookupRequest, type LookupResponse } from '#libs/contracts';
import { QueryClient } from '#libs/messaging';

/** Point lookups are the registry's; the gateway asks it and passes its answer on. */
@Injectable()
export class LookupService {
  constructor(private readonly queries: QueryClient) {}

  at(request: LookupRequest): Promise<LookupResponse> {
    return this.queries.ask<LookupResponse>(RegistryQueries.lookup, request);
  }
}
