import { BlockError, type BlockContext, type CredentialRequirement } from '@blocksmith/sdk';
import type { LanguageModelUsage, ModelMessage, StepResult, StopCondition, ToolSet } from 'ai';
import { z } from 'zod';
import { refusalIn } from '../outbound/index.ts';
import { languageModel, MODEL_CREDENTIAL_KINDS } from './model.ts';
import { costOf, SUGGESTED_MODELS } from './pricing.ts';

/** The credential every AI block declares. */
export const modelCredential: CredentialRequirement = {
  input: 'credential',
  kind: MODEL_CREDENTIAL_KINDS,
  description: 'The model provider: OpenAI, Anthropic, Ollama, or any OpenAI-compatible endpoint.',
};

/** Inputs every AI block shares: which model, through which credential, how. */
export const modelInputs = {
  system: z.string().optional().describe('Instructions that frame every answer.'),
  model: z
    .string()
    .min(1)
    .default('gpt-4o-mini')
    // modelsFrom: the editor also suggests the models the chosen credential's provider lists.
    .meta({ examples: Object.values(SUGGESTED_MODELS).flat(), modelsFrom: 'credential' })
    .describe('Model id, e.g. "gpt-4o-mini", "claude-haiku-4-5" or "llama3.2".'),
  credential: z.string().optional().describe('Which provider credential to use.'),
  temperature: z.number().min(0).max(2).optional(),
  max_tokens: z.number().int().min(1).max(200_000).optional().describe('The most tokens one answer may use.'),
};

export interface ModelOptions {
  system?: string | undefined;
  model: string;
  temperature?: number | undefined;
  max_tokens?: number | undefined;
}

/** What to send: a prompt or a conversation, and for agents the tools and when to stop. */
export interface ModelRequest {
  prompt?: string;
  messages?: ModelMessage[];
  tools?: ToolSet;
  stopWhen?: StopCondition<ToolSet>;
}

export interface ModelReply {
  text: string;
  /** The messages the model (and its tools) added, in the provider-neutral format. */
  messages: ModelMessage[];
  usage: { input_tokens: number; output_tokens: number };
  steps: StepResult<ToolSet>[];
}

/**
 * Calls the model through the node's credential and streams the answer:
 * text deltas and tool calls show live on the node, every step's tokens and
 * cost are recorded on the node run, and provider errors become block errors.
 */
export async function callModel(ctx: BlockContext, options: ModelOptions, request: ModelRequest): Promise<ModelReply> {
  const credential = await ctx.credential('credential');
  const model = await languageModel(credential, options.model, ctx.settings);
  const { APICallError, streamText } = await import('ai');
  const result = streamText({
    model,
    ...(request.messages ? { messages: request.messages } : { prompt: request.prompt ?? '' }),
    ...(options.system ? { system: options.system } : {}),
    ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
    ...(options.max_tokens !== undefined ? { maxOutputTokens: options.max_tokens } : {}),
    ...(request.tools ? { tools: request.tools } : {}),
    ...(request.stopWhen ? { stopWhen: request.stopWhen } : {}),
    abortSignal: ctx.signal,
    // The engine retries with backoff; errors come through the stream, not the console.
    maxRetries: 0,
    onError: () => undefined,
    onStepFinish: (step) => ctx.usage(usageOf(credential.kind, options.model, step.usage)),
  });
  try {
    for await (const part of result.fullStream) {
      if (part.type === 'text-delta') ctx.progress({ delta: part.text });
      else if (part.type === 'tool-call') ctx.progress({ message: `Calling ${part.toolName}` });
      else if (part.type === 'error') throw part.error;
    }
    const [text, response, usage, steps] = await Promise.all([result.text, result.response, result.totalUsage, result.steps]);
    return { text, messages: response.messages, usage: { input_tokens: usage.inputTokens ?? 0, output_tokens: usage.outputTokens ?? 0 }, steps };
  } catch (error) {
    throw modelFailure(error, APICallError);
  }
}

function usageOf(credentialKind: string, modelId: string, usage: LanguageModelUsage) {
  const inputTokens = usage.inputTokens ?? 0;
  const outputTokens = usage.outputTokens ?? 0;
  const costUsd = costOf(credentialKind, modelId, inputTokens, outputTokens);
  return { inputTokens, outputTokens, ...(costUsd !== undefined ? { costUsd } : {}) };
}

/** Rate limits and server errors may pass on retry; a rejected request (bad key, unknown model) will not. */
function modelFailure(error: unknown, APICallError: typeof import('ai').APICallError): unknown {
  const refusal = refusalIn(error);
  if (refusal) return refusal;
  if (!APICallError.isInstance(error)) return error;
  const retriable = error.statusCode === undefined || error.statusCode === 429 || error.statusCode >= 500;
  return new BlockError('model', `The model call failed (${error.statusCode ?? 'no status'}): ${error.message}`, { retriable });
}
