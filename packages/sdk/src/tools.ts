import type { JsonSchema } from './json-schema.ts';

/** A node an agent block may call as a tool: one linked from the agent's tools output. */
export interface AgentTool {
  /** Unique within the agent: from the node's label, else its block's name. */
  name: string;
  description: string;
  /** JSON Schema of the arguments: the tool node's pins linked from the agent. */
  inputSchema: JsonSchema;
  nodeId: string;
}

/** What one tool call produced: the outputs of the node run it became. */
export interface ToolResult {
  nodeRunId: string;
  status: 'COMPLETED' | 'FAILED' | 'TERMINATED';
  outputs: Record<string, unknown[]>;
  error?: string;
}
