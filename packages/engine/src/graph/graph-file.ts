import { z } from 'zod';

/** Version of the graph file format this engine reads and writes. */
export const GRAPH_SCHEMA_VERSION = 1;

const identifier = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .regex(/^[A-Za-z0-9_.:-]+$/, 'may only contain letters, digits, "_", ".", ":" and "-"');

export const retryPolicySchema = z
  .object({
    attempts: z.number().int().min(1).max(20),
    initialDelayMs: z.number().min(0).max(3_600_000).optional(),
    maxDelayMs: z.number().min(0).max(3_600_000).optional(),
    factor: z.number().min(1).max(10).optional(),
  })
  .strict();

export const nodeOptionsSchema = z
  .object({
    timeoutMs: z.number().int().min(1).max(86_400_000).optional(),
    retry: retryPolicySchema.optional(),
  })
  .strict();

export const graphNodeSchema = z
  .object({
    id: identifier,
    block: z.string().min(1, 'must name a block id, e.g. "text.template"'),
    inputs: z.record(z.string(), z.unknown()).optional(),
    position: z.object({ x: z.number(), y: z.number() }).strict().optional(),
    options: nodeOptionsSchema.optional(),
    label: z.string().max(200).optional(),
  })
  .strict();

export const graphLinkSchema = z
  .object({
    from: z.object({ node: z.string().min(1), output: z.string().min(1) }).strict(),
    to: z.object({ node: z.string().min(1), input: z.string().min(1) }).strict(),
    static: z.boolean().optional(),
  })
  .strict();

/** The most nodes and links a graph may have: large generated graphs (50 000 nodes) save, open and run. */
export const MAX_GRAPH_NODES = 50_000;
export const MAX_GRAPH_LINKS = 200_000;

/** The import/export format of a graph; stable, versioned by `schemaVersion`. */
export const graphFileSchema = z
  .object({
    schemaVersion: z.literal(GRAPH_SCHEMA_VERSION).default(GRAPH_SCHEMA_VERSION),
    name: z.string().min(1, 'must not be empty').max(200),
    description: z.string().max(10_000).optional(),
    nodes: z.array(graphNodeSchema).max(MAX_GRAPH_NODES),
    links: z.array(graphLinkSchema).max(MAX_GRAPH_LINKS).default([]),
  })
  .strict();

export type GraphFile = z.output<typeof graphFileSchema>;
export type GraphNode = z.output<typeof graphNodeSchema>;
export type GraphLink = z.output<typeof graphLinkSchema>;
export type NodeOptions = z.output<typeof nodeOptionsSchema>;

/** A graph as stored: the file plus its identity in a graph store. */
export interface StoredGraph extends GraphFile {
  id?: string;
  version?: number;
}
