import { BlockError, defineBlock, workspaceFileId } from '@blocksmith/sdk';
import { z } from 'zod';
import { fileRefSchema } from '../shared/file-ref.ts';

export const fileReadText = defineBlock({
  id: 'file.read_text',
  name: 'Read Text File',
  description: 'Reads an uploaded file as UTF-8 text (CSV, Markdown, JSON, logs…).',
  categories: ['file'],
  input: z.object({
    file: z.union([fileRefSchema, z.string().min(1)]).describe('The file, its id, or its workspace:// reference.'),
    max_bytes: z
      .number()
      .int()
      .min(1)
      .max(50 * 1024 * 1024)
      .default(10 * 1024 * 1024),
  }),
  output: z.object({ text: z.string(), name: z.string(), content_type: z.string() }),
  examples: [
    {
      name: 'reads an uploaded text file',
      input: { file: 'notes' },
      context: { files: { notes: { name: 'notes.md', contentType: 'text/markdown', text: '# Hi\nthere' } } },
      output: { text: ['# Hi\nthere'], name: ['notes.md'], content_type: ['text/markdown'] },
    },
    {
      name: 'reads a file by its workspace reference',
      input: { file: 'workspace://notes' },
      context: { files: { notes: { name: 'notes.txt', contentType: 'text/plain', text: 'kept' } } },
      output: { text: ['kept'], name: ['notes.txt'], content_type: ['text/plain'] },
    },
    { name: 'names a missing file', input: { file: 'nope' }, error: 'File nope was not found' },
  ],
  async *run({ file, max_bytes }, ctx) {
    const content = await ctx.files.read(typeof file === 'string' ? workspaceFileId(file) : file.fileId);
    if (content.size > max_bytes) {
      throw new BlockError('too_large', `${content.name} is ${content.size} bytes, over the limit of ${max_bytes}; raise max_bytes to read it.`);
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(content.bytes);
    } catch {
      throw new BlockError('invalid_input', `${content.name} is not UTF-8 text (${content.contentType}).`);
    }
    yield ['text', text];
    yield ['name', content.name];
    yield ['content_type', content.contentType];
  },
});
