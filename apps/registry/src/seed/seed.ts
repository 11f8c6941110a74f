import 'reflect-metadata';
import { runSeed } from './seed.command.js';

process.exitCode = await runSeed(process.env);
