export * from './namespace.js';
export * from './nats-server.js';
export * from './probe/probe.contract.js';
export * from './probe/probe-receipt.entity.js';
export * from './probe/probe-receipt.repository.js';
export * from './probe/probe.module.js';
export * from './dead-letters.js';
export * from './child-process.js';
