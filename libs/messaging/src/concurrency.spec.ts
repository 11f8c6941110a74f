import { KeyedSequencer, Semaphore } from './concurrency.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('KeyedSequencer', () => {
  it('runs one key in order and different keys side by side', async () => {
    const seq = new KeyedSequencer();
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await tick(ms);
      log.push(`end ${name}`);
    };
    await Promise.all([seq.run('a', task('a1', 30)), seq.run('a', task('a2', 1)), seq.run('b', task('b1', 5))]);
    expect(log.indexOf('end a1')).toBeLessThan(log.indexOf('start a2'));
    expect(log.indexOf('start b1')).toBeLessThan(log.indexOf('end a1'));
  });

  it('keeps going after a task fails', async () => {
    const seq = new KeyedSequencer();
    const failing = seq.run('a', async () => {
      throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    await expect(seq.run('a', async () => 42)).resolves.toBe(42);
  });
});

describe('Semaphore', () => {
  it('never lets more than the limit run', async () => {
    const sem = new Semaphore(3);
    let running = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        await sem.acquire();
        running++;
        peak = Math.max(peak, running);
        await tick(2);
        running--;
        sem.release();
      }),
    );
    expect(peak).toBe(3);
    expect(sem.inUse).toBe(0);
  });
});
