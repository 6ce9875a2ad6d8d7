import type { z } from 'zod';
import type { BlockContext } from './context.ts';
import type { BlockExample } from './example.ts';

/** How the engine treats a block beyond running it. */
export type BlockKind = 'standard' | 'input' | 'output' | 'note' | 'agent';

/** Retry policy for failed attempts: exponential backoff with jitter. */
export interface RetryPolicy {
  /** Total attempts including the first one (1 = no retry). */
  attempts: number;
  /** Delay before the second attempt, in ms. */
  initialDelayMs?: number;
  /** Upper bound of any single delay, in ms. */
  maxDelayMs?: number;
  /** Multiplier applied to the delay after each failed attempt. */
  factor?: number;
}

/** A credential a block needs; resolved from the user's vault at run time. */
export interface CredentialRequirement {
  /** Input pin that carries the credential id. */
  input: string;
  /** Kind of secret, e.g. `openai`, `http_bearer`; several kinds separated by `|` are all accepted. */
  kind: string;
  /**
   * The block works without one (e.g. an HTTP request without authentication):
   * a node that chose none gets none, instead of the user's only fitting credential.
   */
  optional?: boolean;
  description?: string;
}

/** What one run of the block costs, for accounting. */
export interface BlockCost {
  /** Fixed credits per node run. */
  perRun?: number;
  description?: string;
}

export type InputShape = z.ZodObject;
export type OutputShape = z.ZodObject;

/** One `[outputName, value]` pair a block yields, typed by its output schema. */
export type OutputYield<O> = { [K in keyof O & string]: readonly [K, O[K]] }[keyof O & string];

export interface BlockDefinition<I extends InputShape = InputShape, O extends OutputShape = OutputShape> {
  /** Stable id, `category.name`; saved graphs refer to it, so never change it. */
  id: string;
  name: string;
  description: string;
  categories: string[];
  kind?: BlockKind;
  input: I;
  output: O;
  /** When true, every link leaving this block is static. */
  staticOutput?: boolean;
  /** When true, the block may also yield outputs its schema does not name (e.g. a sub-graph's results). */
  dynamicOutputs?: boolean;
  /** An output whose links make the linked nodes the block's tools (`ctx.tools`) instead of carrying values. */
  toolsOutput?: string;
  /**
   * Linked from an agent's tools output, the node offers many tools (e.g. an
   * MCP server's): run without a `tool` input it yields them on its `tools`
   * output ({ name, description, inputSchema }[]); a call runs it with
   * `tool` and `arguments`.
   */
  toolSource?: boolean;
  credentials?: CredentialRequirement[];
  cost?: BlockCost;
  /** Default per-attempt timeout; a node may override it. */
  timeoutMs?: number;
  /** Default retry policy; a node may override it. */
  retry?: RetryPolicy;
  /** Inputs and the outputs they must produce; each runs as a test. */
  examples: BlockExample[];
  /**
   * Yields `[output, value]` pairs. An `async *run` may await; a block that
   * never awaits can be a plain `*run`, which the engine drives without a
   * promise per step (pure transforms are most node runs of most graphs).
   */
  run(input: z.output<I>, ctx: BlockContext): Steps<OutputYield<z.output<O>> | DynamicYield>;
}

type Steps<T> = AsyncGenerator<T, void, undefined> | Generator<T, void, undefined>;

/** What a block's `run` returns, as the engine drives it. */
export type BlockSteps = Steps<readonly [string, unknown]>;

/** A yield on an output the schema does not name; only for blocks with `dynamicOutputs`. */
export type DynamicYield = readonly [string & {}, unknown];

/** A block as the registry and engine see it, with its types erased. */
export interface AnyBlock {
  id: string;
  name: string;
  description: string;
  categories: string[];
  kind: BlockKind;
  input: InputShape;
  output: OutputShape;
  staticOutput: boolean;
  dynamicOutputs: boolean;
  toolsOutput?: string;
  toolSource: boolean;
  credentials: CredentialRequirement[];
  cost?: BlockCost;
  timeoutMs?: number;
  retry?: RetryPolicy;
  examples: BlockExample[];
  run(input: Record<string, unknown>, ctx: BlockContext): BlockSteps;
}

const BLOCK_ID = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;

/** Declares a block: checks the declaration and fills defaults. */
export function defineBlock<I extends InputShape, O extends OutputShape>(def: BlockDefinition<I, O>): AnyBlock {
  if (!BLOCK_ID.test(def.id)) {
    throw new Error(`Block id "${def.id}" is invalid: use lowercase words separated by dots, e.g. "text.template".`);
  }
  if ('error' in def.output.shape) {
    throw new Error(`Block "${def.id}" declares an "error" output: every block has one implicitly; remove it.`);
  }
  if (def.toolsOutput !== undefined && !(def.toolsOutput in def.output.shape)) {
    throw new Error(`Block "${def.id}" names tools output "${def.toolsOutput}" but declares no such output.`);
  }
  if (def.toolSource && !('tool' in def.input.shape && 'arguments' in def.input.shape && 'tools' in def.output.shape)) {
    throw new Error(`Block "${def.id}" is a tool source: it needs inputs "tool" and "arguments" and an output "tools".`);
  }
  if (def.categories.length === 0) {
    throw new Error(`Block "${def.id}" has no category: give it at least one.`);
  }
  return {
    ...def,
    kind: def.kind ?? 'standard',
    staticOutput: def.staticOutput ?? false,
    dynamicOutputs: def.dynamicOutputs ?? false,
    toolSource: def.toolSource ?? false,
    credentials: def.credentials ?? [],
    run: def.run as AnyBlock['run'],
  };
}
