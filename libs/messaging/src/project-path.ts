import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A path under the project root, the nearest folder above `fromModule` that holds package.json:
 * the same path whether the code runs from its TypeScript source or from dist/. Services ship the
 * files they read there (data, web assets), beside their code.
 */
export function projectPath(fromModule: string, ...segments: string[]): string {
  const from = dirname(fileURLToPath(fromModule));
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}: cannot find ${join(...segments)}`);
    dir = parent;
  }
  return join(dir, ...segments);
}
