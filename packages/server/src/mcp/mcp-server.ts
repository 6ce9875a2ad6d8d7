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
import { toolOutputs } from '../copilot/tools/tool-results.ts';
import { copilotTools, refusalOf, type CopilotTool } from '../copilot/tools/index.ts';
import { agentToolNames, runInputSchema, type AgentTool } from './agent-tools.ts';
import { versionToRun } from '../releases/version-to-run.ts';
import type { InflightCalls } from './inflight-calls.ts';

/** What a tool may do to the platform and the world, as MCP clients read it (tool annotations). */
type ToolAnnotations = { readOnlyHint: boolean; destructiveHint: boolean; idempotentHint: boolean; openWorldHint: boolean };
const READS: ToolAnnotations = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };
/** A new agent, or a new version of one: nothing is overwritten (earlier versions stay). */
const BUILDS: ToolAnnotations = { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false };
/** Changing or deleting a trigger: what it replaces is gone (the same change twice does the same). */
const CHANGES: ToolAnnotations = { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false };
/** Running an agent: its blocks may reach anything its credentials allow, and change it. */
const RUNS: ToolAnnotations = { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true };

/** A run's outputs as every tool answers them (toolOutputs): always a list per output. */
const OUTPUTS_SCHEMA = {
  type: 'object',
  additionalProperties: { type: 'array' },
  description:
    "The run's outputs by name, each always the list of its values in order (as the API gives them); a value that does not fit the answer comes cut short as {truncated: true, first_characters}.",
} as const;
const OMITTED_SCHEMA = { type: 'integer', description: 'Values left out after the one cut short.' } as const;

/** A JSON Schema of an object with these properties (others may come too). */
const object = (properties: Record<string, unknown>, required: string[] = []) =>
  ({ type: 'object', properties, ...(required.length ? { required } : {}) }) as const;
const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
/** How a run started by a tool went: its outputs once it ended, or that it goes on (then get_run follows it). */
const RUN_ANSWER = object(
  {
    runId: str,
    status: { type: 'string', description: 'QUEUED, RUNNING, REVIEW, COMPLETED, FAILED or TERMINATED.' },
    error: str,
    outputs: OUTPUTS_SCHEMA,
    omittedValues: OMITTED_SCHEMA,
    artifacts: { type: 'array', description: 'The files among its outputs.' },
    note: str,
  },
  ['runId', 'status'],
);
const SAVED = object(
  {
    saved: { type: 'boolean', description: 'false: nothing was saved; `issues` say why.' },
    id: str,
    version: int,
    url: str,
    issues: { type: 'array', items: str },
  },
  ['saved'],
);

/** A schedule as the schedule tools answer it. */
const SCHEDULE = object(
  {
    scheduleId: str,
    agentId: str,
    name: str,
    cron: str,
    timezone: str,
    enabled: { type: 'boolean' },
    inputs: { type: 'object' },
    presetId: str,
    nextRuns: { type: 'array', items: str, description: 'The next fire times (ISO 8601); none while paused.' },
    lastFire: object({ at: str, outcome: str, runId: str, error: str }),
  },
  ['scheduleId', 'agentId', 'cron', 'timezone', 'enabled', 'nextRuns'],
);
const TABLE = object(
  {
    tableId: str,
    name: str,
    description: str,
    columns: { type: 'array', items: object({ name: str, type: { type: 'string', enum: ['text', 'number', 'boolean', 'date', 'json'] } }, ['name', 'type']) },
    rows: int,
  },
  ['tableId', 'name', 'columns', 'rows'],
);
const ROWS = {
  type: 'array',
  items: object({ id: str, created_at: str, updated_at: str }, ['id']),
  description: 'Each row: its id and times beside its values by column.',
};
const PRESET = object({ presetId: str, name: str, inputs: { type: 'object' } }, ['presetId', 'name', 'inputs']);

/** The copilot's tools an MCP client gets too, enough to find blocks, build agents and run them: what each does, and what it answers. */
const PLATFORM_TOOLS: Record<string, { annotations: ToolAnnotations; output: Record<string, unknown> }> = {
  find_blocks: { annotations: READS, output: object({ blocks: { type: 'array' }, hint: str }, ['blocks']) },
  get_block: {
    annotations: READS,
    output: object({ id: str, name: str, description: str, inputSchema: { type: 'object' }, outputSchema: { type: 'object' } }, ['id']),
  },
  list_agents: {
    annotations: READS,
    output: object({ agents: { type: 'array', items: object({ id: str, name: str, description: str, version: int }, ['id', 'name']) } }, ['agents']),
  },
  get_agent: { annotations: READS, output: object({ id: str, version: int, graph: { type: 'object' } }, ['id', 'version', 'graph']) },
  create_agent: { annotations: BUILDS, output: SAVED },
  edit_agent: { annotations: BUILDS, output: SAVED },
  run_agent: { annotations: RUNS, output: RUN_ANSWER },
  get_run: {
    annotations: READS,
    output: {
      ...RUN_ANSWER,
      properties: {
        ...RUN_ANSWER.properties,
        ended: { type: 'boolean' },
        nodes: { type: 'array', items: object({ nodeId: str, status: str, runs: int, error: str }, ['nodeId', 'status']) },
      },
    },
  },
  rerun_from_node: { annotations: RUNS, output: RUN_ANSWER },
  list_triggers: {
    annotations: READS,
    output: object({ schedules: { type: 'array', items: SCHEDULE }, webhooks: { type: 'array' }, messageTriggers: { type: 'array' } }, [
      'schedules',
      'webhooks',
      'messageTriggers',
    ]),
  },
  create_schedule: { annotations: BUILDS, output: SCHEDULE },
  change_schedule: { annotations: CHANGES, output: SCHEDULE },
  delete_schedule: { annotations: CHANGES, output: object({ deleted: { type: 'boolean' }, scheduleId: str }, ['deleted', 'scheduleId']) },
  create_webhook: {
    annotations: BUILDS,
    output: object({ webhookId: str, agentId: str, name: str, url: str, signed: { type: 'boolean' } }, ['webhookId', 'agentId', 'url']),
  },
  delete_webhook: { annotations: CHANGES, output: object({ deleted: { type: 'boolean' }, webhookId: str }, ['deleted', 'webhookId']) },
  list_presets: { annotations: READS, output: object({ presets: { type: 'array', items: PRESET } }, ['presets']) },
  create_preset: { annotations: BUILDS, output: PRESET },
  list_tables: { annotations: READS, output: object({ tables: { type: 'array', items: TABLE } }, ['tables']) },
  create_table: { annotations: BUILDS, output: TABLE },
  query_table: { annotations: READS, output: object({ rows: ROWS, total: int }, ['rows', 'total']) },
  add_table_rows: { annotations: BUILDS, output: object({ added: int, rows: ROWS }, ['added', 'rows']) },
  get_failed_node: {
    annotations: READS,
    output: object({ runId: str, nodeId: str, block: str, inputs: { type: 'object' }, error: str, errorKind: str, attempts: int, note: str }, ['runId']),
  },
};
const platformTools: CopilotTool[] = copilotTools.filter((t) => Object.hasOwn(PLATFORM_TOOLS, t.name));

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
export function mcpServerFor(
  owner: Owner,
  platform: Platform,
  request: { connection: AbortSignal; caller: string; calls: InflightCalls; origin: string },
): Server {
  const { connection, caller, calls, origin } = request;
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
        // What an agent's tool answers as `structuredContent` (a run that does not complete: `isError`, with its id and status).
        outputSchema: RUN_ANSWER as { type: 'object' },
        annotations: RUNS,
      })),
      ...platformTools.map((t) => ({
        name: t.name,
        description: t.description,
        inputSchema: z.toJSONSchema(t.input, { io: 'input', unrepresentable: 'any' }) as { type: 'object' },
        outputSchema: PLATFORM_TOOLS[t.name]!.output as { type: 'object' },
        annotations: PLATFORM_TOOLS[t.name]!.annotations,
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
        const result = await platformTool.run(parsed.data, { owner, platform, trigger: { kind: 'mcp' }, signal: extra.signal, origin });
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
      if (run.status !== 'COMPLETED')
        return { isError: true, content: text(run.error ?? `The run ended ${run.status}.`), structuredContent: { runId: run.id, status: run.status } };
      const answer = toolOutputs(run.outputs);
      return { content: text(answer.outputs), structuredContent: { runId: run.id, status: run.status, ...answer } };
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
