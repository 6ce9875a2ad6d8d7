/** A passage of a knowledge base's document, as a retrieval finds it: where it came from, for a citation. */
export interface KnowledgePassage {
  text: string;
  /** Cosine similarity to the query (1 is identical). */
  score: number;
  /** The document's name (a file name, a page's title or address). */
  document: string;
  documentId: string;
  /** Where the document came from: a file name or a web address. */
  source: string;
  /** The passage's place in its document, from 0. */
  position: number;
}

/** A knowledge base as a block sees it: enough to embed a query the way its passages were. */
export interface KnowledgeBaseRef {
  id: string;
  name: string;
  /** The embedding model its passages were embedded with: a query must be embedded with it too. */
  model: string;
}

/** The knowledge bases of the run's workspace: documents people add in the app, split into passages with embeddings. */
export interface BlockKnowledge {
  /** The knowledge base of this name or id; fails naming it when there is none. */
  base(idOrName: string): Promise<KnowledgeBaseRef>;
  /** The `limit` passages most similar to the query's embedding, best first. */
  search(baseId: string, embedding: number[], limit: number): Promise<KnowledgePassage[]>;
}
