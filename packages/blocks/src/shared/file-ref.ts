import { z } from 'zod';

/** A file passed between blocks: an upload given as a run input, or an artifact a block wrote. */
export const fileRefSchema = z
  .object({
    fileId: z.string().min(1),
    name: z.string(),
    contentType: z.string(),
    size: z.number().int().min(0),
    url: z.string(),
  })
  .describe('A stored file: { fileId, name, contentType, size, url }.');
