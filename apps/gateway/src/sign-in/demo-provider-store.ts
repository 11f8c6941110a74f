import type { Adapter, AdapterPayload } from 'oidc-provider';

/**
 * Where the demo provider keeps its codes, tokens and sessions: in this process, as the demo is one
 * process's (`npm start`). Lost at a restart, which only means signing in again; the gateway's own
 * sessions are in its database. A city's provider keeps its own.
 */
export class DemoProviderStore implements Adapter {
  private static readonly entries = new Map<string, { payload: AdapterPayload; expiresAt: number }>();

  constructor(private readonly model: string) {}

  private key(id: string): string {
    return `${this.model}:${id}`;
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
    DemoProviderStore.entries.set(this.key(id), { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : Infinity });
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    return this.live(this.key(id));
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    const key = [...DemoProviderStore.entries.keys()].find((k) => k.startsWith(`${this.model}:`) && DemoProviderStore.entries.get(k)!.payload.uid === uid);
    return key ? this.live(key) : undefined;
  }

  async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    const key = [...DemoProviderStore.entries.keys()].find((k) => k.startsWith(`${this.model}:`) && DemoProviderStore.entries.get(k)!.payload.userCode === userCode);
    return key ? this.live(key) : undefined;
  }

  async consume(id: string): Promise<void> {
    const entry = DemoProviderStore.entries.get(this.key(id));
    if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
  }

  async destroy(id: string): Promise<void> {
    DemoProviderStore.entries.delete(this.key(id));
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    for (const [key, entry] of DemoProviderStore.entries) if (entry.payload.grantId === grantId) DemoProviderStore.entries.delete(key);
  }

  private live(key: string): AdapterPayload | undefined {
    const entry = DemoProviderStore.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt > Date.now()) return entry.payload;
    DemoProviderStore.entries.delete(key);
    return undefined;
  }
}
