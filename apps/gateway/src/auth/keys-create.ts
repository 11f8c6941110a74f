import 'reflect-metadata';
import { runKeysCreate } from './keys-create.command.js';

process.exitCode = await runKeysCreate(process.argv.slice(2), process.env);
