import { artifactOf, workspaceFileId, workspaceRef } from '@blocksmith/sdk';
import { z } from 'zod';
import { defineTool, ToolError } from './copilot-tool.ts';

/** Text read back to the model is cut at this many characters. */
const MAX_READ_CHARS = 50_000;

const TEXT_TYPES = /^(text\/|application\/(json|xml|javascript|x-ndjson|yaml)|image\/svg)/;

export const listFiles = defineTool({
  name: 'list_files',
  description: 'The files of the user’s workspace (uploads and artifacts), newest first, each with its workspace:// reference.',
  input: z.object({}),
  async run(_input, ctx) {
    const { files } = await ctx.platform.store.files.list(ctx.owner.workspaceId, { limit: 100, offset: 0 });
    return { files: files.map((file) => ({ ref: workspaceRef(file.fileId), ...artifactOf(file, file.origin) })) };
  },
});

export const readFile = defineTool({
  name: 'read_file',
  description: 'Read a workspace file by its workspace:// reference: the text of a text file (cut at 50 000 characters), or what a binary file is.',
  input: z.object({ ref: z.string().min(1).max(200).describe('workspace://<fileId>') }),
  async run({ ref }, ctx) {
    const file = await ctx.platform.store.files.read(ctx.owner.workspaceId, workspaceFileId(ref));
    if (!file) throw new ToolError(`There is no file ${ref} in your workspace; list_files shows what there is.`);
    if (!TEXT_TYPES.test(file.contentType))
      return { name: file.name, mimeType: file.contentType, sizeBytes: file.size, note: 'A binary file: its content is not shown.' };
    const text = new TextDecoder().decode(file.bytes);
    return { name: file.name, mimeType: file.contentType, text: text.slice(0, MAX_READ_CHARS), ...(text.length > MAX_READ_CHARS ? { truncated: true } : {}) };
  },
});

export const writeFile = defineTool({
  name: 'write_file',
  description: 'Save text as a file in the user’s workspace; answers its artifact, to link in your answer as workspace://<id>.',
  input: z.object({
    name: z.string().min(1).max(200),
    content: z.string().max(5_000_000),
    mimeType: z.string().min(1).max(100).default('text/plain'),
  }),
  async run({ name, content, mimeType }, ctx) {
    const file = await ctx.platform.store.files.write(ctx.owner, { name, contentType: mimeType, bytes: new TextEncoder().encode(content) });
    return { ref: workspaceRef(file.fileId), artifact: artifactOf(file, 'agent') };
  },
});
