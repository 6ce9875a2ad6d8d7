import type { GraphStore, StoredGraph } from '@blocksmith/engine';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const GRAPH_ID = /^[A-Za-z0-9_.-]+$/;

/** Sub-graphs from a folder: graph id "summarize" is the file summarize.json. */
export class FileGraphStore implements GraphStore {
  constructor(private readonly dir: string) {}

  async getGraph(graphId: string, version?: number): Promise<StoredGraph | undefined> {
    if (!GRAPH_ID.test(graphId) || graphId.startsWith('.')) {
      throw new Error(`Graph id "${graphId}" is not a file name in ${this.dir}: use letters, digits, "_", "-" and ".".`);
    }
    if (version !== undefined) {
      throw new Error(`Graphs read from a folder have no versions: remove version ${version} to run ${graphId}.json.`);
    }
    let text: string;
    try {
      text = await readFile(join(this.dir, `${graphId}.json`), 'utf8');
    } catch {
      return undefined;
    }
    const parsed: unknown = JSON.parse(text);
    return { ...(parsed as StoredGraph), id: graphId };
  }
}
