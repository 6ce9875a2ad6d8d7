import { graphFileSchema } from '@blocksmith/engine';
import { z } from 'zod';
import { agentBudget } from './budgets.ts';
import { named } from '../http/api-schemas.ts';
import { timestamp } from './common.ts';
import { graphRunStatus } from './runs.ts';

export const graphFile = named('GraphFile', graphFileSchema);

export const graphIssue = named(
  'GraphIssue',
  z.object({
    code: z.enum([
      'invalid_format',
      'duplicate_node',
      'unknown_block',
      'unknown_node',
      'unknown_pin',
      'incompatible_link',
      'duplicate_link',
      'invalid_default',
      'missing_input',
      'cycle',
      'note_link',
      'tool_link',
    ]),
    message: z.string().describe('What is wrong and how to fix it.'),
    nodeId: z.string().optional(),
    pin: z.string().optional(),
  }),
);

const days = z.number().int().min(0).max(36_500);
export const agentRetention = named(
  'AgentRetention',
  z
    .object({
      maxAgeDays: days.optional().describe('Days an ended run is kept (0: forever), instead of BLOCKSMITH_RUN_MAX_AGE_DAYS.'),
      failedMaxAgeDays: days.optional().describe('Days a failed run is kept (0: forever), instead of BLOCKSMITH_FAILED_RUN_MAX_AGE_DAYS.'),
      maxRuns: z.number().int().min(0).max(100_000_000).optional().describe('Only its newest ended runs are kept, this many (0: no limit).'),
    })
    .strict(),
);

const summaryShape = {
  id: z.string(),
  name: z.string(),
  description: z.string(),
  latestVersion: z.number().int(),
  createdAt: timestamp,
  updatedAt: timestamp,
  mcp: z.boolean().describe("Whether the agent is a tool of its owner's MCP clients."),
  budget: agentBudget.optional().describe("Limits on the agent's model use."),
  errorAgentId: z.string().optional().describe("The agent that runs when one of this agent's runs fails (docs/publishing.md)."),
  retention: agentRetention.optional().describe("The agent's own retention of ended runs, over the deployment's."),
};

export const graphSummary = named('GraphSummary', z.object(summaryShape));

export const graphDetail = named(
  'GraphDetail',
  z.object({
    ...summaryShape,
    version: z.number().int().describe('The version shown.'),
    versionCreatedAt: timestamp.optional(),
    graph: graphFile,
    issues: z.array(graphIssue).describe('What keeps this version from running; empty when it can run. A version with issues is a draft.'),
  }),
);

export const importedGraph = named(
  'ImportedGraph',
  graphDetail.extend({
    imported: z
      .object({
        from: z.enum(['autogpt', 'n8n']).describe('The platform whose file it was.'),
        unmapped: z
          .array(z.object({ node: z.string(), reason: z.string() }))
          .describe(
            'Nodes whose blocks have no equivalent here: kept (their settings too) as nodes of an unknown block, so the graph is a draft until they are replaced.',
          ),
      })
      .optional()
      .describe("Present when the file was another platform's."),
  }),
);

export const libraryGraph = named(
  'LibraryGraph',
  z.object({
    ...summaryShape,
    lastRun: z.object({ runId: z.string(), status: graphRunStatus, createdAt: timestamp }).nullable(),
    webhooks: z.number().int().describe('How many webhooks start the agent.'),
  }),
);

export const graphList = z.object({ graphs: z.array(libraryGraph), total: z.number().int() });

export const graphVersions = z.object({
  versions: z.array(z.object({ version: z.number().int(), createdAt: timestamp, name: z.string() })),
});

const savedVersion = z.object({ version: z.number().int(), createdAt: timestamp, graph: graphFile });

export const versionConflict = named(
  'VersionConflict',
  z.object({
    error: z.object({
      code: z.literal('version_conflict'),
      message: z.string(),
      details: z.object({
        baseVersion: z.number().int().describe('The version the refused save was based on.'),
        base: savedVersion.nullable().describe('That version as saved (null when the save named a version the agent never had).'),
        latest: savedVersion.describe('The latest version, saved since: compare it with the refused changes, keep one or merge, and save based on it.'),
      }),
    }),
  }),
);
