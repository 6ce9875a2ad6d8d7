import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Reads the queries under `queryKey` again, from now. `invalidateQueries` alone joins a first read still in
 * flight (one with no data yet) instead of starting another, and that read may be answered from before the
 * change: a chat app's reply, kept while its new conversation was first being read, did not show until a reload.
 */
export async function readAgain(client: QueryClient, queryKey: QueryKey): Promise<void> {
  await client.cancelQueries({ queryKey });
  await client.invalidateQueries({ queryKey });
}
