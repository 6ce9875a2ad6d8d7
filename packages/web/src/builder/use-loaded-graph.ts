import { useEffect, useState } from 'react';
import { api, errorMessage } from '../api/client.ts';
import type { BlockManifest } from '../api/types.ts';
import { useBuilder } from './builder-store.ts';

/** Loads the block catalog and the graph (none for a new one) into the builder; the catalog once loaded, or why it could not be. */
export function useLoadedGraph(graphId: string | undefined): { blocks?: BlockManifest[]; error?: string } {
  const [blocks, setBlocks] = useState<BlockManifest[]>();
  const [error, setError] = useState<string>();
  const load = useBuilder((s) => s.load);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const [{ blocks: catalog }, detail] = await Promise.all([api.blocks(), graphId ? api.getGraph(graphId) : Promise.resolve(undefined)]);
        if (cancelled) return;
        load(detail, catalog);
        setBlocks(catalog);
      } catch (failure) {
        setError(errorMessage(failure));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [graphId, load]);

  return { ...(blocks ? { blocks } : {}), ...(error !== undefined ? { error } : {}) };
}
