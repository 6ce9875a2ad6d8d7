export { mysqlConnection } from './mysql-connection.ts';
export { openConnection } from './open-connection.ts';
export { outboundFetch } from './outbound-fetch.ts';
export { parseAllowedHosts, parseAllowedSockets, refusalIn, type ConnectTarget, type OutboundPolicy } from './outbound-policy.ts';
export { postgresClient } from './postgres-client.ts';
export { smtpTransport } from './smtp-transport.ts';
export { sendFollowingRedirects } from './send-following-redirects.ts';
export type { RawRequest, RawResponse } from './outbound-request.ts';
