export { buildApp } from './http/app.ts';
export { loadConfig } from './platform/config.ts';
export type { ServerConfig } from './platform/config.ts';
export { runUntilSignal, startServer } from './main.ts';
export type { RunningServer, ServerMode } from './main.ts';
export { createPlatform } from './platform/platform.ts';
export type { Platform } from './platform/platform.ts';
