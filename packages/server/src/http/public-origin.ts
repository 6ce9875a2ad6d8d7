import type { ServerConfig } from '../platform/config.ts';

/** Where people reach this server, for addresses it hands out: BLOCKSMITH_PUBLIC_URL behind a proxy, else the address the request came to. */
export const publicOrigin = (config: Pick<ServerConfig, 'publicUrl'>, request: { protocol: string; host: string }): string =>
  config.publicUrl ?? `${request.protocol}://${request.host}`;
