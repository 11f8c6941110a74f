import { Server, type CustomTransportStrategy } from '@nestjs/microservices';
import type { EventDispatcher } from '../dispatcher.js';
import type { SubjectNaming } from '../naming.js';
import { answerQuery } from '../queries.js';
import type { InProcessBroker } from './in-process.broker.js';

/** The single-process transport: the same handlers, validation, inbox, retries and dead letter as JetStream. */
export class InProcessTransport extends Server implements CustomTransportStrategy {
  override readonly propagatesEventHandlerErrors = true;
  private readonly detach: Array<() => void> = [];
  private inFlight = 0;

  constructor(
    private readonly service: string,
    private readonly naming: SubjectNaming,
    private readonly broker: InProcessBroker,
    private readonly dispatcher: EventDispatcher,
  ) {
    super();
  }

  on(): void {
    // Nothing to watch: there is no connection.
  }

  unwrap<T>(): T {
    return this.broker as T;
  }

  listen(callback: (...optionalParams: unknown[]) => void): void {
    for (const [pattern, handler] of this.messageHandlers) {
      if (handler.isEventHandler) {
        const consumer = this.naming.consumer(this.service, pattern);
        this.detach.push(
          this.broker.join(this.naming.subject(consumer), this.naming.subject(pattern), async (delivery) => {
            this.inFlight++;
            try {
              return await this.dispatcher.dispatch(consumer, handler, { ...delivery, subject: this.naming.unprefix(delivery.subject) });
            } finally {
              this.inFlight--;
            }
          }, (record) => this.naming.deadLetter(this.service, record.subject)),
        );
      } else {
        this.detach.push(this.broker.answer(this.naming.query(pattern), (request) => answerQuery(pattern, handler, request)));
      }
    }
    callback();
  }

  async close(): Promise<void> {
    for (const d of this.detach.splice(0)) d();
    this.dispatcher.stop();
    while (this.inFlight > 0) await new Promise((r) => setTimeout(r, 10));
  }
}
