import { platformRegistry } from './metrics.js';

/** `# TYPE name kind` lines of the exposition, as [name, kind]. */
async function families(): Promise<[string, string][]> {
  const text = await platformRegistry.metrics();
  return text
    .split('\n')
    .filter((line) => line.startsWith('# TYPE '))
    .map((line) => line.split(' ').slice(2, 4) as [string, string]);
}

describe('platformRegistry', () => {
  it('names no gauge or histogram `_total`: only counters end so', async () => {
    const found = await families();
    expect(found.filter(([name, kind]) => name.endsWith('_total') && kind !== 'counter')).toEqual([]);
    expect(found.filter(([name]) => name.endsWith('_total')).map(([name]) => name)).toEqual(expect.arrayContaining(['process_cpu_seconds_total', 'civic_events_published_total']));
  });

  it('keeps the rest of Node’s default metrics, the active handles by type among them', async () => {
    const names = (await families()).map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['nodejs_active_handles', 'nodejs_active_requests', 'nodejs_active_resources', 'nodejs_eventloop_lag_seconds', 'nodejs_heap_size_used_bytes', 'process_resident_memory_bytes', 'nodejs_gc_duration_seconds']));
  });
});
