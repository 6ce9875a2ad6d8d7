import { RunInputError, type RunEvent } from '@blocksmith/engine';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  CancelledNotificationSchema,
  ErrorCode,
  ListToolsRequestSchema,
  McpError,
  type CallToolResult,
} from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import type { Owner } from '@blocksmith/store';
import type { Platform } from '../platform/platform.ts';
import { compactOutputs } from '../copilot/tools/tool-results.ts';
import { copilotTools, refusalOf, type CopilotTool } from '../copilot/tools/index.ts';
import { agentToolNames, runInputSchema, type AgentTool } from './agent-tools.ts';
import { versionToRun } from '../releases/version-to-run.ts';
import type { InflightCalls } from './inflight-calls.ts';

/** What a tool may do to the platform and the world, as MCP clients read it (tool annotations). */
type ToolAnnotations = { readOnlyHint: boolean; destructiveHint: boolean; idempotentHint: boolean; openWorldHint: boolean };
const READS: ToolAnnotations = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };
/** A new agent, or a new version of one: nothing is overwritten (earlier versions stay). */
const BUILDS: ToolAnnotations = { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false };
/** Running an agent: its blocks may reach anything its credentials allow, and change it. */
const RUNS: ToolAnnotations = { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true };

/** The copilot's tools an MCP client gets too, enough to find blocks, build agents and run them, with what each does. */
const PLATFORM_TOOLS: Record<string, ToolAnnotations> = {
  find_blocks: READS,
  get_block: READS,
  list_agents: READS,
  get_agent: READS,
  create_agent: BUILDS,
  edit_agent: BUILDS,
  run_agent: RUNS,
  get_run: READS,
  rerun_from_node: RUNS,
  get_failed_node: READS,
};
const platformTools: CopilotTool[] = copilotTools.filter((t) => Object.hasOwn(PLATFORM_TOOLS, t.name));

/** What an agent's tool answers as `structuredContent` (a run that does not complete: `isError`, with its id and status). */
const RUN_RESULT_SCHEMA = {
  type: 'object',
  properties: {
    runId: { type: 'string' },
    status: { type: 'string', description: 'COMPLETED, or how the run ended (FAILED, TERMINATED).' },
    outputs: {
      type: 'object',
      description:
        "The run's outputs by name: an output with one value as that value, with several as their list; very long outputs come cut short as {truncated, first_characters}.",
    },
  },
  required: ['runId', 'status'],
} as const;

const text = (value: unknown): CallToolResult['content'] => [{ type: 'text', text: typeof value === 'string' ? value : JSON.stringify(value) }];

/** The agents a workspace offers to MCP clients, as tools: each takes the inputs of the version it runs (its production release, else its latest). */
async function agentTools(workspaceId: string, platform: Platform): Promise<AgentTool[]> {
  const agents = await platform.store.graphs.mcpAgents(workspaceId);
  const names = agentToolNames(agents, Object.keys(PLATFORM_TOOLS));
  const tools: AgentTool[] = [];
  for (const agent of agents) {
    const runs = await versionToRun(platform.store, workspaceId, agent.id, { trigger: { kind: 'mcp' } });
    const shown = await platform.store.graphs.version(workspaceId, agent.id, runs);
    if (!shown) continue;
    tools.push({
      name: names.get(agent.id)!,
      description: agent.description || `Runs the agent “${agent.name}” and answers its outputs.`,
      inputSchema: runInputSchema(shown.graph, platform.registry),
      graphId: agent.id,
    });
  }
  return tools;
}

/**
 * The MCP server one request of a member talks to (the transport is
 * stateless): their workspace's MCP-enabled agents and the platform tools,
 * acting as that member in that workspace only.
 */
export function mcpServerFor(owner: Owner, platform: Platform, request: { connection: AbortSignal; caller: string; calls: InflightCalls }): Server {
  const { connection, caller, calls } = request;
  const server = new Server({ name: 'blocksmith', version: '0.1.0' }, { capabilities: { tools: {} } });
  server.setNotificationHandler(CancelledNotificationSchema, async (notification) => {
    if (notification.params.requestId !== undefined) calls.cancel(caller, notification.params.requestId);
  });

  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: [
      ...(await agentTools(owner.workspaceId, platform)).map(({ name, description, inputSchema }) => ({
        name,
        description,
        inputSchema,
        outputSchema: RUN_RESULT_SCHEMA,
        annotations: RUNS,
      })),
      ...platformTools.map((t) => ({
        name: t.name,
        description: t.description,
        inputSchema: z.toJSONSchema(t.input, { io: 'input', unrepresentable: 'any' }) as { type: 'object' },
        annotations: PLATFORM_TOOLS[t.name],
      })),
    ],
  }));

  server.setRequestHandler(CallToolRequestSchema, async (call, extra): Promise<CallToolResult> => {
    const { name, arguments: args = {} } = call.params;
    const platformTool = platformTools.find((t) => t.name === name);
    if (platformTool) {
      const parsed = platformTool.input.safeParse(args);
      if (!parsed.success) throw invalidArguments(name, refusalOf(parsed.error)!.error);
      try {
        const result = await platformTool.run(parsed.data, { owner, platform, trigger: { kind: 'mcp' }, signal: extra.signal });
        return { content: text(result), structuredContent: result as Record<string, unknown> };
      } catch (error) {
        const refusal = refusalOf(error);
        if (refusal) return { isError: true, content: text(refusal.error) };
        throw error;
      }
    }
    const agent = (await agentTools(owner.workspaceId, platform)).find((t) => t.name === name);
    if (!agent) return { isError: true, content: text(`There is no tool "${name}": list the tools to see which there are.`) };
    const progressToken = call.params._meta?.progressToken;
    let finished = 0;
    const known: { runId?: string } = {};
    const early: RunEvent[] = [];
    const report = (event: RunEvent): void => {
      if (progressToken === undefined || event.type !== 'node_run.status' || !['COMPLETED', 'FAILED'].includes(event.status)) return;
      finished++;
      void extra
        .sendNotification({
          method: 'notifications/progress',
          params: { progressToken, progress: finished, message: `${event.nodeId} ${event.status.toLowerCase()}` },
        })
        .catch(() => undefined);
    };
    // Watched from before it starts (a quick run may be over by the time start answers); events are the run's once its id is known.
    const watcher = {
      userId: owner.userId,
      deliver: (event: RunEvent) => (known.runId === undefined ? early.push(event) : event.runId === known.runId && report(event)),
    };
    await platform.hub.subscribe(watcher, { graphId: agent.graphId });
    let started;
    try {
      started = await platform.runs.start(owner, agent.graphId, args, { trigger: { kind: 'mcp' } });
    } catch (error) {
      platform.hub.unsubscribe(watcher, { graphId: agent.graphId });
      // The run's inputs are the tool's advertised schema: arguments they refuse are the caller's mistake (-32602), not the tool's.
      if (error instanceof RunInputError) throw invalidArguments(name, error.message);
      const refusal = refusalOf(error);
      if (refusal) return { isError: true, content: text(refusal.error) };
      throw error;
    }
    known.runId = started.runId;
    for (const event of early.splice(0)) if (event.runId === known.runId) report(event);
    // A cancel comes as the client's notification, or as the client leaving (the next POST reaches another, stateless, server).
    const stop = () => void platform.runs.stop(owner.workspaceId, started.runId).catch(() => undefined);
    extra.signal.addEventListener('abort', stop, { once: true });
    connection.addEventListener('abort', stop, { once: true });
    const untrack = calls.track(caller, extra.requestId, stop);
    try {
      const run = await started.done;
      const outputs = compactOutputs(run.outputs);
      if (run.status !== 'COMPLETED')
        return { isError: true, content: text(run.error ?? `The run ended ${run.status}.`), structuredContent: { runId: run.id, status: run.status } };
      return { content: text(outputs), structuredContent: { runId: run.id, status: run.status, outputs } };
    } finally {
      extra.signal.removeEventListener('abort', stop);
      connection.removeEventListener('abort', stop);
      untrack();
      platform.hub.unsubscribe(watcher, { graphId: agent.graphId });
    }
  });

  return server;
}

/** JSON-RPC's "invalid params" (-32602): arguments that do not match the tool's input schema. */
function invalidArguments(tool: string, problem: string): McpError {
  return new McpError(ErrorCode.InvalidParams, `Invalid arguments for tool ${tool}: ${problem}`);
}
