import type { RunTrigger } from '@blocksmith/engine';
import type { UsageTotals } from '@blocksmith/sdk';
import type { Owner } from '@blocksmith/store';
import { z } from 'zod';
import { asRefusal } from '../../platform/refusal.ts';
import type { Platform } from '../../platform/platform.ts';

/** The parts of the platform the copilot works with. */
export type CopilotPlatform = Pick<Platform, 'config' | 'store' | 'registry' | 'engine' | 'runs' | 'vault' | 'dataTables'>;

/** What a tool acts with: the signed-in member and their workspace (it never acts as anyone else, nor elsewhere), the platform, and the turn's stop signal. */
export interface ToolContext {
  owner: Owner;
  platform: CopilotPlatform;
  /** What the runs it starts record as their start: the copilot session, or an MCP client. */
  trigger: RunTrigger;
  signal: AbortSignal;
  /** Where people reach this server, for addresses a tool answers (a webhook's URL). */
  origin: string;
  /** Counts the model use of a block a tool ran on its own (no run records it): the chat session's usage. */
  addUsage?(usage: UsageTotals): Promise<void>;
}

/**
 * One copilot tool: a contract name, what it is for, a zod schema of its
 * arguments, and what it does. Front ends (the chat, an MCP server) serve the
 * same set unchanged; results are JSON.
 */
export interface CopilotTool<I extends z.ZodType = z.ZodType> {
  name: string;
  description: string;
  input: I;
  run(input: z.output<I>, ctx: ToolContext): Promise<unknown>;
}

/** A tool's refusal the model should read and act on (a missing agent, invalid arguments); other errors are faults. */
export class ToolError extends Error {
  constructor(
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ToolError';
  }
}

/** Why a tool refused a call — arguments its schema rejects, a ToolError, or a service's Refusal — in words for the caller; undefined for a fault. */
export function refusalOf(error: unknown): { error: string; details?: unknown } | undefined {
  if (error instanceof z.ZodError) {
    return { error: `Invalid arguments: ${error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('; ')}.` };
  }
  const refused = error instanceof ToolError ? error : asRefusal(error);
  return refused && { error: refused.message, ...(refused.details !== undefined ? { details: refused.details } : {}) };
}

export const defineTool = <I extends z.ZodType>(tool: CopilotTool<I>): CopilotTool => tool as unknown as CopilotTool;
