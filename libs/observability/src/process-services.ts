import type { HealthIndicatorResult } from '@nestjs/terminus';

/** What a service in this process offers to an aggregating `/health` and `/metrics` (single-process mode). */
export interface LocalService {
  service: string;
  ready(): Promise<HealthIndicatorResult>;
}

const services = new Map<string, LocalService>();

export const ProcessServices = {
  register(entry: LocalService): void {
    services.set(entry.service, entry);
  },
  unregister(service: string): void {
    services.delete(service);
  },
  all(): LocalService[] {
    return [...services.values()];
  },
};
