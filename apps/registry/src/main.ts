import 'reflect-metadata';
import { runStandalone } from '#libs/messaging';
import { REGISTRY_SERVICE, RegistryModule } from './registry.module.js';

await runStandalone(REGISTRY_SERVICE, (env) => RegistryModule.forRoot({ env }), 3001);
