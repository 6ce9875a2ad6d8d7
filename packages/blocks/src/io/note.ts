import { defineBlock } from '@blocksmith/sdk';
import { z } from 'zod';

export const noteBlock = defineBlock({
  id: 'note',
  name: 'Note',
  description: 'A comment on the canvas; it never runs and takes no links.',
  categories: ['io'],
  kind: 'note',
  input: z.object({ text: z.string().default('').describe('The note text (markdown).') }),
  output: z.object({}),
  examples: [{ name: 'never runs', input: { text: 'Explain the flow here.' }, output: {} }],
  *run() {},
});
