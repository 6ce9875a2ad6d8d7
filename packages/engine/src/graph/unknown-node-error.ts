/** Thrown when a re-run, or a run of one node alone, names a node the graph does not have. */
export class UnknownNodeError extends Error {
  constructor(readonly nodeId: string) {
    super(
      `Node "${nodeId}" is not in this version of the graph: check the node's id (the editor shows it under the node's name), and save the agent first if the node is new.`,
    );
    this.name = 'UnknownNodeError';
  }
}
