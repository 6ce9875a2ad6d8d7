import type { GraphFile } from '@blocksmith/engine';
import { fromAutogptAgent, isAutogptAgent } from './autogpt-agent.ts';

/** A graph made from another platform's file: what was mapped, and each node that has no equivalent (kept, named). */
export interface ForeignImport {
  graph: GraphFile;
  unmapped: { node: string; reason: string }[];
  from: 'autogpt';
}

/** A graph of ours from another platform's file, when the file is one this can read; undefined for anything else. */
export function fromForeignFile(file: unknown): ForeignImport | undefined {
  return isAutogptAgent(file) ? fromAutogptAgent(file) : undefined;
}
