import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** docker-compose.yml must not start a Postgres anyone can guess the password of. */
describe('docker-compose.yml', () => {
  const compose = readFileSync(resolve('docker-compose.yml'), 'utf8');
  const uses = [...compose.matchAll(/\$\{POSTGRES_PASSWORD([^}]*)\}/g)].map((m) => m[1]);

  it('requires POSTGRES_PASSWORD wherever it is used, with no default', () => {
    // The Postgres container and the services' DATABASE_URL.
    expect(uses.length).toBeGreaterThanOrEqual(2);
    for (const use of uses) expect(use).toBe(':?set POSTGRES_PASSWORD');
    expect(compose).not.toMatch(/POSTGRES_PASSWORD:\s*postgres\b/);
  });

  it('leaves HOST to the images, which listen on every interface', () => {
    const dockerfile = readFileSync(resolve('deploy/Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^ENV HOST=0\.0\.0\.0$/m);
    expect(compose).not.toMatch(/HOST:\s*127\.0\.0\.1/);
  });
});
