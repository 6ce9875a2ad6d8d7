import { defineBlock } from '@blocksmith/sdk';
import type { ModelMessage } from 'ai';
import { z } from 'zod';
import { callModel, modelCredential, modelInputs } from './model-call.ts';

const message = z
  .object({
    role: z.enum(['system', 'user', 'assistant', 'tool']),
    content: z.union([z.string(), z.array(z.record(z.string(), z.unknown()))]).describe('Text, or content parts as an agent’s conversation holds them.'),
  })
  .loose();

export const aiConversation = defineBlock({
  id: 'ai.conversation',
  name: 'AI Conversation',
  description: 'Continues a conversation: give it the messages so far; it streams the model’s reply and yields the conversation with the reply added.',
  categories: ['ai'],
  credentials: [modelCredential],
  input: z.object({
    messages: z.array(message).min(1).describe('The conversation so far, oldest first, e.g. [{ "role": "user", "content": "Hi" }].'),
    ...modelInputs,
  }),
  output: z.object({ response: z.string(), messages: z.array(message).describe('The conversation including the reply.') }),
  retry: { attempts: 3, initialDelayMs: 1000 },
  timeoutMs: 300_000,
  examples: [{ name: 'needs a provider credential', input: { messages: [{ role: 'user', content: 'Hi' }] }, error: 'needs a credential of kind' }],
  async *run({ messages, ...options }, ctx) {
    const history = messages as ModelMessage[];
    const reply = await callModel(ctx, options, { messages: history });
    yield ['response', reply.text];
    yield ['messages', [...messages, ...(reply.messages as z.infer<typeof message>[])]];
  },
});
