import type { GraphFile } from '@blocksmith/engine';
import { fromAutogptAgent, isAutogptAgent } from './autogpt-agent.ts';
import { fromN8nWorkflow, isN8nWorkflow } from './n8n-workflow.ts';

/** A graph made from another platform's file: what was mapped, and each node that has no equivalent (kept, named). */
export interface ForeignImport {
  graph: GraphFile;
  unmapped: { node: string; reason: string }[];
  from: 'autogpt' | 'n8n';
}

/** A graph of ours from another platform's file, when the file is one this can read; undefined for anything else. */
export function fromForeignFile(file: unknown): ForeignImport | undefined {
  if (isAutogptAgent(file)) return fromAutogptAgent(file);
  return isN8nWorkflow(file) ? fromN8nWorkflow(file) : undefined;
}
