import { Writable } from 'node:stream';
import { pino } from 'pino';
import { ServiceNestLogger } from './nest-logger.js';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: pino({ base: { service: 'scheduling' }, level: 'trace' }, stream) };
}

describe('ServiceNestLogger', () => {
  it('writes Nest’s lines as the service’s own, with their context and level', () => {
    const { lines, logger } = capture();
    const nest = new ServiceNestLogger(logger);
    nest.log('Mapped {/health, GET} route', 'RouterExplorer');
    nest.warn('slow start');
    nest.error('could not connect', 'Error: could not connect\n    at x', 'TypeOrmModule');
    expect(lines).toEqual([
      expect.objectContaining({ service: 'scheduling', level: 30, msg: 'Mapped {/health, GET} route', context: 'RouterExplorer' }),
      expect.objectContaining({ service: 'scheduling', level: 40, msg: 'slow start' }),
      expect.objectContaining({ service: 'scheduling', level: 50, msg: 'could not connect', context: 'TypeOrmModule', stack: expect.stringContaining('at x') }),
    ]);
  });
});
