import type { INestApplication } from '@nestjs/common';
import { QueryClient, QueryFailedError, QueryUnavailableError } from '#libs/messaging';

/** Request/reply behaviour shared by both transports; `asker` has no handlers, `answerer` runs the probe's. */
export function describeQueries(transport: string, apps: () => { asker: INestApplication; answerer: INestApplication }): void {
  describe(`queries over ${transport}`, () => {
    it('answers a query from another service', async () => {
      const answer = await apps().asker.get(QueryClient).ask<{ rows: number }>('probe.receipts', {});
      expect(typeof answer.rows).toBe('number');
    });

    it('carries the answering service’s error status and message', async () => {
      const failure = apps().asker.get(QueryClient).ask('probe.refuse', { reason: 'closed' });
      await expect(failure).rejects.toBeInstanceOf(QueryFailedError);
      await expect(failure).rejects.toMatchObject({ status: 422, message: 'refused: closed' });
    });

    it('carries requests and answers larger than one NATS message', async () => {
      const text = 'Please keep the library open on Sundays. '.repeat(80_000); // about 3.3 MB
      const answer = await apps().asker.get(QueryClient).ask<{ text: string; length: number }>('probe.echo', { text });
      expect(answer.length).toBe(text.length);
      expect(answer.text === text).toBe(true);
    });

    it('fails clearly when nobody answers', async () => {
      const nobody = apps().asker.get(QueryClient).ask('probe.nobody-listens', {});
      await expect(nobody).rejects.toBeInstanceOf(QueryUnavailableError);
      await expect(nobody).rejects.toThrow('No service answers query "probe.nobody-listens"');
    });

    it('times out clearly when the answer is too late', async () => {
      const late = apps().asker.get(QueryClient).ask('probe.stall', { ms: 1500 });
      await expect(late).rejects.toThrow('Query "probe.stall" got no answer within 500 ms');
    });
  });
}
