export { buildApp } from './app.ts';
export { loadConfig } from './config.ts';
export type { ServerConfig } from './config.ts';
export { runUntilSignal, startServer } from './main.ts';
export type { RunningServer, ServerMode } from './main.ts';
export { startWorker } from './scale-out/worker-process.ts';
export { createPlatform } from './platform.ts';
export type { Platform } from './platform.ts';
