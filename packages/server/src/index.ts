export { buildApp } from './app.ts';
export { loadConfig } from './config.ts';
export type { ServerConfig } from './config.ts';
export { runServerUntilSignal, startServer } from './main.ts';
export type { RunningServer } from './main.ts';
export { createPlatform } from './platform.ts';
export type { Platform } from './platform.ts';
