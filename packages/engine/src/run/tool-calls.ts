import { BlockError, type AgentTool, type JsonSchema, type ToolResult } from '@blocksmith/sdk';
import type { ToolBinding } from './compiled-types.ts';
import type { NodeRunRecord } from './records.ts';
import { toolName, uniqueName } from './tool-bindings.ts';

type RunTool = (agentRun: NodeRunRecord, tool: ToolBinding, inputs: Record<string, unknown>) => Promise<ToolResult>;

/**
 * An agent's side of its tools within one graph run: what each agent node run
 * was offered (tool nodes, and what tool sources listed), calls by those
 * names, and which agents wait on calls they made — they wait, they do not work.
 */
export class ToolCalls {
  /** The tools each agent node run was last offered (list), by name. */
  private readonly offered = new WeakMap<NodeRunRecord, Map<string, { binding: ToolBinding; sourceTool?: string }>>();
  /** Agent node runs with tool calls out, and how many each has. */
  private readonly callers = new Map<NodeRunRecord, number>();

  constructor(
    private readonly bindingsOf: (agentRun: NodeRunRecord) => ToolBinding[],
    /** Runs a tool node for its agent as a node run of the graph run. */
    private readonly run: RunTool,
  ) {}

  /** How many agent node runs wait on tool calls now. */
  get waitingAgents(): number {
    return this.callers.size;
  }

  /** Counts a call the agent node run made (+1) or got back (-1). */
  calling(agentRun: NodeRunRecord, change: 1 | -1): void {
    const calls = (this.callers.get(agentRun) ?? 0) + change;
    if (calls === 0) this.callers.delete(agentRun);
    else this.callers.set(agentRun, calls);
  }

  /** Calls one of the agent's tools: a tool node, or a tool its source listed. */
  async call(agentRun: NodeRunRecord, name: string, args: Record<string, unknown>): Promise<ToolResult> {
    const offered = this.offered.get(agentRun)?.get(name);
    if (offered?.sourceTool !== undefined) return this.run(agentRun, offered.binding, { tool: offered.sourceTool, arguments: args });
    const tools = this.bindingsOf(agentRun).filter((t) => !t.source);
    const tool = tools.find((t) => t.name === name);
    if (!tool) {
      const names = [...(this.offered.get(agentRun)?.keys() ?? tools.map((t) => t.name))];
      throw new BlockError('unknown_tool', `There is no tool "${name}"; the tools are: ${names.join(', ') || 'none'}.`, { retriable: false });
    }
    const unknown = Object.keys(args).filter((key) => !tool.pins.includes(key));
    if (unknown.length) {
      throw new BlockError('invalid_arguments', `Tool "${name}" takes ${tool.pins.join(', ')}; it has no ${unknown.join(', ')}.`, { retriable: false });
    }
    return this.run(agentRun, tool, args);
  }

  /**
   * The agent's tools now: its tool nodes, and what each tool source lists —
   * a node run of the source without a `tool` — under names unique among
   * them all. Calls by those names run the source with `tool` and `arguments`.
   */
  async list(agentRun: NodeRunRecord): Promise<AgentTool[]> {
    const bindings = this.bindingsOf(agentRun);
    const used = new Set(bindings.filter((b) => !b.source).map((b) => b.name));
    const offered = new Map<string, { binding: ToolBinding; sourceTool?: string }>();
    const tools: AgentTool[] = [];
    for (const binding of bindings) {
      if (!binding.source) {
        offered.set(binding.name, { binding });
        tools.push({ name: binding.name, description: binding.description, inputSchema: binding.inputSchema, nodeId: binding.nodeId });
        continue;
      }
      const listing = await this.run(agentRun, binding, {});
      if (listing.status !== 'COMPLETED') {
        throw new BlockError('tool_source', `Tool source "${binding.nodeId}" could not list its tools: ${listing.error ?? listing.status}.`);
      }
      for (const listed of (listing.outputs.tools?.[0] ?? []) as { name: string; description?: string; inputSchema?: JsonSchema }[]) {
        const name = uniqueName(toolName(listed.name), used);
        offered.set(name, { binding, sourceTool: listed.name });
        tools.push({ name, description: listed.description ?? '', inputSchema: listed.inputSchema ?? { type: 'object' }, nodeId: binding.nodeId });
      }
    }
    this.offered.set(agentRun, offered);
    return tools;
  }
}
