import { Injectable } from '@nestjs/common';

/** Lets the planner wake this replica's worker instead of waiting for its next poll. */
@Injectable()
export class DeliveryWakeup {
  private listener: (() => void) | undefined;

  onWake(listener: () => void): void {
    this.listener = listener;
  }

  soon(): void {
    this.listener?.();
  }
}
