import { BlockError, type BlockContext, type JsonSchema } from '@blocksmith/sdk';
import type { ModelMessage } from 'ai';
import { z } from 'zod';
import { callModel, type ModelOptions } from './model-call.ts';

/**
 * Asks for a JSON value matching `schema`, checks the answer, and on a bad
 * one tells the model what is wrong and asks again, up to `retries` times.
 * Works with every provider: the schema goes in the instructions, not in a
 * provider-specific response format.
 */
export async function askForJson(ctx: BlockContext, options: ModelOptions, prompt: string, schema: JsonSchema, retries: number): Promise<unknown> {
  const validator = validatorFor(schema);
  const instructions = `Answer with only a JSON value — no prose, no code fences — that matches this JSON Schema:\n${JSON.stringify(schema)}`;
  const system = options.system ? `${options.system}\n\n${instructions}` : instructions;
  const messages: ModelMessage[] = [{ role: 'user', content: prompt }];
  for (let attempt = 1; ; attempt++) {
    const reply = await callModel(ctx, { ...options, system }, { messages });
    const checked = checkAnswer(reply.text, validator);
    if (checked.ok) return checked.value;
    if (attempt > retries) {
      throw new BlockError('invalid_model_output', `The model's answer did not match the expected format after ${attempt} tries: ${checked.problem}.`, {
        retriable: false,
      });
    }
    ctx.logger.info('The model answered in the wrong format; asking again', { problem: checked.problem, attempt });
    messages.push(...reply.messages, { role: 'user', content: `That answer is not valid: ${checked.problem}. Answer again with only the JSON value.` });
  }
}

function validatorFor(schema: JsonSchema): z.ZodType {
  try {
    return z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]);
  } catch (error) {
    throw new BlockError('invalid_input', `The expected JSON Schema cannot be used: ${(error as Error).message}.`, { retriable: false });
  }
}

type Checked = { ok: true; value: unknown } | { ok: false; problem: string };

function checkAnswer(text: string, validator: z.ZodType): Checked {
  // Models often wrap JSON in a Markdown code fence despite being told not to.
  const body = text.trim().replace(/^```[a-z]*\s*([\s\S]*?)\s*```$/i, '$1');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, problem: `it is not JSON (${JSON.stringify(body.slice(0, 80))})` };
  }
  const parsed = validator.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, problem: `${issue.path.length ? `at ${issue.path.join('.')}: ` : ''}${issue.message}` };
}
