/** One problem found in a graph, naming where it is and how to fix it. */
export interface GraphIssue {
  code:
    | 'invalid_format'
    | 'duplicate_node'
    | 'unknown_block'
    | 'unknown_node'
    | 'unknown_pin'
    | 'incompatible_link'
    | 'duplicate_link'
    | 'invalid_default'
    | 'missing_input'
    | 'cycle'
    | 'note_link'
    | 'tool_link';
  message: string;
  nodeId?: string;
  pin?: string;
}

/** Thrown when a graph cannot run; carries every issue found, not just the first. */
export class GraphValidationError extends Error {
  readonly issues: GraphIssue[];

  constructor(issues: GraphIssue[]) {
    super(`The graph is invalid:\n${issues.map((issue) => `  - ${issue.message}`).join('\n')}`);
    this.name = 'GraphValidationError';
    this.issues = issues;
  }
}
