import type { KnowledgeBaseRef, KnowledgePassage } from '@blocksmith/sdk';

/**
 * Where knowledge bases' passages are kept (`ctx.knowledge`): the platform's database. Filling them
 * (extracting, chunking, embedding documents) is the server's; runs only read.
 */
export interface KnowledgeStore {
  find(workspaceId: string | undefined, idOrName: string): Promise<KnowledgeBaseRef | undefined>;
  /** The `limit` passages of the workspace's base most similar to the embedding, best first. */
  search(workspaceId: string | undefined, baseId: string, embedding: number[], limit: number): Promise<KnowledgePassage[]>;
}

/** Runs outside the platform (the CLI, block examples) have no knowledge bases. */
export const NO_KNOWLEDGE: KnowledgeStore = {
  find: async () => undefined,
  search: async () => [],
};
