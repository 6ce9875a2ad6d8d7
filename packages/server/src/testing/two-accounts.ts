import { createTestDatabase, type TestDatabase } from '@blocksmith/store/testing';
import { ApiClient } from './api-client.ts';
import { startServerProcess, type ServerProcess } from './server-process.ts';

/** A real server process on its own SQLite database, with two signed-in accounts: the owner, who set it up, and another user. */
export interface TwoAccountServer {
  server: ServerProcess;
  database: TestDatabase;
  owner: ApiClient;
  other: ApiClient;
  /** Stops the server and drops its database. */
  stop(): Promise<void>;
}

/** `env` adds to (or overrides) open sign-up and the database's data directory. */
export async function startWithTwoAccounts(env: Record<string, string> = {}): Promise<TwoAccountServer> {
  const database = await createTestDatabase('sqlite');
  const server = await startServerProcess({ BLOCKSMITH_DATA_DIR: database.options.dataDir, BLOCKSMITH_SIGNUP: 'open', ...env });
  const owner = new ApiClient(server.url);
  const other = new ApiClient(server.url);
  await owner.post('/api/auth/setup', { email: 'owner@x.test', password: 'password-a' });
  await other.post('/api/auth/signup', { email: 'other@x.test', password: 'password-b' });
  return {
    server,
    database,
    owner,
    other,
    async stop() {
      await server.stop();
      await database.drop();
    },
  };
}
