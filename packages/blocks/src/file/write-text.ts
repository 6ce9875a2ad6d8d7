import { defineBlock, fileNameSchema } from '@blocksmith/sdk';
import { z } from 'zod';
import { fileRefSchema } from '../shared/file-ref.ts';

export const fileWriteText = defineBlock({
  id: 'file.write_text',
  name: 'Save as File',
  description: 'Saves text as a downloadable file artifact (e.g. a report.md or data.csv) and outputs its reference.',
  categories: ['file'],
  input: z.object({
    text: z.string(),
    name: fileNameSchema().default('output.txt'),
    content_type: z.string().min(1).default('text/plain; charset=utf-8'),
  }),
  output: z.object({ file: fileRefSchema }),
  examples: [
    {
      name: 'saves text as a file',
      input: { text: 'a,b\n1,2\n', name: 'data.csv', content_type: 'text/csv' },
      output: {},
      unchecked: ['file'],
    },
  ],
  async *run({ text, name, content_type }, ctx) {
    yield ['file', await ctx.files.write({ name, contentType: content_type, bytes: new TextEncoder().encode(text) })];
  },
});
