export { ApiClient } from './api-client.ts';
export { freePort, startServerProcess, startWorkerProcess } from './server-process.ts';
export type { ServerProcess } from './server-process.ts';
export { connectSocket } from './ws-client.ts';
export type { TestSocket } from './ws-client.ts';
export { greeterGraph } from './greeter-graph.ts';
export { reviewGraph } from './review-graph.ts';
export { startOAuthProvider } from './oauth-provider.ts';
export type { TestOAuthProvider } from './oauth-provider.ts';
