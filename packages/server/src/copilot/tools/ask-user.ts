import { z } from 'zod';
import { defineTool } from './copilot-tool.ts';

/** Ends the turn with a question card; the person's next message is the answer. */
export const askUser = defineTool({
  name: 'ask_user',
  description: 'Ask the person a question when you cannot go on without their answer (optionally with choices). Your turn ends; their reply is the answer.',
  input: z.object({ question: z.string().min(1).max(2000), options: z.array(z.string().min(1).max(200)).max(10).optional() }),
  async run({ question, options }) {
    return { asked: question, ...(options ? { options } : {}) };
  },
});
