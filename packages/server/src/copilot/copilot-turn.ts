import type { ModelUsage } from '@blocksmith/sdk';
import type { LanguageModel, ModelMessage, ToolSet } from 'ai';
import { z } from 'zod';
import { ASK_USER, refusalOf, type CopilotTool, type ToolContext } from './tools/index.ts';
import type { ToolCallRecord, TurnEvent } from './wire.ts';

export type { TurnEvent } from './wire.ts';

/** The most model steps one turn may take before it ends anyway. */
const MAX_STEPS = 24;

export interface TurnRequest {
  model: LanguageModel;
  system: string;
  messages: ModelMessage[];
  tools: CopilotTool[];
  context: ToolContext;
  /** Tokens of one step, priced. */
  usageOf(inputTokens: number, outputTokens: number): ModelUsage;
  onEvent(event: TurnEvent): Promise<void> | void;
}

/** A tool's answer when it refuses or fails: the model reads why, and may try otherwise. */
const failure = (error: unknown): { error: string; details?: unknown } => refusalOf(error) ?? { error: `The tool failed: ${(error as Error).message}` };

/**
 * One turn of the copilot: the model streams, calls tools (each a record
 * with its arguments, result and times), and stops when it answers, asks the
 * person (ask_user), or after MAX_STEPS. Each finished step is reported, to
 * be kept, before the next begins.
 */
export async function runTurn(request: TurnRequest): Promise<void> {
  const { context, onEvent } = request;
  // The AI SDK is loaded by the first copilot turn, not by every server start.
  const { hasToolCall, jsonSchema, stepCountIs, streamText, tool } = await import('ai');
  const calls = new Map<string, ToolCallRecord>();
  const toolSet: ToolSet = Object.fromEntries(
    request.tools.map((copilotTool) => [
      copilotTool.name,
      tool({
        description: copilotTool.description,
        // The tool parses its arguments itself, so a bad call comes back to the model as a clear result.
        inputSchema: jsonSchema<Record<string, unknown>>(z.toJSONSchema(copilotTool.input, { io: 'input', unrepresentable: 'any' }) as never),
        execute: async (args: Record<string, unknown>, { toolCallId }): Promise<unknown> => {
          const startedAt = Date.now();
          let result: unknown;
          try {
            result = await copilotTool.run(copilotTool.input.parse(args), context);
          } catch (error) {
            result = failure(error);
          }
          const call: ToolCallRecord = { callId: toolCallId, name: copilotTool.name, args, result, startedAt, endedAt: Date.now() };
          calls.set(toolCallId, call);
          await onEvent({ type: 'tool_end', call });
          return result;
        },
      }),
    ]),
  );
  const result = streamText({
    model: request.model,
    system: request.system,
    messages: request.messages,
    tools: toolSet,
    stopWhen: [stepCountIs(MAX_STEPS), hasToolCall(ASK_USER)],
    abortSignal: context.signal,
    maxRetries: 1,
    onError: () => undefined,
  });
  let text = '';
  let stepCalls: string[] = [];
  for await (const part of result.fullStream) {
    if (part.type === 'text-delta') {
      text += part.text;
      await onEvent({ type: 'delta', text: part.text });
    } else if (part.type === 'tool-call') {
      stepCalls.push(part.toolCallId);
      await onEvent({ type: 'tool_start', callId: part.toolCallId, name: part.toolName, args: part.input });
    } else if (part.type === 'tool-error' && !calls.has(part.toolCallId)) {
      const call: ToolCallRecord = {
        callId: part.toolCallId,
        name: part.toolName,
        args: part.input,
        result: failure(part.error),
        startedAt: Date.now(),
        endedAt: Date.now(),
      };
      calls.set(part.toolCallId, call);
      await onEvent({ type: 'tool_end', call });
    } else if (part.type === 'finish-step') {
      await onEvent({ type: 'usage', usage: request.usageOf(part.usage.inputTokens ?? 0, part.usage.outputTokens ?? 0) });
      await onEvent({ type: 'step', step: { kind: 'step', text, toolCalls: stepCalls.flatMap((id) => calls.get(id) ?? []) } });
      text = '';
      stepCalls = [];
    } else if (part.type === 'error') {
      throw part.error;
    }
  }
}
