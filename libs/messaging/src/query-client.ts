import type { ClientProxy } from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';

/** Asks another service a question over request/reply; throws QueryUnavailableError when nobody answers in time. */
export class QueryClient {
  constructor(private readonly client: ClientProxy) {}

  ask<T>(pattern: string, data: unknown): Promise<T> {
    return lastValueFrom(this.client.send<T>(pattern, data));
  }
}
