import { Controller, Inject, Injectable, Module, type DynamicModule } from '@nestjs/common';
import { Ctx, EventPattern, MessagePattern, Payload, RpcException } from '@nestjs/microservices';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventContext, InProcessBroker, Outbox, ServiceModule, startMessaging, startRelay } from '#libs/messaging';
import { ProbeRecorded, ProbeRecordedV1 } from './probe.contract.js';
import { ProbeReceipt, ProbeReceipts1763900000001 } from './probe-receipt.entity.js';
import { ProbeReceiptRepository, type ReceiptSummary } from './probe-receipt.repository.js';

const REPLICA = Symbol('REPLICA');

/** Runs whose events the probe's handler fails for now, until a test takes them out (a bug fixed). */
export const probeFaults = { failingRuns: new Set<string>() };

@Controller()
class ProbeHandlers {
  constructor(
    private readonly receipts: ProbeReceiptRepository,
    @Inject(REPLICA) private readonly replica: string,
  ) {}

  @EventPattern<string>(ProbeRecorded.subject)
  async recorded(@Payload() data: ProbeRecordedV1, @Ctx() ctx: EventContext): Promise<void> {
    if (data.failAlways) throw new Error(`probe ${data.seq} is told to fail`);
    if (probeFaults.failingRuns.has(data.run)) throw new Error(`probe run ${data.run} fails for now`);
    await this.receipts.add(ctx.manager, {
      eventId: ctx.envelope.id,
      seq: data.seq,
      replica: this.replica,
      publishedAt: new Date(ctx.envelope.time),
    });
  }

  @MessagePattern('probe.receipts')
  receiptsSummary(): Promise<ReceiptSummary> {
    return this.receipts.summary();
  }

  @MessagePattern('probe.refuse')
  refuse(@Payload() body: { reason: string }): never {
    throw new RpcException({ status: 422, message: `refused: ${body.reason}` });
  }

  /** Answers with what it was sent: large requests and answers cross the transport whole. */
  @MessagePattern('probe.echo')
  echo(@Payload() body: { text: string }): { text: string; length: number } {
    return { text: body.text, length: body.text.length };
  }

  @MessagePattern('probe.stall')
  async stall(@Payload() body: { ms: number }): Promise<string> {
    await new Promise((r) => setTimeout(r, body.ms));
    return 'late';
  }
}

/** Publishes probe events through the outbox, in transactions of `perTransaction` events. */
@Injectable()
export class ProbePublisher {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  async publish(
    run: string,
    seqs: number[],
    options: { perTransaction?: number; failAlways?: (seq: number) => boolean; padding?: string; aggregateId?: string } = {},
  ): Promise<void> {
    const size = options.perTransaction ?? 100;
    for (let i = 0; i < seqs.length; i += size) {
      const chunk = seqs.slice(i, i + size);
      await this.dataSource.transaction((manager) =>
        this.outbox.publishAll(
          manager,
          chunk.map((seq) => ({
            contract: ProbeRecorded,
            aggregateId: options.aggregateId ?? `${run}-${seq}`,
            data: { seq, run, ...(options.failAlways?.(seq) ? { failAlways: true } : {}), ...(options.padding ? { padding: options.padding } : {}) },
          })),
        ),
      );
    }
  }
}

export interface ProbeAppOptions {
  service: string;
  env: NodeJS.ProcessEnv;
  consume: boolean;
  replica?: string;
  broker?: InProcessBroker;
}

@Module({})
export class ProbeModule {
  static forRoot(options: ProbeAppOptions): DynamicModule {
    return {
      module: ProbeModule,
      imports: [
        ServiceModule.forService({
          service: options.service,
          env: options.env,
          entities: [ProbeReceipt],
          migrations: [ProbeReceipts1763900000001],
          contracts: [ProbeRecorded],
          broker: options.broker,
        }),
      ],
      controllers: options.consume ? [ProbeHandlers] : [],
      providers: [ProbeReceiptRepository, ProbePublisher, { provide: REPLICA, useValue: options.replica ?? 'r1' }],
      exports: [ProbeReceiptRepository, ProbePublisher],
    };
  }
}

/** A probe service started as a real service is: consumers first, then the relay. */
export async function startProbeApp(options: ProbeAppOptions): Promise<INestApplication> {
  const app = await NestFactory.create(ProbeModule.forRoot(options), { logger: false, abortOnError: false });
  await startMessaging(app);
  startRelay(app);
  await app.init();
  return app;
}
